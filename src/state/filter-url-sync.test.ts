// The f.<layer>.<field> keys registered in the app's URL table: read into the filter store by
// applyHash, written back from it by currentUrlState/serializeHash, and kept on a round trip.
import { beforeEach, describe, expect, it } from 'vitest';
import { useFilters } from './filters';
import { parseHash, readHash, serializeHash } from './url';
import { applyHash, currentUrlState } from './url-sync';

const store = () => useFilters.getState();

describe('f.<layer>.<field> in the app URL', () => {
  beforeEach(() => store().reset());

  it('a link fills the filter store', () => {
    applyHash(
      '#lang=vi&f.parks.status=existing,unknown&f.parks.established_year=2000..2010&f.corridors.kind=railway',
    );
    expect(store().filters).toEqual({
      parks: {
        fields: {
          status: { kind: 'values', values: ['existing', 'unknown'] },
          established_year: { kind: 'range', min: 2000, max: 2010 },
        },
        query: '',
      },
      corridors: { fields: { kind: { kind: 'values', values: ['railway'] } }, query: '' },
    });
  });

  it('the store is written back as the same keys', () => {
    store().setValues('parks', 'status', ['expanding', 'planned']);
    store().setRange('parks', 'established_year', 2005, null);
    store().setValues('places', 'kind', ['logistics']);
    const hash = serializeHash(currentUrlState());
    expect(hash).toContain('f.parks.status=expanding,planned');
    expect(hash).toContain('f.parks.established_year=2005..');
    expect(hash).toContain('f.places.kind=logistics');
    // Read back, it gives the same filters.
    expect(parseHash(hash).filters).toEqual(store().filters);
  });

  it('round-trips through the store: link → store → link', () => {
    const link =
      '#f.corridors.status=under_construction&f.parks.district_code=718,723&f.parks.established_year=..1999';
    applyHash(link);
    const again = serializeHash(currentUrlState());
    store().reset();
    applyHash(again);
    expect(store().filters).toEqual(parseHash(link).filters);
    expect(readHash(again).ignored).toEqual([]);
  });

  it('an invalid value is named and leaves that field unfiltered; the valid keys still apply', () => {
    const r = readHash('#f.parks.status=open&f.parks.established_year=2010..2000&f.places.kind=admin');
    expect(r.ignored).toEqual(['f.parks.status', 'f.parks.established_year']);
    applyHash('#f.parks.status=open&f.places.kind=admin');
    expect(store().filters).toEqual({
      places: { fields: { kind: { kind: 'values', values: ['admin'] } }, query: '' },
    });
  });

  it('no filter writes no f. key', () => {
    expect(serializeHash(currentUrlState())).not.toContain('f.');
  });
});
