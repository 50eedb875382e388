// The offline basemap: a hand-written MapLibre style (v8) and the GeoJSON it reads, generated from
// the context and districts layers by scripts/build-data.ts into tiles/build/. Quiet, light colours:
// it sits under coloured data layers. No symbol layers and no glyphs: the viewer draws labels with
// deck.gl from labels.geojson. Source URLs are relative to style.json.

import pointOnFeature from '@turf/point-on-feature';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point } from 'geojson';
import type { ContextProperties, CorridorProperties, DistrictProperties } from '../src/data/schema.ts';

export const BASEMAP_COLOURS = {
  water: '#dce8ef',
  landProvince: '#f8f6f1',
  landNeighbour: '#eeece6',
  provinceLine: '#a39c90',
  provinceLineMain: '#857d71',
  districtLine: '#cfc9bf',
  river: '#a9cbe0',
} as const;

export const MAIN_PROVINCE = '74';
export const RIVER_IDS = ['song_sai_gon', 'song_dong_nai'];

const PROVINCE_NAMES_EN: Record<string, string> = {
  '70': 'Binh Phuoc',
  '72': 'Tay Ninh',
  '74': 'Binh Duong',
  '75': 'Dong Nai',
  '79': 'Ho Chi Minh City',
};

export interface BasemapInput {
  context: Feature<MultiPolygon, ContextProperties>[];
  districts: Feature<MultiPolygon, DistrictProperties>[];
  corridors: Feature<LineString, CorridorProperties>[];
}

export interface LabelProperties {
  id: string;
  level: 'province' | 'district';
  code: string;
  name_vi: string;
  name_en: string;
  province_code: string;
}

export interface BasemapOutput {
  style: Record<string, unknown>;
  /** Files relative to tiles/build/. */
  files: Record<string, FeatureCollection>;
  labels: FeatureCollection<Point, LabelProperties>;
}

const fc = <G extends FeatureCollection['features'][number]>(features: G[]): FeatureCollection =>
  ({ type: 'FeatureCollection', features }) as FeatureCollection;

export function buildStyle(): Record<string, unknown> {
  const c = BASEMAP_COLOURS;
  const isMain = ['==', ['get', 'code'], MAIN_PROVINCE];
  return {
    version: 8,
    name: 'Bình Dương planning basemap (offline)',
    metadata: {
      'binh-duong:generator': 'tiles/basemap.ts',
      'binh-duong:attribution': 'Boundaries: gis.chinhphu.vn via daohoangson/dvhcvn (GPL-3.0)',
    },
    sources: {
      land: {
        type: 'geojson',
        data: 'basemap/land.geojson',
        attribution: 'Boundaries © Government of Viet Nam (gis.chinhphu.vn), dvhcvn (GPL-3.0)',
      },
      districts: { type: 'geojson', data: 'basemap/districts.geojson' },
      rivers: { type: 'geojson', data: 'basemap/rivers.geojson' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': c.water } },
      {
        id: 'land',
        type: 'fill',
        source: 'land',
        paint: { 'fill-color': ['case', isMain, c.landProvince, c.landNeighbour], 'fill-antialias': true },
      },
      {
        id: 'district-lines',
        type: 'line',
        source: 'districts',
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': c.districtLine,
          'line-width': [
            'interpolate',
            ['linear'],
            ['zoom'],
            8,
            ['case', ['==', ['get', 'province_code'], MAIN_PROVINCE], 0.6, 0.3],
            13,
            ['case', ['==', ['get', 'province_code'], MAIN_PROVINCE], 1.6, 0.8],
          ],
        },
      },
      {
        id: 'rivers',
        type: 'line',
        source: 'rivers',
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': c.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.5, 13, 5] },
      },
      {
        id: 'province-lines',
        type: 'line',
        source: 'land',
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': ['case', isMain, c.provinceLineMain, c.provinceLine],
          'line-width': [
            'interpolate',
            ['linear'],
            ['zoom'],
            8,
            ['case', isMain, 1.4, 0.9],
            13,
            ['case', isMain, 3, 2],
          ],
        },
      },
    ],
  };
}

export function buildBasemap(input: BasemapInput): BasemapOutput {
  const provinces = input.context.filter((f) => f.properties.level === 'province');
  const land = provinces.map((f) => ({
    type: 'Feature' as const,
    geometry: f.geometry,
    properties: { code: f.properties.code, name_vi: f.properties.name_vi },
  }));
  const districtLines = [
    ...input.districts.map((f) => ({
      type: 'Feature' as const,
      geometry: f.geometry,
      properties: { code: f.properties.code, province_code: MAIN_PROVINCE },
    })),
    ...input.context
      .filter((f) => f.properties.level === 'district')
      .map((f) => ({
        type: 'Feature' as const,
        geometry: f.geometry,
        properties: { code: f.properties.code, province_code: f.properties.province_code },
      })),
  ];
  const rivers = input.corridors
    .filter((f) => RIVER_IDS.includes(f.properties.id))
    .map((f) => ({
      type: 'Feature' as const,
      geometry: f.geometry,
      properties: { id: f.properties.id, name_vi: f.properties.name_vi, name_en: f.properties.name_en },
    }));
  if (rivers.length !== RIVER_IDS.length) {
    throw new Error(
      `basemap: expected the rivers ${RIVER_IDS.join(', ')} in the corridors layer, found ${rivers.length}`,
    );
  }
  const labels: Feature<Point, LabelProperties>[] = [
    ...provinces.map((f) => ({
      type: 'Feature' as const,
      geometry: pointOnFeature(f).geometry,
      properties: {
        id: f.properties.id,
        level: 'province' as const,
        code: f.properties.code,
        name_vi: f.properties.name_vi,
        name_en: PROVINCE_NAMES_EN[f.properties.code] ?? f.properties.name_vi,
        province_code: f.properties.code,
      },
    })),
    ...input.districts.map((f) => ({
      type: 'Feature' as const,
      geometry: pointOnFeature(f).geometry,
      properties: {
        id: `district_${f.properties.code}`,
        level: 'district' as const,
        code: f.properties.code,
        name_vi: f.properties.name_vi,
        name_en: f.properties.name_en,
        province_code: MAIN_PROVINCE,
      },
    })),
  ];
  return {
    style: buildStyle(),
    files: {
      'basemap/land.geojson': fc(land),
      'basemap/districts.geojson': fc(districtLines),
      'basemap/rivers.geojson': fc(rivers),
    },
    labels: { type: 'FeatureCollection', features: labels },
  };
}
