import { describe, expect, it } from 'vitest';
import { mergePicks } from './map-picking';

const ref = (layerId: string, featureId: string) => ({ layerId, featureId });

describe('mergePicks', () => {
  it('puts a large layer drawn above a curated one before it, and one drawn below after it', () => {
    // Draw order, bottom first: districts, user:1, parks.
    const order = ['districts', 'user:1', 'parks'];
    const native = [ref('parks', 'p1'), ref('districts', '718')];
    const big = [ref('user:1', '42')];
    expect(mergePicks(native, big, order)).toEqual([
      ref('parks', 'p1'),
      ref('user:1', '42'),
      ref('districts', '718'),
    ]);
  });

  it('keeps the order within a layer and returns the native list alone when nothing large is picked', () => {
    const order = ['user:2', 'parks'];
    const native = [ref('parks', 'b'), ref('parks', 'a')];
    expect(mergePicks(native, [], order)).toBe(native);
    expect(mergePicks(native, [ref('user:2', '7')], order)).toEqual([
      ref('parks', 'b'),
      ref('parks', 'a'),
      ref('user:2', '7'),
    ]);
  });
});
