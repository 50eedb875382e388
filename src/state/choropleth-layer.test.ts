// choroplethLayer on a small crafted fixture, against class ranges worked out by hand in the
// comments (not by calling the classifier) and colours from the ColorBrewer package.
import colorbrewer from 'colorbrewer/index.es.js';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { DistrictMetricsRow } from '../analysis/district-metrics';
import { UNKNOWN } from '../analysis/qualified';
import { NO_DATA_COLOR } from '../lib/color-ramps';
import { CHOROPLETH_FIELD, CHOROPLETH_QUALIFIER_FIELD, choroplethLayer } from './choropleth-layer';

// Seven districts; density values 1, 2 (≈), 3, 10, 11 (>), 50 and one without a figure.
const VALUES: [number | null, 'exact' | 'approximate' | 'at_least' | null][] = [
  [10, 'exact'],
  [2, 'approximate'],
  [50, 'exact'],
  [null, null],
  [1, 'exact'],
  [11, 'at_least'],
  [3, 'exact'],
];
const ids = VALUES.map((_, i) => `d${i}`);
const features: Feature[] = ids.map((id, i) => ({
  type: 'Feature',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [i, 0],
        [i + 1, 0],
        [i + 1, 1],
        [i, 0],
      ],
    ],
  },
  properties: { id, code: String(700 + i), name_vi: `Huyện ${i}`, name_en: `District ${i}` },
}));
const rows = VALUES.map(([value, qualifier], i) => {
  const q = { value, qualifier };
  return {
    id: ids[i]!,
    code: String(700 + i),
    name_vi: `Huyện ${i}`,
    name_en: `District ${i}`,
    area_km2: UNKNOWN,
    population: UNKNOWN,
    density: q,
    park_area_ha: UNKNOWN,
    park_share_pct: UNKNOWN,
    park_count: UNKNOWN,
    unknown_area_park_ids: [],
  } as DistrictMetricsRow;
});

const ranges = (l: ReturnType<typeof choroplethLayer>) =>
  l.legend.classes.map((k) => [k.lower, k.upper, k.count]);

