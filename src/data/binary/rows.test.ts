// Rows, sorting and filter masks of a large layer's chunks, checked against the generated parcels'
// own properties (sorted and filtered here with plain arrays, not with the code under test).
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, type LayerFilter } from '../../lib/filter';
import { parcels } from '../fgb/test-parcels';
import { featuresToChunks } from './builder';
import {
  categoryCounts,
  chunkFilterFields,
  chunkMask,
  maskCount,
  notNumberCount,
  passingOrdinals,
} from './filter-mask';
import { allOrdinals, cellAt, locate, sortKeys, sortOrdinals } from './rows';

// 12,000 parcels (four chunks: a chunk ends at 65,000 polygon vertices, 3,612 parcels); every 7th has no area, every 11th no use, so nulls are exercised.
const input: Feature<Polygon>[] = [...parcels(12_000)].map((f, i) => ({
  ...f,
  properties: {
    ...f.properties,
    area_m2: i % 7 === 3 ? null : f.properties!.area_m2,
    use: i % 11 === 5 ? null : f.properties!.use,
  },
}));
const chunks = featuresToChunks(input);
const props = input.map((f) => f.properties as { id: string; use: string | null; area_m2: number | null });
const collator = new Intl.Collator(['vi', 'en'], { sensitivity: 'base', numeric: true });

describe('cells and ordinals', () => {
  it('reads every cell of the four chunks as the parcel had it', () => {
    expect(chunks.length).toBe(4);
    for (const o of [0, 3, 5, 3611, 3612, 5005, 7224, 11_999]) {
      const at = locate(chunks, o)!;
      expect(at.chunk.first + at.i).toBe(o);
      expect(cellAt(at.chunk, 'id', at.i)).toBe(`parcel_${o}`);
      expect(cellAt(at.chunk, 'use', at.i)).toBe(props[o]!.use);
      expect(cellAt(at.chunk, 'area_m2', at.i)).toBe(props[o]!.area_m2);
      expect(cellAt(at.chunk, 'nope', at.i)).toBeNull();
    }
    expect(locate(chunks, 12_000)).toBeNull();
    expect(Array.from(allOrdinals(chunks))).toEqual(input.map((_, i) => i));
  });
});

describe('sortOrdinals', () => {
  const all = allOrdinals(chunks);
  const byArea = (desc: boolean) => {
    const withArea = props.map((p, i) => [p.area_m2, i] as const).filter(([a]) => a !== null);
    withArea.sort(([a, i], [b, j]) => (a === b ? i - j : desc ? b! - a! : a! - b!));
    const nulls = props.flatMap((p, i) => (p.area_m2 === null ? [i] : []));
    return [...withArea.map(([, i]) => i), ...nulls];
  };

  it('sorts 12,000 rows by a number column both ways, nulls last, ties in layer order', () => {
    const keys = sortKeys(chunks, 'area_m2', collator.compare);
    expect(Array.from(sortOrdinals(all, keys, false))).toEqual(byArea(false));
    expect(Array.from(sortOrdinals(all, keys, true))).toEqual(byArea(true));
  });

  it('sorts by a text column with the collation, across chunk dictionaries', () => {
    const keys = sortKeys(chunks, 'use', collator.compare);
    const expected = props
      .map((p, i) => [p.use, i] as const)
      .sort(([a, i], [b, j]) =>
        a === null || b === null ? (a === b ? i - j : a === null ? 1 : -1) : collator.compare(a, b) || i - j,
      )
      .map(([, i]) => i);
    const got = Array.from(sortOrdinals(all, keys, false));
    expect(got).toEqual(expected);
    // The first rows are the collation's first use ('đất công cộng' before 'đất công nghiệp').
    expect(props[got[0]!]!.use).toBe('đất công cộng');
  });
});

