import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { LayerDescription } from '../../layers/description';
import { deckLayerProps } from './from-description';

const square = (id: string, properties: Record<string, unknown>): Feature => ({
  type: 'Feature',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
  },
  properties: { id, ...properties },
});

const base: LayerDescription = {
  id: 'test',
  title: { vi: 'Thử', en: 'Test' },
  source: { type: 'features' },
  geometry: 'polygon',
  visible: true,
  opacity: 1,
  style: {},
};

describe('deck.gl props from a description', () => {
  it('colours by category, with the other colour for unknown values', () => {
    const d: LayerDescription = {
      ...base,
      style: {
        fill: {
          color: {
            type: 'category',
            field: 'status',
            colors: { a: '#ff0000', b: 'rgba(0, 0, 255, 0.5)' },
            other: '#00ff00',
          },
          opacity: 1,
        },
        line: {
          color: { type: 'fixed', color: '#000000' },
          width: { type: 'category', field: 'status', values: { a: 3 }, other: 1 },
        },
      },
    };
    const p = deckLayerProps(d, { features: [] });
    expect(p.getFillColor(square('1', { status: 'a' }))).toEqual([255, 0, 0, 255]);
    expect(p.getFillColor(square('2', { status: 'b' }))).toEqual([0, 0, 255, 128]);
    expect(p.getFillColor(square('3', { status: 'zzz' }))).toEqual([0, 255, 0, 255]);
    expect(p.getFillColor(square('4', {}))).toEqual([0, 255, 0, 255]);
    expect(p.getLineWidth(square('1', { status: 'a' }))).toBe(3);
    expect(p.getLineWidth(square('3', { status: 'c' }))).toBe(1);
    expect(p.lineWidthUnits).toBe('pixels');
  });

  it('colours numeric classes by upper bounds, the last class above them, missing values apart', () => {
    const d: LayerDescription = {
      ...base,
      style: {
        fill: {
          color: {
            type: 'classes',
            field: 'v',
            breaks: [10, 20, 30],
            colors: ['#010101', '#020202', '#030303'],
            missing: '#999999',
          },
          opacity: 0.5,
        },
      },
    };
    const p = deckLayerProps(d, { features: [] });
    const fill = (v: unknown) => p.getFillColor(square('x', { v }));
    expect(fill(5)).toEqual([1, 1, 1, 128]);
    expect(fill(10)).toEqual([1, 1, 1, 128]);
    expect(fill(10.5)).toEqual([2, 2, 2, 128]);
    expect(fill(30)).toEqual([3, 3, 3, 128]);
    expect(fill(99)).toEqual([3, 3, 3, 128]);
    expect(fill(null)).toEqual([153, 153, 153, 128]);
    expect(fill('12')).toEqual([153, 153, 153, 128]);
  });

  it('draws features missing the missing rule’s field in its colour, outline included', () => {
    const d: LayerDescription = {
      ...base,
      style: {
        fill: { color: { type: 'fixed', color: '#112233' }, opacity: 1 },
        line: { color: { type: 'fixed', color: '#445566' }, width: 1 },
        missing: { field: 'year', color: '#aaaaaa', dash: [2, 2] },
      },
    };
    const p = deckLayerProps(d, { features: [] });
    expect(p.getFillColor(square('1', { year: 2005 }))).toEqual([17, 34, 51, 255]);
    expect(p.getFillColor(square('2', { year: null }))).toEqual([170, 170, 170, 255]);
    expect(p.getFillColor(square('3', { year: '' }))).toEqual([170, 170, 170, 255]);
    expect(p.getLineColor(square('3', {}))).toEqual([170, 170, 170, 255]);
    expect(p.getLineColor(square('1', { year: 0 }))).toEqual([68, 85, 102, 255]);
  });

  it('uses the style override and dims features outside the highlight', () => {
    const p = deckLayerProps(
      { ...base, style: { fill: { color: { type: 'fixed', color: '#ffffff' }, opacity: 1 } } },
      {
        features: [],
        style: { fill: { color: { type: 'fixed', color: '#000000' }, opacity: 1 } },
        highlight: ['a'],
      },
    );
    expect(p.getFillColor(square('a', {}))).toEqual([0, 0, 0, 255]);
    expect(p.getFillColor(square('b', {}))).toEqual([0, 0, 0, 64]);
    expect(p.updateTriggers.getFillColor).toEqual([expect.anything(), ['a']]);
  });
});
