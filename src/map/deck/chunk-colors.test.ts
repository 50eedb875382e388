// A large layer coloured by a column: per-vertex colour attributes of a chunk (known colours at
// known vertices), per-point colours of its level-of-detail points, and the caching that lets an
// opacity drag reuse them.
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featuresToChunks } from '../../data/binary/builder';
import type { BinaryChunk } from '../../data/binary/types';
import type { LayerDescription } from '../../layers/description';
import type { LayerStyle } from '../../layers/style';
import { bigChunkProps, bigPointProps, colorStyleOf } from './big-layer-props';
import { coloredChunk, pointColors } from './chunk-colors';

const square = (x: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 11],
      [x + 0.01, 11],
      [x + 0.01, 11.01],
      [x, 11],
    ],
  ],
});
const feature = (x: number, properties: Record<string, unknown>): Feature<Geometry | null> => ({
  type: 'Feature',
  geometry: square(x),
  properties,
});

// Three triangles of 4 vertices each (closing vertex included): vertices 0–3, 4–7, 8–11.
const [chunk] = featuresToChunks([
  feature(106.6, { kind: 'b', area: 5 }),
  feature(106.7, { kind: 'a', area: 50 }),
  feature(106.8, { kind: null, area: null }),
]) as [BinaryChunk];

const style: LayerStyle = {
  fill: {
    color: { type: 'category', field: 'kind', colors: { a: '#ff0000', b: '#0000ff' }, other: '#00ff00' },
    opacity: 0.5,
  },
  line: {
    color: {
      type: 'classes',
      field: 'area',
      breaks: [10, 100],
      colors: ['#010203', '#040506'],
      missing: '#777777',
    },
    width: 1,
  },
  missing: { field: 'kind', color: '#888888', dash: [2, 2] },
};

const rgbaAt = (a: Uint8Array, v: number) => [...a.subarray(4 * v, 4 * v + 4)];

describe('coloredChunk', () => {
  const out = coloredChunk(chunk, style);
  const attrs = (out.polygons as unknown as { attributes: Record<string, { value: Uint8Array }> }).attributes;

  it('gives every polygon vertex its feature’s fill colour, alpha × the fill opacity', () => {
    const fill = attrs.getFillColor!.value;
    expect(fill.length).toBe(12 * 4);
    // 0.5 × 255 = 127.5, rounded to 128.
    expect(rgbaAt(fill, 0)).toEqual([0, 0, 255, 128]); // 'b'
    expect(rgbaAt(fill, 3)).toEqual([0, 0, 255, 128]);
    expect(rgbaAt(fill, 4)).toEqual([255, 0, 0, 128]); // 'a'
    expect(rgbaAt(fill, 11)).toEqual([0x88, 0x88, 0x88, 128]); // missing kind
  });

  it('gives the outlines (deck.gl PathLayer: getColor) the line rule’s class colours', () => {
    const line = attrs.getColor!.value;
    expect(rgbaAt(line, 1)).toEqual([1, 2, 3, 255]); // 5 ≤ 10
    expect(rgbaAt(line, 6)).toEqual([4, 5, 6, 255]); // 50 ≤ 100
    // The missing style (kind missing) comes first, as colorWithMissing.
    expect(rgbaAt(line, 9)).toEqual([0x88, 0x88, 0x88, 255]);
  });

  it('keeps the chunk’s geometry and is cached per chunk and style', () => {
    expect(out.polygons.positions).toBe(chunk.polygons.positions);
    expect(out.polygons.featureIds).toBe(chunk.polygons.featureIds);
    expect(coloredChunk(chunk, style)).toBe(out);
    expect(coloredChunk(chunk, { ...style })).not.toBe(out);
  });

  it('is the chunk itself for fixed colours', () => {
    const fixed: LayerStyle = { fill: { color: { type: 'fixed', color: '#123456' }, opacity: 1 } };
    expect(coloredChunk(chunk, fixed)).toBe(chunk);
  });
});

describe('pointColors', () => {
  it('colours each level-of-detail point by its feature, alpha at least the floor', () => {
    const p = pointColors(chunk, style, 160)!;
    expect(p.length).toBe(3 * 4);
    expect(rgbaAt(p, 0)).toEqual([0, 0, 255, 160]);
    expect(rgbaAt(p, 1)).toEqual([255, 0, 0, 160]);
    expect(rgbaAt(p, 2)).toEqual([0x88, 0x88, 0x88, 160]);
    expect(pointColors(chunk, style, 160)).toBe(p);
  });
});

describe('big layer props with a colour by a column', () => {
  const d = { id: 'user:1', geometry: 'polygon', style } as unknown as LayerDescription;
  const view = { opacity: 1, visible: true, beforeId: 'x' };

  it('name the style to colour by, the same object when only the opacity changes', () => {
    const a = bigChunkProps(d, 0, chunk, view);
    const b = bigChunkProps(d, 0, chunk, { ...view, opacity: 0.3 });
    expect(a.colorStyle).toBe(style);
    expect(b.colorStyle).toBe(a.colorStyle);
    expect(b.data).toBe(a.data);
    expect(bigPointProps(d, 0, chunk, view).colorStyle).toBe(style);
  });

  it('name none for a fixed colour', () => {
    const fixed = { ...d, style: { fill: { color: { type: 'fixed', color: '#123456' }, opacity: 1 } } };
    expect(colorStyleOf(fixed as LayerDescription)).toBeNull();
  });
});
