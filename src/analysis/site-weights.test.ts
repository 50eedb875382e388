import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_WEIGHTS, formatSiteWeights, parseSiteWeights, validSiteWeights } from './site-weights';

describe('parseSiteWeights', () => {
  it('keeps the defaults for keys left out', () => {
    expect(parseSiteWeights('').weights).toEqual({
      expressway: 3,
      road: 2,
      seaport: 3,
      airport: 2,
      icd_rail: 2,
      area: 2,
      status: 3,
      occupancy: 1,
    });
    expect(parseSiteWeights('road:5, occupancy:0').weights).toMatchObject({
      road: 5,
      occupancy: 0,
      seaport: 3,
    });
    expect(parseSiteWeights('airport=4', '=').weights?.airport).toBe(4);
    expect(parseSiteWeights('area:1,area:4').weights?.area).toBe(4);
  });
  it('refuses unknown criteria, weights outside 0–5 or not whole, and malformed items', () => {
    expect(parseSiteWeights('rail:2').error?.reason).toBe('unknown_criterion');
    for (const bad of ['road:6', 'road:-1', 'road:2.5', 'road:1e0', 'road:', 'road: x', 'road:05x'])
      expect(parseSiteWeights(bad).error?.reason, bad).toBe('bad_weight');
    expect(parseSiteWeights('road').error?.reason).toBe('malformed');
    expect(parseSiteWeights('road=2').error?.reason).toBe('malformed'); // wrong separator for a link
    expect(parseSiteWeights('road:9').error?.message).toMatch(/0 to 5/);
  });
});

describe('formatSiteWeights', () => {
  it('writes only what differs from the defaults and reads back', () => {
    expect(formatSiteWeights(DEFAULT_SITE_WEIGHTS)).toBe('');
    const w = { ...DEFAULT_SITE_WEIGHTS, occupancy: 0, expressway: 5 };
    expect(formatSiteWeights(w)).toBe('expressway:5,occupancy:0');
    expect(parseSiteWeights(formatSiteWeights(w)).weights).toEqual(w);
    expect(formatSiteWeights(w, '=')).toBe('expressway=5,occupancy=0');
  });
  it('validSiteWeights checks a whole state', () => {
    expect(validSiteWeights(DEFAULT_SITE_WEIGHTS)).toBe(true);
    expect(validSiteWeights({ ...DEFAULT_SITE_WEIGHTS, road: 2.5 })).toBe(false);
    expect(validSiteWeights({ road: 2 })).toBe(false);
  });
});
