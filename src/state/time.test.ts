import { beforeEach, describe, expect, it } from 'vitest';
import { useTime, yearFor } from './time';
import { ignoredHashKeys, parseHash, readHash, serializeHash } from './url';
import { applyHash, currentUrlState } from './url-sync';

const reset = () => useTime.setState({ year: null, overrides: {}, playing: false });

describe('the time store', () => {
  beforeEach(reset);

  it('is off by default: every side gets null', () => {
    expect(yearFor('single')).toBeNull();
    expect(yearFor('left')).toBeNull();
    expect(yearFor('right')).toBeNull();
  });

  it('a common year applies to every side until a side overrides it', () => {
    useTime.getState().setYear(2005);
    useTime.getState().setOverride('right', 'planned');
    expect(yearFor('single')).toBe(2005);
    expect(yearFor('left')).toBe(2005);
    expect(yearFor('right')).toBe('planned');
    useTime.getState().setOverride('right', undefined);
    expect(yearFor('right')).toBe(2005);
  });

  it('turning the slider off stops playing', () => {
    useTime.getState().setYear(2000);
    useTime.getState().setPlaying(true);
    useTime.getState().setYear(null);
    expect(useTime.getState().playing).toBe(false);
  });
});

describe('the year keys', () => {
  beforeEach(reset);

  it('reads a year, planned, and per-side overrides', () => {
    expect(parseHash('#year=2005')).toEqual({ year: 2005 });
    expect(parseHash('#year=planned&year.left=2010&year.right=1996')).toEqual({
      year: 'planned',
      yearLeft: 2010,
      yearRight: 1996,
    });
  });

  it('names a value that is not a year or planned, and keeps the rest', () => {
    for (const bad of ['2005.5', '+2005', '1e3', '05', 'soon', '1850', '2200', '']) {
      expect(readHash(`#year=${bad}&z=9`)).toMatchObject({ state: { zoom: 9 }, ignored: ['year'] });
    }
    expect(ignoredHashKeys('#year.left=x&year.right=2001')).toEqual(['year.left']);
  });

  it('round-trips through the hash', () => {
    for (const state of [{ year: 2005 }, { year: 'planned' as const, yearRight: 2010 }, { yearLeft: 1994 }]) {
      expect(parseHash(serializeHash(state))).toEqual(state);
    }
    expect(serializeHash({ year: 2005, yearLeft: 'planned' })).toBe('#year=2005&year.left=planned');
  });

  it('applies to the store and is written back from it', () => {
    applyHash('#year=2005&year.right=planned');
    expect(useTime.getState()).toMatchObject({ year: 2005, overrides: { right: 'planned' } });
    expect(currentUrlState()).toMatchObject({ year: 2005, yearRight: 'planned' });
    expect(currentUrlState().yearLeft).toBeUndefined();
    useTime.getState().setYear(null);
    expect(currentUrlState().year).toBeUndefined();
  });
});
