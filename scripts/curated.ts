// Reads the committed curated sources (data/curated/) into typed rows. Parsing is strict: an unknown
// enum value or a malformed number is an error with the file, row id and column, never a silent 0.
// Empty cells stay null (unknown is not zero).

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  CORRIDOR_KINDS,
  CORRIDOR_STATUSES,
  type CorridorKind,
  type CorridorStatus,
  type DistrictProperties,
  GEOMETRY_QUALITIES,
  type GeometryQuality,
  LOCATION_CONFIDENCES,
  type LocationConfidence,
  NUMBER_QUALIFIERS,
  type NumberQualifier,
  PARK_STATUSES,
  type ParkStatus,
  PLACE_KINDS,
  type PlaceKind,
} from '../src/data/schema.ts';
import { type CsvRow, readCsv } from './lib/csv.ts';
import { CURATED_DIR } from './lib/paths.ts';

export const CURATED_FILES = [
  'districts.csv',
  'parks.csv',
  'corridors.csv',
  'places.csv',
  'province.json',
  'boundary-corrections.json',
] as const;

/** A districts.csv row: the district layer's sourced figures, before the boundary adds its own. */
export type DistrictRow = Omit<
  DistrictProperties,
  'id' | 'area_km2_computed' | 'area_diff_pct' | 'geometry_quality' | 'sources' | 'licence'
> & { notes: string };

export interface ParkRow {
  id: string;
  name_vi: string;
  name_en: string;
  district_code: string;
  area_ha: number | null;
  area_qualifier: NumberQualifier | null;
  established_year: number | null;
  developer: string;
  /** null only for rows left out (include = false). */
  status: ParkStatus | null;
  lat: number | null;
  lon: number | null;
  location_confidence: LocationConfidence | null;
  sources: string;
  notes: string;
  notes_vi: string;
  correction: string;
  include: boolean;
  include_reason: string;
  /** '' when the park's area counts in area totals, else why not (e.g. the same land as another row). */
  totals_exclusion_reason: string;
  /**
   * Occupancy (leased share of the industrial land, %) only where the reference states it with a
   * source; `occupancy_evidence` quotes the reference's words, `occupancy_year` is '' when no year
   * is stated. null = unknown (never estimated).
   */
  occupancy_pct: number | null;
  occupancy_year: string;
  occupancy_source: string;
  occupancy_evidence: string;
  /** Planned workforce (people) where the reference states it, with qualifier, source and quote. */
  workers_planned: number | null;
  workers_planned_qualifier: NumberQualifier | null;
  workers_source: string;
  workers_evidence: string;
  totals_exclusion_reason_vi: string;
}

export interface CorridorRow {
  id: string;
  name_vi: string;
  name_en: string;
  kind: CorridorKind;
  status: CorridorStatus;
  /** [lat, lon] pairs as in the reference; empty when no alignment is known. */
  waypoints: [number, number][];
  length_km_reported: number | null;
  length_reported_qualifier: NumberQualifier | null;
  length_reported_scope: string;
  length_reported_scope_vi: string;
  geometry_quality: GeometryQuality;
  quality_reason: string;
  quality_reason_vi: string;
  sources: string;
  notes: string;
  notes_vi: string;
  correction: string;
}

export interface PlaceRow {
  id: string;
  name_vi: string;
  name_en: string;
  kind: PlaceKind;
  lat: number | null;
  lon: number | null;
  location_confidence: LocationConfidence | null;
  sources: string;
  notes: string;
  notes_vi: string;
  correction: string;
}

export interface ProvinceFacts {
  code: string;
  name_vi: string;
  name_en: string;
  area_km2_official: number;
  /** The sources disagree (2,681.01; 2,694.4; 2,695), so the figure shown is approximate. */
  area_official_qualifier: NumberQualifier;
  area_official_source: string;
  notes: string;
}

export interface BoundaryCorrection {
  id: string;
  type: 'swap_geometry';
  source: string;
  codes: [string, string];
  reason: string;
  evidence: string[];
}

export interface CuratedData {
  districts: DistrictRow[];
  parks: ParkRow[];
  corridors: CorridorRow[];
  places: PlaceRow[];
  province: ProvinceFacts;
  boundaryCorrections: BoundaryCorrection[];
}

export class CuratedError extends Error {
  override name = 'CuratedError';
}

