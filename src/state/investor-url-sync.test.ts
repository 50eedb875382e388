// parks= and weights= registered in the link table: applied to the explorer store and written back.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SITE_WEIGHTS } from '../analysis/site-weights';
import { useExplorer } from './explorer';
import { readHash, serializeHash } from './url';
import { applyHash, currentUrlState } from './url-sync';

const investorPart = (hash: string) =>
  hash
    .replace(/^#/, '')
    .split('&')
    .filter((kv) => kv.startsWith('parks=') || kv.startsWith('weights='))
    .join('&');

beforeEach(() => useExplorer.getState().reset());

describe('parks= and weights= in the link', () => {
  it('a link opens the explorer on the comparison of its parks, with its weights', () => {
    applyHash('#parks=vsip_1,song_than_2,my_phuoc_3&weights=expressway:5,occupancy:0');
    const s = useExplorer.getState();
    expect(s.picked).toEqual(['vsip_1', 'song_than_2', 'my_phuoc_3']);
    expect(s.compareOpen).toBe(true);
    expect(s.open).toBe(true);
    expect(s.weights).toEqual({ ...DEFAULT_SITE_WEIGHTS, expressway: 5, occupancy: 0 });
  });

  it('round trip: the state written reads back to the same parks and weights', () => {
    const st = useExplorer.getState();
    st.pick('b_park');
    st.pick('a_park');
    st.setWeight('road', 0);
    st.setWeight('area', 5);
    const hash = serializeHash(currentUrlState());
    expect(investorPart(hash)).toBe('weights=road:0,area:5&parks=b_park,a_park');
    useExplorer.getState().reset();
    applyHash(hash);
    expect(useExplorer.getState().picked).toEqual(['b_park', 'a_park']);
    expect(useExplorer.getState().weights).toEqual({ ...DEFAULT_SITE_WEIGHTS, road: 0, area: 5 });
  });

  it('defaults and a single park write nothing; a fifth park in a link is refused and named', () => {
    useExplorer.getState().pick('only');
    expect(investorPart(serializeHash(currentUrlState()))).toBe('');
    applyHash('#parks=a,b,c,d,e');
    expect(useExplorer.getState().picked).toEqual(['a', 'b', 'c', 'd']);
    expect(useExplorer.getState().linkRefused).toEqual(['e']);
  });

  it('a bad weights list is ignored as a whole and named in the notice', () => {
    const r = readHash('#weights=road:9&parks=x');
    expect(r.ignored).toEqual(['weights', 'parks']);
    applyHash('#weights=road:9');
    expect(useExplorer.getState().weights).toEqual(DEFAULT_SITE_WEIGHTS);
  });
});
