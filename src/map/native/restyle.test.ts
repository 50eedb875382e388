import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { restylePlan } from './restyle';

const fill = (paint: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  ({ id: 'parks-fill', type: 'fill', source: 'bd-parks', paint, ...extra }) as unknown as LayerSpecification;
const line = (id: string) => ({ id, type: 'line', source: 'bd-parks', paint: {} }) as LayerSpecification;
const lit = (ids: string[]) => ['case', ['in', ['get', 'id'], ['literal', ids]], 1, 0.3];

describe('restylePlan', () => {
  it('edits the paint properties that changed, by value not identity', () => {
    const from = fill({ 'fill-color': '#123456', 'fill-opacity': lit(['a']) });
    const to = fill({ 'fill-color': '#123456', 'fill-opacity': lit(['a', 'b']) });
    expect(restylePlan([from], [to])).toEqual({
      remove: [],
      edits: [['setPaintProperty', 'parks-fill', 'fill-opacity', lit(['a', 'b'])]],
      add: [],
    });
    const copy = fill(structuredClone(from.paint as Record<string, unknown>));
    expect(restylePlan([from], [copy])).toEqual({ remove: [], edits: [], add: [] });
  });

  it('unsets a property only the old layer had; layout, filter and zoom range too', () => {
    const from = fill({ 'fill-color': '#000', 'fill-outline-color': '#fff' }, { minzoom: 8 });
    const to = fill({ 'fill-color': '#000' }, { layout: { 'fill-sort-key': 2 }, filter: ['==', 'x', 1] });
    expect(restylePlan([from], [to]).edits).toEqual([
      ['setPaintProperty', 'parks-fill', 'fill-outline-color', undefined],
      ['setLayoutProperty', 'parks-fill', 'fill-sort-key', 2],
      ['setFilter', 'parks-fill', ['==', 'x', 1]],
      ['setLayerZoomRange', 'parks-fill', 0, 24],
    ]);
  });

  it('matches by id: a layer only the new list has is added, one only the old had removed, the rest kept', () => {
    // The time slider's year-unknown style adds a layer between the others.
    const a = fill({ 'fill-color': '#000' });
    const plan = restylePlan(
      [a, line('parks-line'), line('parks-gone')],
      [a, line('parks-missing'), line('parks-line')],
    );
    expect(plan).toEqual({ remove: ['parks-gone'], edits: [], add: [line('parks-missing')] });
  });

  it('replaces a layer whose type or source changed: only a new layer changes those', () => {
    const from = fill({});
    const asLine = { ...from, type: 'line' } as LayerSpecification;
    expect(restylePlan([from], [asLine])).toEqual({ remove: ['parks-fill'], edits: [], add: [asLine] });
    const moved = { ...from, source: 'bd-x' } as LayerSpecification;
    expect(restylePlan([from], [moved])).toEqual({ remove: ['parks-fill'], edits: [], add: [moved] });
  });
});
