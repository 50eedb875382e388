// Builds the five layers as GeoJSON features from the boundary sources and the curated data.
// Pure functions of their inputs: validation and writing happen in build-data.ts.

import turfArea from '@turf/area';
import turfLength from '@turf/length';
import simplify from '@turf/simplify';
import type { Feature, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type {
  ContextProperties,
  CorridorProperties,
  DistrictProperties,
  GeometryQuality,
  LocationConfidence,
  NumberQualifier,
  ParkProperties,
  PlaceProperties,
} from '../src/data/schema.ts';
import { type BoundaryCorrection, type CuratedData, sourcesToProperty } from './curated.ts';
import { circleWithArea } from './footprint.ts';
import type { DvhcvnProvince, DvhcvnUnit } from './sources.ts';
import { diffPct } from './validate/areas.ts';

export const DVHCVN_COMMIT = '4b1b6b59c5880c620722663bcb48c5c105364be5';
export const BOUNDARY_LICENCE = 'GPL-3.0 (dvhcvn); boundaries © Government of Viet Nam';
export const boundarySources = (id: string): string =>
  `https://github.com/daohoangson/dvhcvn/blob/${DVHCVN_COMMIT}/data/gis/${id}.json https://gis.chinhphu.vn/`;

/** Tolerance (degrees) of the light Douglas–Peucker simplification of the context layer (≈11 m). */
export const CONTEXT_SIMPLIFY_TOLERANCE = 0.0001;

export interface LeftOut {
  layer: string;
  id: string;
  reason: string;
}

export interface AppliedCorrection {
  layer: string;
  id: string;
  kind: string;
  text: string;
}

export function toMultiPolygon(unit: Pick<DvhcvnUnit, 'type' | 'coordinates'>): MultiPolygon {
  return unit.type === 'MultiPolygon'
    ? { type: 'MultiPolygon', coordinates: unit.coordinates as MultiPolygon['coordinates'] }
    : { type: 'MultiPolygon', coordinates: [unit.coordinates as Polygon['coordinates']] };
}

/** District geometries by GSO code, with the boundary corrections applied. */
export function correctedDistrictGeometries(
  province: DvhcvnProvince,
  corrections: BoundaryCorrection[],
): { geometries: Map<string, MultiPolygon>; sourceNames: Map<string, string>; applied: AppliedCorrection[] } {
  const geometries = new Map<string, MultiPolygon>();
  const sourceNames = new Map<string, string>();
  for (const l2 of province.level2s) {
    geometries.set(l2.level2_id, toMultiPolygon(l2));
    sourceNames.set(l2.level2_id, l2.name);
  }
  const applied: AppliedCorrection[] = [];
  for (const c of corrections) {
    if (c.source !== province.level1_id) continue;
    const [a, b] = c.codes;
    const ga = geometries.get(a);
    const gb = geometries.get(b);
    if (!ga || !gb)
      throw new Error(`boundary correction ${c.id}: ${a} or ${b} is not in ${province.level1_id}.json`);
    geometries.set(a, gb);
    geometries.set(b, ga);
    applied.push({ layer: 'districts', id: `${a}, ${b}`, kind: c.type, text: `${c.id}: ${c.reason}` });
  }
  return { geometries, sourceNames, applied };
}

export function buildDistricts(
  province: DvhcvnProvince,
  curated: CuratedData,
): {
  features: Feature<MultiPolygon, DistrictProperties>[];
  applied: AppliedCorrection[];
  sourceNames: Map<string, string>;
} {
  const { geometries, sourceNames, applied } = correctedDistrictGeometries(
    province,
    curated.boundaryCorrections,
  );
  const features = curated.districts.map((d): Feature<MultiPolygon, DistrictProperties> => {
    const geometry = geometries.get(d.code);
    if (!geometry) throw new Error(`district ${d.code} (${d.name_vi}) is not in ${province.level1_id}.json`);
    const computed = turfArea(geometry) / 1e6;
    return {
      type: 'Feature',
      geometry,
      properties: {
        id: d.code,
        code: d.code,
        name_vi: d.name_vi,
        name_en: d.name_en,
        name_2020: d.name_2020,
        unit_type: d.unit_type,
        area_km2_official: d.area_km2_official,
        area_official_qualifier: d.area_official_qualifier,
        area_official_note: d.area_official_note,
        area_official_note_vi: d.area_official_note_vi,
        area_official_source: d.area_official_source,
        area_km2_computed: round(computed, 2),
        area_diff_pct: round(diffPct(computed, d.area_km2_official), 2),
        population: d.population,
        population_qualifier: d.population_qualifier,
        population_year: d.population_year,
        population_basis: d.population_basis,
        population_basis_vi: d.population_basis_vi,
        population_source: d.population_source,
        geometry_quality: 'official',
        sources: boundarySources(province.level1_id),
        licence: BOUNDARY_LICENCE,
        correction: d.correction,
        correction_vi: d.correction_vi,
      },
    };
  });
  return { features, applied, sourceNames };
}

/** The province whose official area the context layer carries (Bình Dương, from province.json). */
export interface ProvinceArea {
  code: string;
  area_km2_official: number;
  area_official_qualifier: NumberQualifier;
  area_official_source: string;
}

export function buildContext(
  provinces: DvhcvnProvince[],
  districtsOf: string[],
  official?: ProvinceArea,
): Feature<MultiPolygon, ContextProperties>[] {
  const none = { area_km2_official: null, area_official_qualifier: null, area_official_source: '' };
  const out: Feature<MultiPolygon, ContextProperties>[] = [];
  const light = (g: MultiPolygon): MultiPolygon =>
    simplify(g, { tolerance: CONTEXT_SIMPLIFY_TOLERANCE, highQuality: true, mutate: false });
  for (const p of provinces) {
    out.push({
      type: 'Feature',
      geometry: light(toMultiPolygon(p)),
      properties: {
        id: `province_${p.level1_id}`,
        level: 'province',
        code: p.level1_id,
        name_vi: p.name,
        province_code: p.level1_id,
        ...(official?.code === p.level1_id
          ? {
              area_km2_official: official.area_km2_official,
              area_official_qualifier: official.area_official_qualifier,
              area_official_source: official.area_official_source,
            }
          : none),
      },
    });
  }
  for (const p of provinces) {
    if (!districtsOf.includes(p.level1_id)) continue;
    for (const d of p.level2s) {
      out.push({
        type: 'Feature',
        geometry: light(toMultiPolygon(d)),
        properties: {
          id: `district_${d.level2_id}`,
          level: 'district',
          code: d.level2_id,
          name_vi: d.name,
          province_code: p.level1_id,
          ...none,
        },
      });
    }
  }
  return out;
}

/** The location confidence in the layers' Vietnamese notes. */
const CONFIDENCE_VI: Record<LocationConfidence, string> = { high: 'cao', medium: 'trung bình', low: 'thấp' };

/** The geometry quality in the layers' Vietnamese notes. */
const QUALITY_VI: Record<GeometryQuality, string> = {
  official: 'chính thức',
  approximate: 'gần đúng',
  schematic: 'sơ đồ',
};

/** The sign written before a qualified number in the layers' English notes. */
const QUALIFIER_SIGN: Record<NumberQualifier, string> = { exact: '', approximate: '≈', at_least: '>' };

const round = (n: number, digits: number): number => Math.round(n * 10 ** digits) / 10 ** digits;
const joinNotes = (...parts: string[]): string => parts.filter((p) => p.trim() !== '').join(' ');

export function buildParks(curated: CuratedData): {
  features: Feature<Polygon | Point, ParkProperties>[];
  leftOut: LeftOut[];
  applied: AppliedCorrection[];
} {
  const features: Feature<Polygon | Point, ParkProperties>[] = [];
  const leftOut: LeftOut[] = [];
  const applied: AppliedCorrection[] = [];
  for (const p of curated.parks) {
    if (p.correction) applied.push({ layer: 'parks', id: p.id, kind: 'value', text: p.correction });
    if (!p.include) {
      leftOut.push({ layer: 'parks', id: p.id, reason: p.include_reason });
      continue;
    }
    if (p.lat === null || p.lon === null || !p.status || !p.location_confidence) {
      leftOut.push({
        layer: 'parks',
        id: p.id,
        reason: 'include = true but location, status or confidence is missing',
      });
      continue;
    }
    const geometry: Polygon | Point =
      p.area_ha !== null
        ? circleWithArea(p.lon, p.lat, p.area_ha).geometry
        : { type: 'Point', coordinates: [p.lon, p.lat] };
    const drawn =
      p.area_ha !== null
        ? `Drawn footprint: a schematic circle of the stated ${QUALIFIER_SIGN[p.area_qualifier ?? 'exact']}${p.area_ha} ha around the estimated centroid (${p.location_confidence} confidence), not a surveyed outline.`
        : `Drawn as a point at the estimated centroid (${p.location_confidence} confidence): the area is unknown.`;
    const confidenceVi = CONFIDENCE_VI[p.location_confidence];
    const drawnVi =
      p.area_ha !== null
        ? `Hình vẽ: vòng tròn sơ đồ có diện tích công bố ${QUALIFIER_SIGN[p.area_qualifier ?? 'exact']}${String(p.area_ha).replace('.', ',')} ha quanh tâm ước tính (độ tin cậy ${confidenceVi}), không phải ranh giới đo đạc.`
        : `Vẽ thành một điểm tại tâm ước tính (độ tin cậy ${confidenceVi}): chưa rõ diện tích.`;
    features.push({
      type: 'Feature',
      geometry,
      properties: {
        id: p.id,
        name_vi: p.name_vi,
        name_en: p.name_en,
        geometry_quality: 'schematic',
        sources: sourcesToProperty(p.sources),
        notes: joinNotes(drawn, p.notes),
        notes_vi: joinNotes(drawnVi, p.notes_vi),
        correction: p.correction,
        district_code: p.district_code,
        area_ha: p.area_ha,
        area_qualifier: p.area_qualifier,
        established_year: p.established_year,
        developer: p.developer,
        status: p.status,
        location_confidence: p.location_confidence,
        totals_exclusion_reason: p.totals_exclusion_reason,
        occupancy_pct: p.occupancy_pct,
        occupancy_year: p.occupancy_year,
        occupancy_source: sourcesToProperty(p.occupancy_source),
        workers_planned: p.workers_planned,
        workers_planned_qualifier: p.workers_planned_qualifier,
        workers_source: sourcesToProperty(p.workers_source),
        totals_exclusion_reason_vi: p.totals_exclusion_reason_vi,
      },
    });
  }
  return { features, leftOut, applied };
}

export function buildCorridors(curated: CuratedData): {
  features: Feature<LineString, CorridorProperties>[];
  leftOut: LeftOut[];
  applied: AppliedCorrection[];
} {
  const features: Feature<LineString, CorridorProperties>[] = [];
  const leftOut: LeftOut[] = [];
  const applied: AppliedCorrection[] = [];
  for (const c of curated.corridors) {
    if (c.correction) applied.push({ layer: 'corridors', id: c.id, kind: 'value', text: c.correction });
    if (c.waypoints.length < 2) {
      leftOut.push({
        layer: 'corridors',
        id: c.id,
        reason: `no alignment (${c.waypoints.length} waypoints): ${c.quality_reason}`,
      });
      continue;
    }
    // The curated waypoints are "lat lon"; GeoJSON is [lon, lat].
    const geometry: LineString = {
      type: 'LineString',
      coordinates: c.waypoints.map(([lat, lon]) => [lon, lat]),
    };
    features.push({
      type: 'Feature',
      geometry,
      properties: {
        id: c.id,
        name_vi: c.name_vi,
        name_en: c.name_en,
        geometry_quality: c.geometry_quality,
        sources: sourcesToProperty(c.sources),
        notes: joinNotes(`Drawn line (${c.geometry_quality}): ${c.quality_reason}.`, c.notes),
        notes_vi: joinNotes(
          `Nét vẽ (${QUALITY_VI[c.geometry_quality]}): ${c.quality_reason_vi}.`,
          c.notes_vi,
        ),
        correction: c.correction,
        kind: c.kind,
        status: c.status,
        length_km_reported: c.length_km_reported,
        length_reported_qualifier: c.length_reported_qualifier,
        length_reported_scope: c.length_reported_scope,
        length_reported_scope_vi: c.length_reported_scope_vi,
        length_km_computed: round(
          turfLength({ type: 'Feature', geometry, properties: {} }, { units: 'kilometers' }),
          2,
        ),
      },
    });
  }
  return { features, leftOut, applied };
}

/**
 * Place points: 'approximate' when the location confidence is high or medium (a point within about
 * a kilometre of the real site: a repository coordinate or a well-known location), 'schematic' when
 * it is low (a placeholder position).
 */
export function placeQuality(confidence: LocationConfidence): GeometryQuality {
  return confidence === 'low' ? 'schematic' : 'approximate';
}

export function buildPlaces(curated: CuratedData): {
  features: Feature<Point, PlaceProperties>[];
  leftOut: LeftOut[];
  applied: AppliedCorrection[];
} {
  const features: Feature<Point, PlaceProperties>[] = [];
  const leftOut: LeftOut[] = [];
  const applied: AppliedCorrection[] = [];
  for (const p of curated.places) {
    if (p.correction) applied.push({ layer: 'places', id: p.id, kind: 'value', text: p.correction });
    if (p.lat === null || p.lon === null || !p.location_confidence) {
      leftOut.push({ layer: 'places', id: p.id, reason: 'no coordinates in any source (site not stated)' });
      continue;
    }
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: {
        id: p.id,
        name_vi: p.name_vi,
        name_en: p.name_en,
        geometry_quality: placeQuality(p.location_confidence),
        sources: sourcesToProperty(p.sources),
        notes: p.notes,
        notes_vi: p.notes_vi,
        correction: p.correction,
        kind: p.kind,
        location_confidence: p.location_confidence,
      },
    });
  }
  return { features, leftOut, applied };
}
