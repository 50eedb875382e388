// The contract between the data pipeline (scripts/) and the viewer (src/): layer ids, the catalog
// the pipeline writes, and the properties each layer's features carry. Both sides import this file,
// so a renamed property fails type-checking on both ends instead of showing "undefined" to a user.

/** The curated layers the catalog ships (issue 8 §1: layers are data, so other ids exist too). */
export const LAYER_IDS = ['context', 'districts', 'corridors', 'parks', 'places'] as const;
/** The same list under the name the layer model uses (LAYER_IDS stays for the pipeline's code). */
export const CURATED_LAYER_IDS = LAYER_IDS;
export type CuratedLayerId = (typeof LAYER_IDS)[number];
/**
 * Any layer's id: a curated one, or an analysis result's or an imported file's. An open string, so
 * adding a layer touches no type; code that needs a curated id checks `isCuratedLayerId`.
 */
export type LayerId = string;

export const isCuratedLayerId = (id: string): id is CuratedLayerId =>
  (LAYER_IDS as readonly string[]).includes(id);

/** How far a geometry can be trusted. The UI explains each value next to the feature. */
export const GEOMETRY_QUALITIES = ['official', 'approximate', 'schematic'] as const;
export type GeometryQuality = (typeof GEOMETRY_QUALITIES)[number];

export const PARK_STATUSES = ['existing', 'expanding', 'under_construction', 'planned'] as const;
export type ParkStatus = (typeof PARK_STATUSES)[number];

export const CORRIDOR_KINDS = [
  'expressway',
  'national_road',
  'ring_road',
  'provincial_road',
  'railway',
  'metro',
  'waterway',
] as const;
export type CorridorKind = (typeof CORRIDOR_KINDS)[number];

export const CORRIDOR_STATUSES = ['existing', 'under_construction', 'planned'] as const;
export type CorridorStatus = (typeof CORRIDOR_STATUSES)[number];

