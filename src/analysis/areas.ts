// Areas: districts (Turf), parks by status per district and province-wide, industrial land share.
// Park areas are the STATED area_ha: the map footprints are schematic circles drawn with that area,
// so measuring them would only return the same figure. A park with unknown area is counted in
// `unknown_area_count`, never added as 0.

import type { NumberQualifier } from '../data/schema';
import {
  type AnalysisContext,
  districtsAt,
  leftOutOf,
  parkStatusSet,
  requireLayers,
  UNKNOWN_STATUS_NOTE,
  unknownStatusParkIds,
} from './context';
import type { LeftOutFeature } from './intake';
import { ANALYSIS_PARK_STATUSES, type AnalysisParkStatus } from './pack';
import { type AnalysisResult, fail, guard, ok } from './result';

export interface StatusArea {
  /** Parks in this group. */
  count: number;
  /** Sum of the stated areas that are known, ha. */
  area_ha: number;
  /** Parks whose area is unknown (not included in area_ha). */
  unknown_area_count: number;
}

export interface AreaBreakdown {
  by_status: Record<AnalysisParkStatus, StatusArea>;
  /** Over the selected statuses. */
  total: StatusArea;
  /** Known park area / land area (fraction, 0–1), per status and over the selected statuses. */
  industrial_share: Record<AnalysisParkStatus | 'total', number>;
  park_ids: string[];
  unknown_area_park_ids: string[];
  /** Parks left out of every count and sum here because the curated data says they may double-count land. */
  excluded_park_ids: string[];
}

export interface DistrictAreaRow extends AreaBreakdown {
  id: string;
  code: string;
  name_vi: string;
  name_en: string;
  /** Geodesic area of the boundary (@turf/area), km². */
  area_km2: number;
  area_km2_official: number | null;
  /** Its qualifier as the source gives it (e.g. 'approximate' for "≈ 720"); null when unknown. */
  area_official_qualifier: NumberQualifier | null;
}

export interface DistrictAreaReport {
  districts: DistrictAreaRow[];
  /**
   * The province: `area_km2` is the sum of the districts' computed areas. No official province
   * figure is given here (the sum of the district figures is no source's number; the official one
   * is data/curated/province.json's, on the context layer).
   */
  province: AreaBreakdown & { area_km2: number };
  /** Parks whose district could not be found (neither by code nor by point-in-polygon). */
  unassigned_park_ids: string[];
  /** Parks whose district_code differs from the district(s) containing their point (code wins). */
  district_code_mismatch_ids: string[];
  /**
   * Parks whose point lies in more than one district (on a shared border, or in overlapping
   * districts). Each is counted once: in the district of its district_code, else in the first
   * containing district by code.
   */
  border_park_ids: string[];
  /** Parks with no (or an unrecognised) status, counted under by_status.unknown. */
  unknown_status_park_ids: string[];
  /** Districts and parks the entry check left out, with the reason (see intake.ts). */
  left_out: LeftOutFeature[];
  park_statuses: AnalysisParkStatus[];
  area_basis: 'stated_area_ha';
  notes: string[];
}

export interface DistrictAreaOptions {
  /** Park statuses counted in `total` and the total share (default: all, 'unknown' included). */
  parkStatuses?: AnalysisParkStatus[];
}

function emptyBreakdown(): AreaBreakdown {
  const by = {} as Record<AnalysisParkStatus, StatusArea>;
  const share = {} as Record<AnalysisParkStatus | 'total', number>;
  for (const s of ANALYSIS_PARK_STATUSES) {
    by[s] = { count: 0, area_ha: 0, unknown_area_count: 0 };
    share[s] = 0;
  }
  share.total = 0;
  return {
    by_status: by,
    total: { count: 0, area_ha: 0, unknown_area_count: 0 },
    industrial_share: share,
    park_ids: [],
    unknown_area_park_ids: [],
    excluded_park_ids: [],
  };
}

function add(
  b: AreaBreakdown,
  id: string,
  status: AnalysisParkStatus,
  areaHa: number | null,
  counted: boolean,
  excluded: boolean,
): void {
  if (excluded) {
    b.excluded_park_ids.push(id);
    return;
  }
  const groups = counted ? [b.by_status[status], b.total] : [b.by_status[status]];
  for (const g of groups) {
    g.count++;
    if (areaHa === null) g.unknown_area_count++;
    else g.area_ha += areaHa;
  }
  if (counted) {
    b.park_ids.push(id);
    if (areaHa === null) b.unknown_area_park_ids.push(id);
  }
}

function finishShares(b: AreaBreakdown, areaKm2: number): void {
  for (const s of ANALYSIS_PARK_STATUSES)
    b.industrial_share[s] = areaKm2 > 0 ? b.by_status[s].area_ha / 100 / areaKm2 : 0;
  b.industrial_share.total = areaKm2 > 0 ? b.total.area_ha / 100 / areaKm2 : 0;
}

