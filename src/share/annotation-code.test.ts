import { describe, expect, it } from 'vitest';
import { ANN_LINK_LIMIT, type Annotation, decodeAnnotations, encodeAnnotations } from './annotation-code';
import { annotationsFromGeoJson, annotationsToGeoJson } from './annotation-geojson';

const SAMPLE: Annotation[] = [
  {
    kind: 'point',
    color: 0,
    title: 'Cổng chính',
    note: 'Gặp nhau ở đây <b>8h</b>',
    coords: [[106.65432, 11.12345]],
  },
  {
    kind: 'line',
    color: 2,
    title: 'Tuyến',
    note: '',
    coords: [
      [106.6, 11.0],
      [106.61, 11.02],
      [106.7, 11.05],
    ],
  },
  {
    kind: 'area',
    color: 5,
    title: '',
    note: 'khu đất',
    coords: [
      [106.5, 11],
      [106.52, 11],
      [106.52, 11.03],
    ],
  },
];

/** A base64url string of the UTF-8 of `s`, by Node's own encoder (independent of the code under test). */
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

describe('annotations in a link', () => {
  it('round-trips points, lines and areas with Vietnamese text, coordinates to 1e-5 degrees', () => {
    const code = encodeAnnotations(SAMPLE);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeAnnotations(code!)).toEqual(SAMPLE);
    const rounded = decodeAnnotations(
      encodeAnnotations([{ ...SAMPLE[0]!, coords: [[106.654324999, 11.123451]] }])!,
    );
    expect(rounded?.[0]?.coords).toEqual([[106.65432, 11.12345]]);
  });
  it('reads a value written by hand in the documented form (deltas in 1e-5 degrees)', () => {
    const code = b64('[["l",1,"a","b",10660000,1100000,100,-200]]');
    expect(decodeAnnotations(code)).toEqual([
      {
        kind: 'line',
        color: 1,
        title: 'a',
        note: 'b',
        coords: [
          [106.6, 11],
          [106.601, 10.998],
        ],
      },
    ]);
  });
  it('refuses a set whose code is over the limit, and says nothing fits rather than cutting it', () => {
    const many = Array.from({ length: 40 }, (_, i): Annotation => ({ ...SAMPLE[0]!, title: `Điểm số ${i}` }));
    expect(encodeAnnotations(many)).toBeNull();
    const fits = many.slice(0, 5);
    expect(encodeAnnotations(fits)!.length).toBeLessThanOrEqual(ANN_LINK_LIMIT);
    expect(decodeAnnotations('A'.repeat(ANN_LINK_LIMIT + 4))).toBeUndefined();
  });
  it('refuses hostile and malformed values as a whole', () => {
    for (const bad of [
      '',
      '%%%',
      b64('{"__proto__":1}'),
      b64('[["p",0,"t","n",1e400,1]]'),
      b64('[["p",0,"t","n",18000001,0]]'), // longitude 180.00001
      b64('[["p",9,"t","n",0,0]]'), // colour not in the palette
      b64('[["a",0,"t","n",0,0,1,1]]'), // area of two vertices
      b64('[["p",0,"t","n",0,0,1,1]]'), // point of two vertices
      b64(`[["p",0,"${'x'.repeat(81)}","n",0,0]]`), // title too long
      b64('[["p",0,{},"n",0,0]]'),
      b64('[["x",0,"t","n",0,0]]'),
      b64('[["p",0,"t","n",0.5,0]]'),
      Buffer.from([0x5b, 0xff, 0xfe, 0x5d]).toString('base64url'), // invalid UTF-8
    ]) {
      expect(decodeAnnotations(bad), bad).toBeUndefined();
    }
  });
});

describe('annotations as GeoJSON', () => {
  it('round-trips through a FeatureCollection with closed rings and palette colours', () => {
    const fc = annotationsToGeoJson(SAMPLE);
    expect(fc.features[2]?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [106.5, 11],
          [106.52, 11],
          [106.52, 11.03],
          [106.5, 11],
        ],
      ],
    });
    expect(fc.features[1]?.properties?.color).toBe('#009e73');
    expect(annotationsFromGeoJson(JSON.stringify(fc))).toEqual({ list: SAMPLE });
  });
  it('names the first bad feature and refuses text that is not a collection', () => {
    expect(annotationsFromGeoJson('{')).toEqual({ error: 'json' });
    expect(annotationsFromGeoJson('[]')).toEqual({ error: 'not_collection' });
    const fc = annotationsToGeoJson(SAMPLE);
    (fc.features[1] as { geometry: unknown }).geometry = { type: 'LineString', coordinates: [[0, 0]] };
    expect(annotationsFromGeoJson(JSON.stringify(fc))).toEqual({ error: 'bad_feature', index: 1 });
  });
});
