// The map search over a large layer's chunks, against the app's one text search (src/lib/search.ts)
// run on the same features as GeoJSON: every token a substring of a folded text value, or equal to
// a number.
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featuresToChunks } from '../../data/binary/builder';
import { normalizeForSearch, queryTokens } from '../../lib/search';
import type { BigLayer } from '../../state/big-layers-store';
import { bigSearchHitsSliced, searchBigLayer } from './big-search';

const KINDS = ['Đất ở', 'Đất trồng lúa', 'Đất công nghiệp', 'Đất giao thông'];
const WARDS = ['Phường Phú Hòa', 'Phường Hiệp Thành', 'Xã Chánh Mỹ', null];
const parcels: Feature<Geometry>[] = Array.from({ length: 12_000 }, (_, i) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.6 + (i % 100) * 0.001, 11 + Math.floor(i / 100) * 0.001] },
  properties: {
    parcel_id: `TDM-${String(i).padStart(5, '0')}`,
    so_thua: i % 500,
    loai_dat: KINDS[i % KINDS.length]!,
    // NFD in some rows, as some files hold it.
    phuong: i % 7 === 0 ? (WARDS[i % WARDS.length]?.normalize('NFD') ?? null) : WARDS[i % WARDS.length]!,
  },
}));
const fields = ['parcel_id', 'so_thua', 'loai_dat', 'phuong'];
const chunks = featuresToChunks(parcels);

/** The same rule over the GeoJSON properties, feature by feature. */
function reference(query: string): number[] {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return [];
  return parcels.flatMap((f, i) => {
    const p = f.properties!;
    const ok = tokens.every((t) =>
      fields.some((k) => {
        const v = p[k];
        if (typeof v === 'string') return normalizeForSearch(v).includes(t);
        return typeof v === 'number' && /^\d+(\.\d+)?$/.test(t) && v === Number(t);
      }),
    );
    return ok ? [i] : [];
  });
}

describe('searchBigLayer', () => {
  it('holds several chunks here (the search crosses them)', () => {
    expect(chunks.length).toBeGreaterThan(2);
  });

  it.each([
    'phu hoa',
    'Phú Hòa lúa',
    'TDM-0012',
    'tdm 01234',
    '123',
    'dat o 123',
    'dat o phuong hiep',
    'cong nghiep 7',
    'nothing like this',
  ])('"%s" finds what the app\'s text search finds, in file order, counted in full', (query) => {
    const want = reference(query);
    // Two find nothing by design (no Phú Hòa parcel is rice land here); the others must find some.
    if (!['nothing like this', 'Phú Hòa lúa'].includes(query)) expect(want.length).toBeGreaterThan(0);
    const got = searchBigLayer(chunks, fields, query, 20);
    expect(got.total).toBe(want.length);
    expect(got.hits.map((h) => h.ordinal)).toEqual(want.slice(0, 20));
    for (const h of got.hits) expect(h.feature.properties).toEqual(parcels[h.ordinal]!.properties);
  });

  it('a blank query finds nothing; a column not searched is not searched', () => {
    expect(searchBigLayer(chunks, fields, '  ', 20)).toEqual({ hits: [], total: 0 });
    expect(searchBigLayer(chunks, ['parcel_id'], 'phu hoa', 20).total).toBe(0);
  });
});

describe('searchBigLayer ranked by the name column', () => {
  it('the name equal to the query first, then starting with it, then a word of it, then file order', () => {
    const rank = (i: number, q: string) => {
      const v = normalizeForSearch(String(parcels[i]!.properties!.parcel_id));
      return v === q ? 0 : v.startsWith(q) ? 1 : v.includes(` ${q}`) ? 2 : 3;
    };
    for (const query of ['TDM-1001', 'tdm 10010', '1001']) {
      const q = normalizeForSearch(query);
      const want = reference(query).sort((a, b) => rank(a, q) - rank(b, q) || a - b);
      const got = searchBigLayer(chunks, fields, query, 20, 'parcel_id');
      expect(got.total).toBe(want.length);
      expect(got.hits.map((h) => h.ordinal)).toEqual(want.slice(0, 20));
    }
    // The parcel typed in full comes first although 1,001 parcels come before it in the file.
    expect(searchBigLayer(chunks, fields, 'TDM-10010', 20, 'parcel_id').hits[0]!.ordinal).toBe(10010);
    expect(searchBigLayer(chunks, fields, 'TDM-1001', 20, 'parcel_id').hits[0]!.ordinal).toBe(10010);
  });
});

describe('bigSearchHitsSliced', () => {
  const layer = (over: Partial<BigLayer> = {}): BigLayer =>
    ({
      id: 'user:1',
      fileName: 'thua.fgb',
      description: {} as BigLayer['description'],
      n: 1,
      summary: { count: parcels.length, bbox: null, fields, geometry: 'point' },
      chunks,
      ...over,
    }) as BigLayer;

  it('gives the one-piece search’s answer, in slices with turns of the event loop between them', async () => {
    const want = searchBigLayer(chunks, fields, 'dat o 123', 20, 'parcel_id');
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    // A zero budget: a turn before every chunk.
    const got = await bigSearchHitsSliced(
      { 'user:1': layer() },
      'dat o 123',
      20,
      new AbortController().signal,
      0,
    );
    clearInterval(ticker);
    expect(got.total).toBe(want.total);
    expect(got.hits.map((h) => [h.layerId, h.featureId, h.ordinal])).toEqual(
      want.hits.map((h) => ['user:1', String(h.ordinal), h.ordinal + 1]),
    );
    expect(turns).toBeGreaterThan(0);
  });

  it('stops between chunks once aborted, and leaves out a layer read by the viewport', async () => {
    const run = new AbortController();
    const going = bigSearchHitsSliced({ 'user:1': layer() }, 'phu hoa', 20, run.signal, 0);
    run.abort(new Error('newer query'));
    await expect(going).rejects.toThrow('newer query');
    const viewport = layer({ viewport: {} as BigLayer['viewport'] });
    const none = await bigSearchHitsSliced(
      { 'user:1': viewport },
      'phu hoa',
      20,
      new AbortController().signal,
    );
    expect(none).toEqual({ hits: [], total: 0 });
  });
});
