import { describe, expect, it } from 'vitest';
import { type HashKey, readHashWith, writeHashWith } from './hash-reader';
import {
  addComparedPark,
  INVESTOR_HASH_KEYS,
  type InvestorUrlState,
  parseComparedParks,
  weightsOf,
} from './investor-url';
import { URL_KEYS, type UrlState } from './url';

const read = (hash: string) => readHashWith<InvestorUrlState>(hash, INVESTOR_HASH_KEYS, () => ({}));
const write = (state: InvestorUrlState) => writeHashWith(state, INVESTOR_HASH_KEYS);
const DEFAULTS = {
  expressway: 3,
  road: 2,
  seaport: 3,
  airport: 2,
  icd_rail: 2,
  area: 2,
  status: 3,
  occupancy: 1,
};

describe('weights= in the link', () => {
  it('reads changed keys over the defaults', () => {
    const r = read('#weights=expressway:5,occupancy:0');
    expect(r.ignored).toEqual([]);
    expect(r.state.weights).toEqual({ ...DEFAULTS, expressway: 5, occupancy: 0 });
    expect(read('#weights=').state.weights).toEqual(DEFAULTS);
  });
  it('refuses a bad list as a whole and names the key; the defaults apply', () => {
    for (const bad of ['road:6', 'rail:2', 'road=2', 'road:1.5', 'road:-1']) {
      const r = read(`#weights=${bad}`);
      expect(r.ignored, bad).toEqual(['weights']);
      expect(weightsOf(r.state)).toEqual(DEFAULTS);
    }
  });
  it('round-trips, writing only what differs from the defaults', () => {
    const state: InvestorUrlState = { weights: { ...DEFAULTS, area: 0, status: 5 } };
    const hash = write(state);
    expect(hash).toBe('#weights=area:0,status:5');
    expect(read(hash).state).toEqual(state);
    expect(write({ weights: { ...DEFAULTS } })).toBe('');
    expect(write({ weights: { ...DEFAULTS, road: 2.5 } })).toBe(''); // never writes an invalid state
  });
  it('reads a percent-encoded colon as pasted from mail', () => {
    expect(read('#weights=road%3A4').state.weights?.road).toBe(4);
  });
});

describe('parks= in the link', () => {
  it('reads 2 to 4 ids in order, dropping repeats and blanks', () => {
    expect(read('#parks=vsip_1,song_than_2').state.compareParks).toEqual(['vsip_1', 'song_than_2']);
    expect(parseComparedParks(' a , b,,a ,c')).toEqual({ parks: ['a', 'b', 'c'], refused: [] });
  });
  it('keeps four and refuses the fifth with a message', () => {
    const r = read('#parks=a,b,c,d,e');
    expect(r.ignored).toEqual([]);
    expect(r.state.compareParks).toEqual(['a', 'b', 'c', 'd']);
    expect(r.state.compareRefused).toEqual(['e']);
    expect(write(r.state)).toBe('#parks=a,b,c,d');
  });
  it('refuses one id, none, and malformed ids', () => {
    for (const bad of ['a', '', ',,', 'a,<b>', 'a,b c']) {
      const r = read(`#parks=${bad}`);
      expect(r.ignored, bad).toEqual(['parks']);
      expect(r.state.compareParks).toBeUndefined();
    }
  });
  it('round-trips and writes nothing for fewer than two', () => {
    const state: InvestorUrlState = { compareParks: ['tan_dong_hiep_b', 'vsip_1', 'bau_bang'] };
    expect(read(write(state)).state).toEqual(state);
    expect(write({ compareParks: ['a'] })).toBe('');
  });
});

describe('addComparedPark', () => {
  it('adds up to four and refuses a repeat or a fifth', () => {
    expect(addComparedPark(['a'], 'b')).toEqual({ list: ['a', 'b'], refused: null });
    expect(addComparedPark(['a', 'b'], 'a')).toEqual({ list: ['a', 'b'], refused: 'already_compared' });
    expect(addComparedPark(['a', 'b', 'c', 'd'], 'e')).toEqual({
      list: ['a', 'b', 'c', 'd'],
      refused: 'comparison_full',
    });
  });
});

describe("beside the app's other keys (registered in url.ts)", () => {
  type State = UrlState;
  const table: readonly HashKey<State>[] = URL_KEYS;
  it('reads and writes weights and parks with lang and layers', () => {
    const r = readHashWith<State>('#lang=en&parks=a,b&layers=parks&weights=road:0', table, () => ({}));
    expect(r.ignored).toEqual([]);
    expect(r.state).toEqual({
      lang: 'en',
      layers: ['parks'],
      compareParks: ['a', 'b'],
      weights: { ...DEFAULTS, road: 0 },
    });
    expect(writeHashWith(r.state, table)).toBe('#lang=en&layers=parks&weights=road:0&parks=a,b');
  });
});
