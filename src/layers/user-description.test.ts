import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { nativeSpecs } from '../map/native/from-description';
import { CURATED_DESCRIPTIONS } from './curated';
import {
  geometryKindOf,
  isUserLayerId,
  USER_PALETTE,
  userLayerDescription,
  userLayerId,
} from './user-description';

const f = (geometry: Geometry | null) => ({ geometry });
const point: Geometry = { type: 'Point', coordinates: [106.6, 11] };
const line: Geometry = {
  type: 'MultiLineString',
  coordinates: [
    [
      [106.6, 11],
      [106.7, 11.1],
    ],
  ],
};
const polygon: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [106.6, 11],
      [106.7, 11],
      [106.7, 11.1],
      [106.6, 11],
    ],
  ],
};

describe('userLayerDescription', () => {
  it('takes the geometry kind from the features (multi-parts included; null geometries ignored)', () => {
    expect(geometryKindOf([f(point), f(null), f({ type: 'MultiPoint', coordinates: [[106, 11]] })])).toBe(
      'point',
    );
    expect(geometryKindOf([f(line)])).toBe('line');
    expect(geometryKindOf([f(polygon), f(null)])).toBe('polygon');
    expect(geometryKindOf([f(polygon), f(point)])).toBe('mixed');
    expect(geometryKindOf([f(null)])).toBe('mixed');
  });

  it('styles by kind: polygons filled and outlined, lines as lines, points as circles', () => {
    const p = userLayerDescription('user:1', 'a.shp', [f(polygon)], 0);
    expect(Object.keys(p.style).sort()).toEqual(['fill', 'line']);
    const l = userLayerDescription('user:2', 'b.geojson', [f(line)], 1);
    expect(Object.keys(l.style)).toEqual(['line']);
    const pt = userLayerDescription('user:3', 'c.csv', [f(point)], 2);
    expect(Object.keys(pt.style)).toEqual(['point']);
    expect(pt.source).toEqual({ type: 'features' });
    expect(pt.visible).toBe(true);
  });

  it('titles the layer by the file name as given, and survives JSON unchanged', () => {
    const d = userLayerDescription('user:1', '<img src=x onerror=alert(1)>.geojson', [f(point)], 0);
    expect(d.title).toEqual({
      vi: '<img src=x onerror=alert(1)>.geojson',
      en: '<img src=x onerror=alert(1)>.geojson',
    });
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('takes colours in turn from a palette no curated layer uses', () => {
    const curated = JSON.stringify(CURATED_DESCRIPTIONS).toLowerCase();
    for (const c of USER_PALETTE) expect(curated).not.toContain(c.toLowerCase());
    const colours = [0, 1, 8].map((i) => {
      const rule = userLayerDescription('user:1', 'x', [f(line)], i).style.line?.color;
      return rule?.type === 'fixed' ? rule.color : null;
    });
    expect(colours).toEqual(['#117733', '#44aa99', '#117733']);
  });

  it('makes safe ids of its own', () => {
    expect(userLayerId(3)).toBe('user:3');
    expect(isUserLayerId('user:3')).toBe(true);
    expect(isUserLayerId('parks')).toBe(false);
    expect(isUserLayerId('user:3<script>')).toBe(false);
  });
});

describe('a mixed imported layer on the map', () => {
  it('draws its lines as lines and its points as circles (not only polygons)', () => {
    const d = userLayerDescription('user:1', 'mixed.geojson', [f(line), f(point)], 0);
    expect(d.geometry).toBe('mixed');
    const specs = nativeSpecs(d);
    const byId = new Map(specs.shapes.map((s) => [s.id, s]));
    expect((byId.get('user:1-line') as { filter?: unknown }).filter).toEqual([
      '!=',
      ['geometry-type'],
      'Point',
    ]);
    expect((byId.get('user:1-circles') as { filter?: unknown }).filter).toEqual([
      '==',
      ['geometry-type'],
      'Point',
    ]);
    expect((byId.get('user:1-fill') as { filter?: unknown }).filter).toEqual([
      '==',
      ['geometry-type'],
      'Polygon',
    ]);
  });
});
