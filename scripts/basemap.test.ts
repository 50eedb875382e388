import type { Feature, LineString, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { ContextProperties, CorridorProperties, DistrictProperties } from '../src/data/schema.ts';
import { buildBasemap, buildStyle } from '../tiles/basemap.ts';

const square = (lon: number, lat: number): MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [lon, lat],
        [lon + 0.1, lat],
        [lon + 0.1, lat + 0.1],
        [lon, lat + 0.1],
        [lon, lat],
      ],
    ],
  ],
});

describe('basemap style', () => {
  const style = buildStyle() as {
    version: number;
    glyphs?: string;
    sources: Record<string, { data: string }>;
    layers: { type: string }[];
  };
  it('is a MapLibre v8 style with relative GeoJSON sources, relative glyphs and no symbol layers', () => {
    expect(style.version).toBe(8);
    // The viewer adds the label layers; the glyphs are the build's own, beside style.json.
    expect(style.glyphs).toBe('fonts/{fontstack}/{range}.pbf');
    for (const s of Object.values(style.sources)) expect(s.data).toMatch(/^basemap\/[a-z-]+\.geojson$/);
    expect(style.layers.some((l) => l.type === 'symbol')).toBe(false);
    expect(style.layers[0]!.type).toBe('background');
  });
  it('writes the files the style references, plus labels inside their polygons', () => {
    const context: Feature<MultiPolygon, ContextProperties>[] = [
      {
        type: 'Feature',
        geometry: square(106.6, 11),
        properties: {
          id: 'province_74',
          level: 'province',
          code: '74',
          name_vi: 'Tỉnh Bình Dương',
          province_code: '74',
        },
      },
      {
        type: 'Feature',
        geometry: square(106.6, 10.8),
        properties: {
          id: 'district_760',
          level: 'district',
          code: '760',
          name_vi: 'Quận 1',
          province_code: '79',
        },
      },
    ];
    const districts = [
      {
        type: 'Feature',
        geometry: square(106.6, 11),
        properties: { code: '718', name_vi: 'Thủ Dầu Một', name_en: 'Thu Dau Mot City' },
      },
    ] as unknown as Feature<MultiPolygon, DistrictProperties>[];
    const line: LineString = {
      type: 'LineString',
      coordinates: [
        [106.6, 11],
        [106.7, 11.1],
      ],
    };
    const corridors = ['song_sai_gon', 'song_dong_nai', 'ql13'].map((id) => ({
      type: 'Feature',
      geometry: line,
      properties: { id, name_vi: id, name_en: id },
    })) as unknown as Feature<LineString, CorridorProperties>[];
    const out = buildBasemap({ context, districts, corridors });
    for (const s of Object.values(style.sources)) expect(Object.keys(out.files)).toContain(s.data);
    expect(out.files['basemap/rivers.geojson']!.features).toHaveLength(2);
    expect(out.files['basemap/districts.geojson']!.features).toHaveLength(2);
    expect(out.labels.features.map((f) => f.properties.name_vi)).toEqual(['Tỉnh Bình Dương', 'Thủ Dầu Một']);
  });
});
