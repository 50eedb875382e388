import { describe, expect, it } from 'vitest';
import { type ParkSiteFacts, scoreDifference, siteScores } from './site-score';
import { DEFAULT_SITE_WEIGHTS, type SiteWeights } from './site-weights';

const park = (id: string, raw: ParkSiteFacts['raw']): ParkSiteFacts => ({
  id,
  name_vi: id,
  name_en: id,
  raw,
  targets: {},
});

// Hand-computed below: ranges over the three parks, seaport 60 km capped at 50.
const P1 = park('p1', {
  expressway: 2,
  road: 1,
  seaport: 30,
  airport: 20,
  icd_rail: 5,
  area: 500,
  status: 'existing',
  occupancy: 80,
});
const P2 = park('p2', {
  expressway: 10,
  road: 3,
  seaport: 60,
  airport: 40,
  icd_rail: 15,
  area: 100,
  status: 'planned',
  occupancy: null,
});
const P3 = park('p3', {
  expressway: 6,
  road: null,
  seaport: 40,
  airport: 30,
  icd_rail: 10,
  area: null,
  status: 'under_construction',
  occupancy: null,
});

const zero: SiteWeights = {
  expressway: 0,
  road: 0,
  seaport: 0,
  airport: 0,
  icd_rail: 0,
  area: 0,
  status: 0,
  occupancy: 0,
};

describe('siteScores with the default weights', () => {
  const r = siteScores([P2, P3, P1], DEFAULT_SITE_WEIGHTS);
  const byId = Object.fromEntries(r.rows.map((row) => [row.id, row]));

  it('normalises each criterion as documented', () => {
    expect(byId.p3!.criteria.expressway.normalised).toBeCloseTo(50, 9); // (10 - 6) / (10 - 2)
    expect(byId.p1!.criteria.expressway.normalised).toBeCloseTo(100, 9);
    expect(byId.p2!.criteria.seaport.normalised).toBeCloseTo(0, 9); // 60 capped to 50 = the max
    expect(byId.p3!.criteria.seaport.normalised).toBeCloseTo(50, 9); // (50 - 40) / (50 - 30)
    expect(byId.p1!.criteria.area.normalised).toBeCloseTo(100, 9);
    expect(byId.p2!.criteria.area.normalised).toBeCloseTo(0, 9);
    expect(byId.p3!.criteria.status.normalised).toBeCloseTo(33.333333, 5);
    expect(byId.p1!.criteria.occupancy.normalised).toBeCloseTo(20, 9); // 100 - 80
    expect(r.ranges.seaport).toEqual({ min: 30, max: 50, known_parks: 3 });
  });

  it('leaves unknown criteria out and re-normalises the weights over the known ones', () => {
    // p1: all 8 known, weights sum 18: (17 × 100 … ) = (1700 + 1 × 20) / 18
    expect(byId.p1!.score).toBeCloseTo(1720 / 18, 9);
    // p2: 7 known (no occupancy), every normalised value 0
    expect(byId.p2!.score).toBeCloseTo(0, 9);
    // p3: expressway 3×50, seaport 3×50, airport 2×50, icd_rail 2×50, status 3×33.3 over 13
    expect(byId.p3!.score).toBeCloseTo(600 / 13, 9);
    expect(byId.p3!.criteria.expressway.contribution).toBeCloseTo(150 / 13, 9);
    expect(byId.p3!.criteria.road).toEqual({ known: false, weight: 2, normalised: null, contribution: null });
    expect([byId.p1!.known_count, byId.p2!.known_count, byId.p3!.known_count]).toEqual([8, 7, 5]);
    expect(byId.p3!.used_count).toBe(8);
    expect(r.rows.filter((row) => row.full_coverage).map((row) => row.id)).toEqual(['p1']);
  });

  it('ranks best first and the contributions add up to the score', () => {
    expect(r.rows.map((row) => [row.id, row.rank])).toEqual([
      ['p1', 1],
      ['p3', 2],
      ['p2', 3],
    ]);
    for (const row of r.rows) {
      const sum = Object.values(row.criteria).reduce((s, c) => s + (c.contribution ?? 0), 0);
      expect(sum).toBeCloseTo(row.score!, 9);
    }
  });

  it('does not depend on the order of the parks', () => {
    expect(siteScores([P1, P2, P3], DEFAULT_SITE_WEIGHTS).rows).toEqual(r.rows);
  });
});

describe('siteScores edges', () => {
  it('all weights zero: no score, no rank, said so (no division by zero)', () => {
    const r = siteScores([P1, P2], zero);
    expect(r.all_weights_zero).toBe(true);
    expect(r.rows.map((row) => [row.score, row.rank, row.used_count])).toEqual([
      [null, null, 0],
      [null, null, 0],
    ]);
    expect(r.rows.every((row) => Object.values(row.criteria).every((c) => c.contribution === null))).toBe(
      true,
    );
  });

  it('a park whose weighted criteria are all unknown has no score and is listed last', () => {
    const r = siteScores([P2, P1, P3], { ...zero, occupancy: 1 });
    expect(r.rows.map((row) => [row.id, row.score, row.rank])).toEqual([
      ['p1', 20, 1],
      ['p2', null, null],
      ['p3', null, null],
    ]);
  });

  it('equal known values all score 100 (none is worst); a single park too', () => {
    const a = park('a', { ...P1.raw, area: 300 });
    const b = park('b', { ...P2.raw, area: 300 });
    const r = siteScores([a, b], { ...zero, area: 2 });
    expect(r.rows.map((row) => row.score)).toEqual([100, 100]);
    expect(siteScores([P3], { ...zero, expressway: 1 }).rows[0]!.score).toBe(100);
  });

  it('no parks: no rows', () => {
    expect(siteScores([], DEFAULT_SITE_WEIGHTS).rows).toEqual([]);
  });

  it('a nonsense raw value (negative distance, NaN, area 0) is unknown, not a score', () => {
    const bad = park('bad', { ...P1.raw, expressway: -1, road: Number.NaN, area: 0, occupancy: 120 });
    const row = siteScores([bad, P2], DEFAULT_SITE_WEIGHTS).rows.find((x) => x.id === 'bad')!;
    expect(['expressway', 'road', 'area', 'occupancy'].map((c) => row.criteria[c as 'road'].known)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('scoreDifference', () => {
  it('explains p1 over p3 criterion by criterion, the differences adding up to the score gap', () => {
    const r = siteScores([P1, P2, P3], DEFAULT_SITE_WEIGHTS);
    const [p1, p3] = [r.rows[0]!, r.rows[1]!];
    const d = scoreDifference(p1, p3);
    // p1: 300/18 on expressway; p3: 150/13
    expect(d.find((x) => x.criterion === 'expressway')!.delta).toBeCloseTo(300 / 18 - 150 / 13, 9);
    expect(d.find((x) => x.criterion === 'road')).toEqual({
      criterion: 'road',
      delta: 200 / 18,
      unknown_in: ['b'],
    });
    expect(d.reduce((s, x) => s + x.delta, 0)).toBeCloseTo(p1.score! - p3.score!, 9);
    const sizes = d.map((x) => Math.abs(x.delta));
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
  });
});
