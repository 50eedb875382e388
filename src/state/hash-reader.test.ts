import { describe, expect, it } from 'vitest';
import { type HashKey, parsePlainDecimal, readHashWith, writeHashWith } from './hash-reader';

// A table like the ones later issues add: a family of keys (`op.<layer>`) beside a plain one.
interface S {
  year?: number;
  op: Record<string, number>;
}
const TABLE: HashKey<S>[] = [
  {
    key: 'year',
    read: (s, v) => {
      const n = parsePlainDecimal(v);
      if (n === undefined || !Number.isInteger(n)) return false;
      s.year = n;
      return true;
    },
    write: (s) => (s.year === undefined ? [] : [['year', String(s.year)]]),
  },
  {
    key: 'op.',
    read: (s, v, layer) => {
      const n = parsePlainDecimal(v);
      if (n === undefined || n < 0 || n > 1) return false;
      s.op[layer] = n;
      return true;
    },
    write: (s) => Object.entries(s.op).map(([layer, n]) => [`op.${layer}`, String(n)]),
  },
];
const read = (hash: string) => readHashWith(hash, TABLE, () => ({ op: {} }));

describe('readHashWith a table with a key family', () => {
  it('reads each member of the family with its suffix', () => {
    expect(read('#year=2020&op.parks=0.5&op.places=1')).toEqual({
      state: { year: 2020, op: { parks: 0.5, places: 1 } },
      ignored: [],
      corrected: [],
    });
  });

  it('names an invalid member by its full key, and the bare prefix as unknown', () => {
    expect(read('#op.parks=2&op.=1&op.places=0')).toEqual({
      state: { op: { places: 0 } },
      ignored: ['op.parks', 'op.'],
      corrected: [],
    });
  });

  it('a repeated member: the last value wins', () => {
    expect(read('#op.parks=0.2&op.parks=0.7').state.op).toEqual({ parks: 0.7 });
  });

  it('writes the family back, and what it writes reads back', () => {
    const state = { year: 2025, op: { parks: 0.25, 'a b': 1 } };
    const hash = writeHashWith(state, TABLE);
    expect(hash).toBe('#year=2025&op.parks=0.25&op.a%20b=1');
    expect(read(hash)).toEqual({ state, ignored: [], corrected: [] });
  });
});

describe('readHashWith and a table entry that throws', () => {
  it('counts the value as invalid instead of throwing', () => {
    const table: HashKey<{ x?: number }>[] = [
      {
        key: 'x',
        read: () => {
          throw new Error('bug in a key');
        },
        write: () => [],
      },
    ];
    expect(readHashWith('#x=1', table, () => ({}))).toEqual({ state: {}, ignored: ['x'], corrected: [] });
  });
});