class Cells {
  constructor(
    private readonly file: string,
    private readonly row: CsvRow,
    private readonly index: number,
  ) {}
  private where(col: string): string {
    return `${this.file} row ${this.index + 2} (${this.row.id ?? this.row.code ?? '?'}), column ${col}`;
  }
  str(col: string): string {
    const v = this.row[col];
    if (v === undefined) throw new CuratedError(`${this.where(col)}: column missing`);
    return v;
  }
  required(col: string): string {
    const v = this.str(col);
    if (v === '') throw new CuratedError(`${this.where(col)}: empty, but required`);
    return v;
  }
  num(col: string): number | null {
    const v = this.str(col);
    if (v === '') return null;
    const n = Number(v);
    if (!/^-?\d+(\.\d+)?$/.test(v) || !Number.isFinite(n)) {
      throw new CuratedError(`${this.where(col)}: "${v}" is not a plain number`);
    }
    return n;
  }
  reqNum(col: string): number {
    const n = this.num(col);
    if (n === null) throw new CuratedError(`${this.where(col)}: empty, but required`);
    return n;
  }
  oneOf<T extends string>(col: string, allowed: readonly T[], allowEmpty = false): T | null {
    const v = this.str(col);
    if (v === '' && allowEmpty) return null;
    if (!(allowed as readonly string[]).includes(v)) {
      throw new CuratedError(`${this.where(col)}: "${v}" is not one of ${allowed.join(', ')}`);
    }
    return v as T;
  }
  /**
   * The qualifier of the number in `valueCol`: required (one of NUMBER_QUALIFIERS) when the number
   * is present, empty when it is unknown (a qualifier of an unknown number means nothing).
   */
  qualifier(col: string, valueCol: string): NumberQualifier | null {
    const value = this.num(valueCol);
    if (value === null) {
      if (this.str(col) !== '')
        throw new CuratedError(`${this.where(col)}: must be empty because ${valueCol} is empty`);
      return null;
    }
    if (this.str(col) === '')
      throw new CuratedError(`${this.where(col)}: empty, but required because ${valueCol} is given`);
    return this.oneOf(col, NUMBER_QUALIFIERS);
  }
  bool(col: string): boolean {
    const v = this.str(col).toLowerCase();
    if (v === 'true') return true;
    if (v === 'false') return false;
    throw new CuratedError(`${this.where(col)}: "${v}" is not true or false`);
  }
}

/**
 * A figure carried only with its source: when `col` is given, every column of `companions` (source,
 * quoted evidence) is required and the number is within [0, max]; when it is empty they must be too.
 */
function sourcedFigure<K extends string>(
  c: Cells,
  col: K,
  companions: string[],
  max = Number.POSITIVE_INFINITY,
): Record<K, number | null> {
  const value = c.num(col);
  for (const other of companions) {
    if (value === null && c.str(other) !== '')
      throw new CuratedError(`parks.csv ${c.str('id')}: ${other} is given but ${col} is empty`);
    if (value !== null) c.required(other);
  }
  if (value !== null && (value < 0 || value > max))
    throw new CuratedError(`parks.csv ${c.str('id')}: ${col} ${value} is outside 0–${max}`);
  return { [col]: value } as Record<K, number | null>;
}

function rows(file: string, dir: string): Cells[] {
  return readCsv(resolve(dir, file)).map((r, i) => new Cells(file, r, i));
}

/** Parses "lat lon;lat lon" into [lat, lon] pairs. */
export function parseWaypoints(text: string, where = 'waypoints'): [number, number][] {
  if (text.trim() === '') return [];
  return text.split(';').map((pair) => {
    const parts = pair.trim().split(/\s+/).map(Number);
    if (parts.length !== 2 || parts.some((n) => !Number.isFinite(n))) {
      throw new CuratedError(`${where}: "${pair}" is not a "lat lon" pair`);
    }
    return [parts[0]!, parts[1]!];
  });
}

