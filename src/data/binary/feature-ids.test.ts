import { describe, expect, it } from 'vitest';
import { featureIdsFrom, featureStartsFrom, vertexRange } from './feature-ids';

describe('feature ids from starts and back', () => {
  // Features 0 and 2 have no vertices in this family; 1 has 3, 3 has 2.
  const starts = new Uint32Array([0, 0, 3, 3, 5]);

  it('gives each vertex its feature', () => {
    expect([...featureIdsFrom(starts, 4)]).toEqual([1, 1, 1, 3, 3]);
    expect(featureIdsFrom(starts, 4)).toBeInstanceOf(Uint16Array);
    expect(featureIdsFrom(starts, 70_000)).toBeInstanceOf(Uint32Array);
    expect(featureIdsFrom(new Uint32Array(0), 4).length).toBe(0);
  });

  it('recovers the starts from ascending ids (chunks stored before starts existed)', () => {
    expect([...featureStartsFrom(new Uint16Array([1, 1, 1, 3, 3]), 4)]).toEqual([...starts]);
    expect(featureStartsFrom(new Uint16Array(0), 4).length).toBe(0);
  });

  it('names a feature’s vertex range, empty for an empty family', () => {
    expect(vertexRange(starts, 1)).toEqual([0, 3]);
    expect(vertexRange(starts, 2)).toEqual([3, 3]);
    expect(vertexRange(new Uint32Array(0), 2)).toEqual([0, 0]);
  });
});