export function districtAreas(
  ctx: AnalysisContext,
  options: DistrictAreaOptions = {},
): AnalysisResult<DistrictAreaReport> {
  return guard(() => {
    const missing = requireLayers(ctx, 'districts', 'parks');
    if (missing) return missing;
    const statuses = parkStatusSet(options.parkStatuses);
    if (statuses.error) return statuses.error;
    const districts = ctx.layers.districts!;
    const parks = ctx.layers.parks!;
    const rows: DistrictAreaRow[] = districts.attrs.map((d, i) => ({
      id: d.id,
      code: d.code,
      name_vi: d.name_vi,
      name_en: d.name_en,
      area_km2: ctx.districtAreaKm2[i]!,
      area_km2_official: d.area_km2_official,
      area_official_qualifier: d.area_official_qualifier,
      ...emptyBreakdown(),
    }));
    // A missing code must not match a district whose code is missing too.
    const byCode = new Map(districts.attrs.flatMap((d, i) => (d.code === '' ? [] : [[d.code, i] as const])));
    const province = emptyBreakdown();
    const unassigned: string[] = [];
    const mismatch: string[] = [];
    const border: string[] = [];
    parks.attrs.forEach((p, i) => {
      const inside = districtsAt(ctx, parks.coords[2 * i]!, parks.coords[2 * i + 1]!);
      const byCodeIndex = p.district_code === '' ? undefined : byCode.get(p.district_code);
      const d = byCodeIndex ?? inside[0];
      if (inside.length > 1) border.push(p.id);
      if (
        p.district_code !== '' &&
        inside.length > 0 &&
        (byCodeIndex === undefined || !inside.includes(byCodeIndex))
      )
        mismatch.push(p.id);
      const counted = statuses.set.has(p.status);
      const excluded = p.totals_exclusion_reason !== '';
      add(province, p.id, p.status, p.area_ha, counted, excluded);
      if (d === undefined) unassigned.push(p.id);
      else add(rows[d]!, p.id, p.status, p.area_ha, counted, excluded);
    });
    for (const r of rows) finishShares(r, r.area_km2);
    const provinceArea = rows.reduce((s, r) => s + r.area_km2, 0);
    finishShares(province, provinceArea);
    return ok({
      districts: rows,
      province: { ...province, area_km2: provinceArea },
      unassigned_park_ids: unassigned,
      district_code_mismatch_ids: mismatch,
      border_park_ids: border,
      unknown_status_park_ids: unknownStatusParkIds(ctx),
      left_out: leftOutOf(ctx, 'districts', 'parks'),
      park_statuses: ANALYSIS_PARK_STATUSES.filter((s) => statuses.set.has(s)),
      area_basis: 'stated_area_ha',
      notes: [
        'District areas are the boundaries’ areas on a sphere of radius 6,371,008.8 m (@turf/area; at this latitude about 0.4 % above the WGS 84 ellipsoid’s).',
        'Park areas are the stated area_ha; park footprints on the map are schematic circles of that area, not surveyed boundaries.',
        'Parks with unknown area are counted separately (unknown_area_count), never as 0; shares use known areas only.',
        'A park belongs to the district of its district_code; when the code is missing or names no district, to the district containing its point (boundary included, as Turf booleanPointInPolygon).',
        'A park whose point is in several districts (on a shared border) is counted once: in the district of its code, else in the first of them by district code; border_park_ids lists these parks.',
        UNKNOWN_STATUS_NOTE,
        'Features left out of the analysis (no location, unsupported geometry) are listed in left_out with the reason.',
        'Parks whose curated row gives a totals_exclusion_reason (a plan that may describe the same land as another park) are listed in excluded_park_ids and left out of counts and sums.',
      ],
    });
  });
}

export interface FeatureAreaResult {
  layer: 'districts' | 'parks';
  id: string;
  area_km2: number | null;
  area_ha: number | null;
  basis: 'geodesic_boundary' | 'stated_area_ha';
}

/** Area of one district (Turf, boundary) or park (stated area_ha; null when unknown). */
export function featureArea(
  ctx: AnalysisContext,
  layer: 'districts' | 'parks',
  id: string,
): AnalysisResult<FeatureAreaResult> {
  return guard<FeatureAreaResult>(() => {
    const missing = requireLayers(ctx, layer);
    if (missing) return missing;
    if (layer === 'districts') {
      const i = ctx.layers.districts!.attrs.findIndex((d) => d.id === id || d.code === id);
      if (i < 0) return fail('empty_selection', `No district "${id}".`, { id });
      const km2 = ctx.districtAreaKm2[i]!;
      return ok({ layer, id, area_km2: km2, area_ha: km2 * 100, basis: 'geodesic_boundary' });
    }
    const p = ctx.layers.parks!.attrs.find((a) => a.id === id);
    if (!p) return fail('empty_selection', `No park "${id}".`, { id });
    return ok({
      layer,
      id,
      area_km2: p.area_ha === null ? null : p.area_ha / 100,
      area_ha: p.area_ha,
      basis: 'stated_area_ha',
    });
  });
}
