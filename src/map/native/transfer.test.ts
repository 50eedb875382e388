import { describe, expect, it } from 'vitest';
import { safeProperties } from '../../data/boundary';
import { collectionForMapLibre, forMapLibre } from './transfer';

describe('forMapLibre', () => {
  it('turns the boundary’s null-prototype objects into ordinary ones, deeply', () => {
    const props = safeProperties({ id: 'a', nested: { x: 1, list: [{ y: 2 }] } });
    expect(Object.getPrototypeOf(props)).toBeNull();
    const out = forMapLibre(props) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    const nested = out.nested as Record<string, unknown>;
    expect(Object.getPrototypeOf(nested)).toBe(Object.prototype);
    expect(Object.getPrototypeOf((nested.list as object[])[0])).toBe(Object.prototype);
    expect(out).toEqual({ id: 'a', nested: { x: 1, list: [{ y: 2 }] } });
  });

  it('leaves a __proto__ key out of the render copy and never sets a prototype', () => {
    const raw = JSON.parse('{"id":"p","__proto__":{"polluted":true}}') as Record<string, unknown>;
    const out = forMapLibre(safeProperties(raw)) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['id']);
    expect((out as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('keeps typed arrays and primitives as they are', () => {
    const bytes = new Uint8Array([1, 2]);
    expect(forMapLibre(bytes)).toBe(bytes);
    expect(forMapLibre('x')).toBe('x');
    expect(forMapLibre(null)).toBeNull();
  });

  it('maps every feature of a collection', () => {
    const fc = collectionForMapLibre({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [0, 0] },
          properties: safeProperties({ id: 1 }),
        },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: null },
      ],
    });
    expect(Object.getPrototypeOf(fc.features[0]!.properties)).toBe(Object.prototype);
    expect(fc.features[1]!.properties).toBeNull();
  });
});