describe('chunkMask', () => {
  const masks = (filter: LayerFilter) => chunks.map((c) => chunkMask(c, filter));
  const passing = (filter: LayerFilter) =>
    Array.from(passingOrdinals(chunks, masks(filter), allOrdinals(chunks)));

  it('keeps the parcels of chosen uses (unknown as a value of its own)', () => {
    const filter = { fields: { use: { kind: 'values', values: ['đất ở', 'unknown'] } }, query: '' } as const;
    const expected = props.flatMap((p, i) => (p.use === 'đất ở' || p.use === null ? [i] : []));
    expect(passing(filter as unknown as LayerFilter)).toEqual(expected);
  });

  it('keeps a closed and an open range, never a null area, and ands two fields', () => {
    const range = { kind: 'range', min: 3000, max: 6000 } as const;
    const filter = { fields: { area_m2: range }, query: '' } as LayerFilter;
    const inRange = (p: (typeof props)[0]) => p.area_m2 !== null && p.area_m2 >= 3000 && p.area_m2 <= 6000;
    expect(passing(filter)).toEqual(props.flatMap((p, i) => (inRange(p) ? [i] : [])));
    const open = { fields: { area_m2: { kind: 'range', min: null, max: 1000 } }, query: '' } as LayerFilter;
    expect(passing(open)).toEqual(
      props.flatMap((p, i) => (p.area_m2 !== null && p.area_m2 <= 1000 ? [i] : [])),
    );
    const both = {
      fields: { area_m2: range, use: { kind: 'values', values: ['đất công nghiệp'] } },
      query: '',
    } as LayerFilter;
    const expected = props.flatMap((p, i) => (inRange(p) && p.use === 'đất công nghiệp' ? [i] : []));
    expect(expected.length).toBeGreaterThan(100);
    expect(passing(both)).toEqual(expected);
    expect(masks(both).reduce((n, m) => n + maskCount(m), 0)).toBe(expected.length);
  });

  it('keeps a sorted order while filtering, and keeps everything for an empty filter', () => {
    const keys = sortKeys(chunks, 'area_m2', collator.compare);
    const sorted = sortOrdinals(allOrdinals(chunks), keys, true);
    const filter = { fields: { use: { kind: 'values', values: ['đất ở'] } }, query: '' } as LayerFilter;
    const got = Array.from(passingOrdinals(chunks, masks(filter), sorted));
    expect(got).toEqual(Array.from(sorted).filter((o) => props[o]!.use === 'đất ở'));
    expect(passing(EMPTY_FILTER).length).toBe(12_000);
  });

  it('treats a missing column as unknown and a text in a range as not passing', () => {
    const missing = { fields: { nope: { kind: 'values', values: ['unknown'] } }, query: '' } as LayerFilter;
    expect(passing(missing).length).toBe(12_000);
    const text = { fields: { use: { kind: 'range', min: 0, max: null } }, query: '' } as LayerFilter;
    expect(passing(text)).toEqual([]);
  });
});

describe('filter fields and counts', () => {
  it('offers the uses as values and the area as a range over the data, not the unique ids', () => {
    const areas = props.flatMap((p) => (p.area_m2 === null ? [] : [p.area_m2]));
    expect(chunkFilterFields(chunks, ['id', 'use', 'area_m2'])).toEqual({
      // In Vietnamese order (ơ after o, before t), not code points ('đất ở' last).
      use: {
        kind: 'values',
        values: ['đất công cộng', 'đất công nghiệp', 'đất nông nghiệp', 'đất ở', 'đất thương mại'],
      },
      area_m2: { kind: 'range', min: Math.min(...areas), max: Math.max(...areas) },
    });
  });

  it('counts each use and the unknown ones, and the rows no range can show', () => {
    const counts = categoryCounts(chunks, 'use');
    const expected = new Map<string, number>();
    for (const p of props) expected.set(p.use ?? 'unknown', (expected.get(p.use ?? 'unknown') ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(expected));
    expect(notNumberCount(chunks, 'area_m2')).toBe(props.filter((p) => p.area_m2 === null).length);
    expect(notNumberCount(chunks, 'use')).toBe(12_000);
  });
});