export function loadCurated(dir: string = CURATED_DIR): CuratedData {
  const districts = rows('districts.csv', dir).map(
    (c): DistrictRow => ({
      code: c.required('code'),
      name_vi: c.required('name_vi'),
      name_en: c.required('name_en'),
      name_2020: c.required('name_2020'),
      unit_type: c.oneOf('unit_type', ['city', 'district'] as const)!,
      area_km2_official: c.reqNum('area_km2_official'),
      area_official_qualifier: c.qualifier('area_official_qualifier', 'area_km2_official')!,
      area_official_note: c.str('area_official_note'),
      area_official_note_vi: c.str('area_official_note_vi'),
      area_official_source: c.required('area_official_source'),
      population: c.num('population'),
      population_qualifier: c.qualifier('population_qualifier', 'population'),
      population_year: c.str('population_year'),
      population_basis: c.str('population_basis'),
      population_basis_vi: c.str('population_basis_vi'),
      population_source: c.str('population_source'),
      notes: c.str('notes'),
      correction: c.str('correction'),
      correction_vi: c.str('correction_vi'),
    }),
  );
  const parks = rows('parks.csv', dir).map((c): ParkRow => {
    const include = c.bool('include');
    return {
      id: c.required('id'),
      name_vi: c.required('name_vi'),
      name_en: c.required('name_en'),
      district_code: c.str('district_code'),
      area_ha: c.num('area_ha'),
      area_qualifier: c.qualifier('area_qualifier', 'area_ha'),
      established_year: c.num('established_year'),
      developer: c.str('developer'),
      status: c.oneOf('status', PARK_STATUSES, !include),
      lat: c.num('lat'),
      lon: c.num('lon'),
      location_confidence: c.oneOf('location_confidence', LOCATION_CONFIDENCES, !include),
      sources: c.str('sources'),
      notes: c.str('notes'),
      notes_vi: c.str('notes_vi'),
      correction: c.str('correction'),
      include,
      include_reason: include ? c.str('include_reason') : c.required('include_reason'),
      totals_exclusion_reason: c.str('totals_exclusion_reason'),
      ...sourcedFigure(c, 'occupancy_pct', ['occupancy_source', 'occupancy_evidence'], 100),
      occupancy_year: c.str('occupancy_year'),
      occupancy_source: c.str('occupancy_source'),
      occupancy_evidence: c.str('occupancy_evidence'),
      ...sourcedFigure(c, 'workers_planned', ['workers_source', 'workers_evidence']),
      workers_planned_qualifier: c.qualifier('workers_planned_qualifier', 'workers_planned'),
      workers_source: c.str('workers_source'),
      workers_evidence: c.str('workers_evidence'),
      totals_exclusion_reason_vi: c.str('totals_exclusion_reason_vi'),
    };
  });
  const corridors = rows('corridors.csv', dir).map(
    (c): CorridorRow => ({
      id: c.required('id'),
      name_vi: c.required('name_vi'),
      name_en: c.required('name_en'),
      kind: c.oneOf('kind', CORRIDOR_KINDS)!,
      status: c.oneOf('status', CORRIDOR_STATUSES)!,
      waypoints: parseWaypoints(c.str('waypoints'), `corridors.csv ${c.str('id')}`),
      length_km_reported: c.num('length_km_reported'),
      length_reported_qualifier: c.qualifier('length_reported_qualifier', 'length_km_reported'),
      length_reported_scope: c.str('length_reported_scope'),
      length_reported_scope_vi: c.str('length_reported_scope_vi'),
      geometry_quality: c.oneOf('geometry_quality', GEOMETRY_QUALITIES)!,
      quality_reason: c.required('quality_reason'),
      quality_reason_vi: c.required('quality_reason_vi'),
      sources: c.str('sources'),
      notes: c.str('notes'),
      notes_vi: c.str('notes_vi'),
      correction: c.str('correction'),
    }),
  );
  const places = rows('places.csv', dir).map(
    (c): PlaceRow => ({
      id: c.required('id'),
      name_vi: c.required('name_vi'),
      name_en: c.required('name_en'),
      kind: c.oneOf('kind', PLACE_KINDS)!,
      lat: c.num('lat'),
      lon: c.num('lon'),
      location_confidence: c.oneOf('location_confidence', LOCATION_CONFIDENCES, true),
      sources: c.str('sources'),
      notes: c.str('notes'),
      notes_vi: c.str('notes_vi'),
      correction: c.str('correction'),
    }),
  );
  const province = JSON.parse(readFileSync(resolve(dir, 'province.json'), 'utf8')) as ProvinceFacts;
  if (typeof province.area_km2_official !== 'number') {
    throw new CuratedError('province.json: area_km2_official must be a number');
  }
  if (!(NUMBER_QUALIFIERS as readonly unknown[]).includes(province.area_official_qualifier)) {
    throw new CuratedError(
      `province.json: area_official_qualifier must be one of ${NUMBER_QUALIFIERS.join(', ')}`,
    );
  }
  const boundaryCorrections = JSON.parse(
    readFileSync(resolve(dir, 'boundary-corrections.json'), 'utf8'),
  ) as BoundaryCorrection[];
  for (const bc of boundaryCorrections) {
    if (bc.type !== 'swap_geometry' || bc.codes?.length !== 2 || !bc.reason) {
      throw new CuratedError(`boundary-corrections.json: ${bc.id}: unsupported or incomplete correction`);
    }
  }
  return { districts, parks, corridors, places, province, boundaryCorrections };
}

/** ';'-separated source URLs (curated format) to the whitespace-separated layer format. */
export function sourcesToProperty(sources: string): string {
  return sources
    .split(/[;\s]+/)
    .filter((s) => s !== '')
    .join(' ');
}
