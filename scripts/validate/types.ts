import type { Bbox } from '../../src/data/schema.ts';

export type Severity = 'error' | 'warning';

/** One finding of a validation rule. Errors fail the build; warnings are reported only. */
export interface Issue {
  rule: string;
  severity: Severity;
  layer: string;
  id: string;
  message: string;
}

export function issue(
  rule: string,
  layer: string,
  id: string,
  message: string,
  severity: Severity = 'error',
): Issue {
  return { rule, severity, layer, id, message };
}

export const errorsOf = (issues: Issue[]): Issue[] => issues.filter((i) => i.severity === 'error');

/** Bình Dương province (bbox of the dvhcvn 74.json outline). */
export const PROVINCE_BBOX: Bbox = [106.326752365, 10.864186253, 106.966944974, 11.501245915];

export function growBbox([w, s, e, n]: Bbox, margin: number): Bbox {
  return [w - margin, s - margin, e + margin, n + margin];
}

/**
 * Where each layer's geometry may lie. Districts and parks: the province plus 0.05° (≈5.5 km).
 * Context: the five provinces (Bình Dương, Bình Phước, Tây Ninh, Đồng Nai, HCMC) plus a margin.
 * Corridors and logistics places: the region the plan's links reach (HCMC, Đồng Nai, Cái Mép–Thị Vải,
 * Lộc Ninh). Innovation and admin places are in the province: the province plus the same margin.
 */
export const REGIONS: Record<string, Bbox> = {
  districts: growBbox(PROVINCE_BBOX, 0.05),
  parks: growBbox(PROVINCE_BBOX, 0.05),
  context: [105.7, 10.3, 107.7, 12.4],
  corridors: [106.0, 10.2, 107.6, 12.4],
  places: [106.0, 10.2, 107.6, 12.4],
  places_local: growBbox(PROVINCE_BBOX, 0.05),
};

/** The region a feature must lie in: by layer, and for places by kind. */
export function regionFor(layer: string, properties: Record<string, unknown> | null): Bbox {
  if (layer === 'places' && properties?.kind !== 'logistics') return REGIONS.places_local!;
  const region = REGIONS[layer];
  if (!region) throw new Error(`no expected region for layer ${layer}`);
  return region;
}
