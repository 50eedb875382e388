import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { restyleEdits } from './restyle';

const fill = (paint: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  ({ id: 'parks-fill', type: 'fill', source: 'bd-parks', paint, ...extra }) as unknown as LayerSpecification;
const lit = (ids: string[]) => ['case', ['in', ['get', 'id'], ['literal', ids]], 1, 0.3];

describe('restyleEdits', () => {
  it('lists the paint properties that changed, by value not identity', () => {
    const from = fill({ 'fill-color': '#123456', 'fill-opacity': lit(['a']) });
    const to = fill({ 'fill-color': '#123456', 'fill-opacity': lit(['a', 'b']) });
    expect(restyleEdits([from], [to])).toEqual([
      ['setPaintProperty', 'parks-fill', 'fill-opacity', lit(['a', 'b'])],
    ]);
    expect(restyleEdits([from], [fill(structuredClone(from.paint as Record<string, unknown>))])).toEqual([]);
  });

  it('unsets a property only the old layer had; layout and filter too', () => {
    const from = fill({ 'fill-color': '#000', 'fill-outline-color': '#fff' }, { layout: {} });
    const to = fill({ 'fill-color': '#000' }, { layout: { 'fill-sort-key': 2 }, filter: ['==', 'x', 1] });
    expect(restyleEdits([from], [to])).toEqual([
      ['setPaintProperty', 'parks-fill', 'fill-outline-color', undefined],
      ['setLayoutProperty', 'parks-fill', 'fill-sort-key', 2],
      ['setFilter', 'parks-fill', ['==', 'x', 1]],
    ]);
  });

  it('refuses another id, type, source or zoom range: only a new layer changes those', () => {
    const from = fill({});
    expect(restyleEdits([from], [{ ...from, id: 'other' } as LayerSpecification])).toBeNull();
    expect(restyleEdits([from], [{ ...from, type: 'line' } as LayerSpecification])).toBeNull();
    expect(restyleEdits([from], [{ ...from, source: 'bd-x' } as LayerSpecification])).toBeNull();
    expect(restyleEdits([from], [{ ...from, minzoom: 9 } as LayerSpecification])).toBeNull();
  });
});

describe('restyleEdits of lists', () => {
  it('pairs the layers by place, and refuses lists of other lengths or ids', () => {
    const a = fill({ 'fill-color': '#000' });
    const b = fill({ 'fill-color': '#fff' });
    expect(restyleEdits([a], [b])).toEqual([['setPaintProperty', 'parks-fill', 'fill-color', '#fff']]);
    expect(restyleEdits([a], [a, b])).toBeNull();
    expect(restyleEdits([a], [{ ...b, id: 'x' } as LayerSpecification])).toBeNull();
  });
});
