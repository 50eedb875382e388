import { beforeEach, describe, expect, it } from 'vitest';
import { moveBy, restoreOrder } from './layer-order';
import { useLayers, visibleInOrder } from './layers';
import { serializeHash } from './url';
import { applyHash, currentUrlState } from './url-sync';

describe('restoreOrder', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];
  it('puts the listed layers in the listed order in the places they held', () => {
    expect(restoreOrder(order, ['d', 'b'])).toEqual(['a', 'd', 'c', 'b', 'e']);
    expect(restoreOrder(order, ['e', 'd', 'c', 'b', 'a'])).toEqual(['e', 'd', 'c', 'b', 'a']);
  });
  it('ignores unknown and repeated ids and keeps the length', () => {
    expect(restoreOrder(order, ['x', 'c', 'a', 'c'])).toEqual(['c', 'b', 'a', 'd', 'e']);
    expect(restoreOrder(order, [])).toEqual(order);
  });
});

describe('moveBy', () => {
  it('moves one place up or down, clamped at the ends', () => {
    expect(moveBy(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(moveBy(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveBy(['a', 'b', 'c'], 'c', 5)).toEqual(['a', 'b', 'c']);
    expect(moveBy(['a', 'b', 'c'], 'z', 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('layers store order and the link', () => {
  beforeEach(() => useLayers.getState().reset());

  it('starts with the panel order, bottom first, and moves layers', () => {
    expect(useLayers.getState().order).toEqual(['context', 'districts', 'places', 'corridors', 'parks']);
    useLayers.getState().moveLayer('parks', 0);
    expect(useLayers.getState().order).toEqual(['parks', 'context', 'districts', 'places', 'corridors']);
  });

  it('writes the visible layers in draw order and restores that order from the link', () => {
    const s = useLayers.getState();
    s.moveLayer('corridors', 4);
    s.setVisible('districts', false);
    const written = serializeHash({ layers: currentUrlState().layers });
    expect(written).toBe('#layers=context,places,parks,corridors');

    s.reset();
    applyHash(written);
    const { layers, order } = useLayers.getState();
    expect(visibleInOrder(layers, order)).toEqual(['context', 'places', 'parks', 'corridors']);
    // The hidden layer keeps its place.
    expect(order).toEqual(['context', 'districts', 'places', 'parks', 'corridors']);
    expect(layers.districts.visible).toBe(false);
  });

  it('adds a layer that is not curated on top, with any id', () => {
    useLayers.getState().addLayer('import-1');
    expect(useLayers.getState().order.at(-1)).toBe('import-1');
    expect(useLayers.getState().layers['import-1']?.status).toBe('idle');
  });
});