describe('choroplethLayer', () => {
  it('quantiles: rank r of 6 goes to class ⌊r·3/6⌋ → {1,2} {3,10} {11,50}', () => {
    const l = choroplethLayer(features, rows, { metric: 'density', method: 'quantile', classes: 3 });
    expect(ranges(l)).toEqual([
      [1, 2, 2],
      [3, 10, 2],
      [11, 50, 2],
    ]);
    expect(l.style.fill?.color).toEqual({
      type: 'classes',
      field: CHOROPLETH_FIELD,
      breaks: [2, 10, 50],
      colors: colorbrewer.Purples[3],
      missing: NO_DATA_COLOR,
    });
    expect(l.legend.classes.map((k) => k.districts)).toEqual([
      ['d1', 'd4'],
      ['d0', 'd6'],
      ['d2', 'd5'],
    ]);
  });

  it('equal intervals: width (50 − 1) / 3 = 16.33 → 1–17.33 holds five, 17.33–33.67 none, 33.67–50 one', () => {
    const l = choroplethLayer(features, rows, { metric: 'density', method: 'equal_interval', classes: 3 });
    const r = ranges(l);
    expect(r.map(([, , n]) => n)).toEqual([5, 0, 1]);
    expect(r[0]![0]).toBe(1);
    expect(r[0]![1]).toBeCloseTo(1 + 49 / 3, 9);
    expect(r[1]![1]).toBeCloseTo(1 + (2 * 49) / 3, 9);
    expect(r[2]![1]).toBe(50);
  });

  it('natural breaks: {1,2,3} {10,11} {50} has the least within-class squares (2 + 0.5 + 0)', () => {
    const l = choroplethLayer(features, rows, { metric: 'density', method: 'natural_breaks', classes: 3 });
    expect(ranges(l)).toEqual([
      [1, 3, 3],
      [10, 11, 2],
      [50, 50, 1],
    ]);
    expect(l.style.fill?.color).toMatchObject({ breaks: [3, 11, 50] });
  });

  it('marks classes and names districts with approximate, lower-bound and missing values', () => {
    const l = choroplethLayer(features, rows, { metric: 'density', method: 'natural_breaks', classes: 3 });
    expect(l.legend.classes.map((k) => [k.approximate, k.lowerBound])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
    expect(l.legend.approximate.map((d) => d.id)).toEqual(['d1']);
    expect(l.legend.lowerBound.map((d) => d.name_en)).toEqual(['District 5']);
    expect(l.legend.noData).toEqual({
      color: NO_DATA_COLOR,
      count: 1,
      districts: [{ id: 'd3', name_vi: 'Huyện 3', name_en: 'District 3' }],
    });
  });

  it('adds the value to new feature objects and leaves the originals untouched', () => {
    const before = JSON.stringify(features);
    const l = choroplethLayer(features, rows, { metric: 'density', method: 'quantile', classes: 3 });
    expect(JSON.stringify(features)).toBe(before);
    expect(l.features).toHaveLength(7);
    expect(l.features[0]).not.toBe(features[0]);
    expect(l.features[0]!.geometry).toBe(features[0]!.geometry);
    expect(l.features.map((f) => f.properties?.[CHOROPLETH_FIELD])).toEqual([10, 2, 50, null, 1, 11, 3]);
    expect(l.features[5]!.properties?.[CHOROPLETH_QUALIFIER_FIELD]).toBe('at_least');
    expect(l.features[3]!.properties?.[CHOROPLETH_QUALIFIER_FIELD]).toBeNull();
    expect(l.features[0]!.properties?.name_vi).toBe('Huyện 0');
  });

  it('a district without a row is no data; fewer distinct values give fewer classes', () => {
    const l = choroplethLayer(features, rows.slice(0, 2), {
      metric: 'density',
      method: 'quantile',
      classes: 5,
      ramp: 'Blues',
    });
    expect(ranges(l)).toEqual([
      [2, 2, 1],
      [10, 10, 1],
    ]);
    expect(l.legend.noData?.count).toBe(5);
    // Two classes take the ends of the 3-class ramp.
    expect(l.legend.classes.map((k) => k.color)).toEqual([colorbrewer.Blues[3][0], colorbrewer.Blues[3][2]]);
  });

  it('no value at all: no class, every district no data', () => {
    const l = choroplethLayer(features, rows, { metric: 'population', method: 'quantile', classes: 5 });
    expect(l.legend.classes).toEqual([]);
    expect(l.legend.noData?.count).toBe(7);
    expect(l.style.fill?.color).toMatchObject({ breaks: [], colors: [] });
  });
});

describe('choroplethLayer drawn by MapLibre', () => {
  it('every feature takes the colour of the legend class that lists it (or the no-data grey)', async () => {
    const { expression } = await import('@maplibre/maplibre-gl-style-spec');
    const { colorRuleExpression } = await import('../map/native/color-rule');
    for (const method of ['quantile', 'equal_interval', 'natural_breaks'] as const) {
      for (const classes of [3, 4, 5]) {
        const l = choroplethLayer(features, rows, { metric: 'density', method, classes });
        const parsed = expression.createExpression(colorRuleExpression(l.style.fill!.color), {
          type: 'color',
          'property-type': 'data-driven',
          expression: { interpolated: false, parameters: ['zoom', 'feature'] },
        } as never);
        if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
        for (const f of l.features) {
          const c = parsed.value.evaluate({ zoom: 9 }, {
            type: 'Polygon',
            properties: f.properties,
          } as never) as string | { r: number; g: number; b: number };
          // A colour written as a literal may come back as written; a computed one as a Color (0–1).
          const hex =
            typeof c === 'string'
              ? c.toLowerCase()
              : `#${[c.r, c.g, c.b]
                  .map((x) =>
                    Math.round(x * 255)
                      .toString(16)
                      .padStart(2, '0'),
                  )
                  .join('')}`;
          const id = f.properties?.id as string;
          const listed = l.legend.classes.find((k) => k.districts.includes(id))?.color ?? NO_DATA_COLOR;
          expect({ method, classes, id, hex }).toEqual({ method, classes, id, hex: listed });
        }
      }
    }
  });
});
