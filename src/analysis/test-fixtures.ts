// Small synthetic layers for the unit tests (not shipped code paths; imported by *.test.ts only).
import type { Feature } from 'geojson';
import { createContext } from './context';
import { type LayerCollections, packLayers } from './pack';

export const square = (x0: number, y0: number, x1: number, y1: number): number[][][] => [
  [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ],
];

export function district(code: string, rings: number[][][]): Feature {
  return {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: rings },
    properties: { id: code, code, name_en: `D${code}`, name_vi: `Q${code}`, area_km2_official: 100 },
  };
}

export function park(
  id: string,
  lonlat: [number, number],
  status: string,
  area_ha: number | null,
  district_code = '1',
): Feature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: lonlat },
    properties: { id, name_en: id, name_vi: id, status, area_ha, district_code },
  };
}

export function corridor(id: string, coords: number[][], kind = 'expressway', status = 'existing'): Feature {
  return {
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: coords },
    properties: { id, name_en: id, name_vi: id, kind, status },
  };
}

export function place(id: string, lonlat: [number, number], kind = 'logistics'): Feature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: lonlat },
    properties: { id, name_en: id, name_vi: id, kind },
  };
}

/** Two districts side by side, three parks, two corridors, two logistics places. */
export function syntheticLayers(): LayerCollections {
  return {
    districts: [
      district('1', square(106.5, 11.0, 106.6, 11.1)),
      district('2', square(106.6, 11.0, 106.7, 11.1)),
    ],
    parks: [
      park('a', [106.55, 11.05], 'existing', 100, '1'),
      park('b', [106.65, 11.05], 'planned', null, '2'),
      park('c', [106.62, 11.02], 'existing', 50, '2'),
    ],
    corridors: [
      corridor('e1', [
        [106.5, 11.06],
        [106.7, 11.06],
      ]),
      corridor(
        'r1',
        [
          [106.6, 11.0],
          [106.6, 11.1],
        ],
        'railway',
        'planned',
      ),
    ],
    places: [place('cat_lai', [106.7, 11.0]), place('tan_son_nhat', [106.5, 11.0])],
  };
}

export const syntheticContext = () => createContext(packLayers(syntheticLayers()));