export const PLACE_KINDS = ['innovation', 'logistics', 'admin'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const LOCATION_CONFIDENCES = ['high', 'medium', 'low'] as const;
export type LocationConfidence = (typeof LOCATION_CONFIDENCES)[number];

/**
 * What a reported figure is: the figure itself ('exact', as the source gives it), a rounded or
 * "≈"/"~" figure ('approximate'), or a lower bound (the source says "more than" / ">": 'at_least').
 * The number never travels without it: the UI shows "≈ 720 km²" and "> 403.000 người", never the
 * bare number, for a figure that is not exact. null only where the number itself is unknown (null).
 */
export const NUMBER_QUALIFIERS = ['exact', 'approximate', 'at_least'] as const;
export type NumberQualifier = (typeof NUMBER_QUALIFIERS)[number];

export type Bbox = [west: number, south: number, east: number, north: number];

export interface LocalizedText {
  vi: string;
  en: string;
}

export interface CatalogLayer {
  id: LayerId;
  title: LocalizedText;
  /** FlatGeobuf header geometry type name, e.g. "MultiPolygon", or "Unknown" for mixed layers. */
  geometry_type: string;
  /** Path relative to the catalog file. */
  file: string;
  feature_count: number;
  bbox: Bbox;
  attribution: string;
  licence: string;
  /** The same in Vietnamese (what a Vietnamese user reads); absent in older catalogs. */
  attribution_vi?: string;
  licence_vi?: string;
  /** One or two sentences on what the layer shows; absent in catalogs built before it existed. */
  description?: LocalizedText;
  built_at: string;
}

export interface Catalog {
  version: 1;
  built_at: string;
  /** sha256 over every input of the build; the pipeline rebuilds when it changes. */
  input_hash: string;
  /** Bounding box of Bình Dương province; the viewer starts fitted to it. */
  province_bbox: Bbox;
  layers: CatalogLayer[];
}

/**
 * Properties shared by every curated feature. `sources` holds one or more URLs separated by
 * whitespace: FlatGeobuf columns are scalar, and a string survives every reader.
 */
export interface SourcedProperties {
  id: string;
  name_vi: string;
  name_en: string;
  geometry_quality: GeometryQuality;
  sources: string;
  notes: string;
  /** A correction the curated data made to the reference facts, with its reason; '' when none. */
  correction: string;
}

export interface DistrictProperties {
  id: string;
  /** GSO code, 718–726. */
  code: string;
  name_vi: string;
  name_en: string;
  /** The name in the 2020 boundary data (Bến Cát and Tân Uyên were "Thị xã" then). */
  name_2020: string;
  unit_type: 'city' | 'district';
  area_km2_official: number;
  /** Whether the official figure is exact, rounded/approximate or a lower bound. */
  area_official_qualifier: NumberQualifier;
  /** Details of the official figure's precision and provenance (free text, for the details). */
  area_official_note: string;
  /** The same note in Vietnamese (the viewer shows Vietnamese users no English). */
  area_official_note_vi: string;
  area_official_source: string;
  area_km2_computed: number;
  /** (computed - official) / official × 100. */
  area_diff_pct: number;
  population: number | null;
  /** null exactly when `population` is null. */
  population_qualifier: NumberQualifier | null;
  /** The population's reference year ("2019"); '' when the source gives none (shown as unknown). */
  population_year: string;
  /** What the population figure is and where it comes from (English / Vietnamese free text). */
  population_basis: string;
  population_basis_vi: string;
  population_source: string;
  geometry_quality: 'official';
  sources: string;
  licence: string;
  correction: string;
  /** The correction in Vietnamese ('' when none). */
  correction_vi: string;
}

export interface ContextProperties {
  id: string;
  level: 'province' | 'district';
  code: string;
  name_vi: string;
  province_code: string;
  /**
   * The official area of the province (curated province.json), only on Bình Dương's outline; null
   * on the others. Optional in the type only so that older hand-made fixtures still type-check; the
   * pipeline always writes all three.
   */
  area_km2_official?: number | null;
  /** null exactly when area_km2_official is null. */
  area_official_qualifier?: NumberQualifier | null;
  area_official_source?: string;
}

export interface ParkProperties extends SourcedProperties {
  district_code: string;
  area_ha: number | null;
  /** null exactly when `area_ha` is null. */
  area_qualifier: NumberQualifier | null;
  established_year: number | null;
  developer: string;
  status: ParkStatus;
  location_confidence: LocationConfidence;
  /**
   * '' when the park's area counts in area totals; otherwise the reason it does not (a row that may
   * describe the same land as another, so summing both would count it twice). It is still drawn.
   */
  totals_exclusion_reason: string;
  /**
   * Occupancy (leased share of the industrial land, %) only where a source states it; null =
   * unknown, never estimated. `occupancy_year` is '' when the source gives no year;
   * `occupancy_source` its URL(s), space-separated; '' exactly when the figure is null.
   */
  occupancy_pct: number | null;
  occupancy_year: string;
  occupancy_source: string;
  /** Planned workforce (people) where a source states it; null = unknown. */
  workers_planned: number | null;
  /** null exactly when `workers_planned` is null. */
  workers_planned_qualifier: NumberQualifier | null;
  workers_source: string;
  /** The same reason in Vietnamese. */
  totals_exclusion_reason_vi: string;
  /** The notes in Vietnamese (the info panel shows them to Vietnamese users). */
  notes_vi: string;
}

export interface CorridorProperties extends SourcedProperties {
  kind: CorridorKind;
  status: CorridorStatus;
  /** The figure a source reports, for the extent `length_reported_scope` describes. */
  length_km_reported: number | null;
  /** null exactly when `length_km_reported` is null. */
  length_reported_qualifier: NumberQualifier | null;
  length_reported_scope: string;
  /** The same scope in Vietnamese. */
  length_reported_scope_vi: string;
  /** The notes in Vietnamese (the info panel shows them to Vietnamese users). */
  notes_vi: string;
  /** Geodesic length of the drawn line (Turf). Drawn lines join waypoints, so they run short. */
  length_km_computed: number;
}

export interface PlaceProperties extends SourcedProperties {
  kind: PlaceKind;
  location_confidence: LocationConfidence;
  /** The notes in Vietnamese (the info panel shows them to Vietnamese users). */
  notes_vi: string;
}

export interface LayerPropertiesMap {
  context: ContextProperties;
  districts: DistrictProperties;
  parks: ParkProperties;
  corridors: CorridorProperties;
  places: PlaceProperties;
}
