import { describe, expect, it } from 'vitest';
import { loadCurated, type ParkRow } from '../curated.ts';
import { parkFactIssues, statesOccupancy } from './park-facts.ts';

const REF = [
  {
    id: 'a',
    notes: 'Decision 1/TTg; 100% occupied; near the station (nso).',
    sources: 'https://nso.example/a;https://other.example/a',
  },
  {
    id: 'b',
    notes: '490 ha industrial land fully leased by 2015 (VietNamNet).',
    sources: 'https://vnn.example/b',
  },
  {
    id: 'c',
    notes: '700 ha; ~35,000 workers planned; groundbreaking 2025.',
    sources: 'https://mt.example/c',
  },
];

const park = (over: Partial<ParkRow>): ParkRow =>
  ({
    id: 'a',
    occupancy_pct: null,
    occupancy_year: '',
    occupancy_source: '',
    occupancy_evidence: '',
    workers_planned: null,
    workers_planned_qualifier: null,
    workers_source: '',
    workers_evidence: '',
    ...over,
  }) as ParkRow;

const rules = (p: Partial<ParkRow>) => parkFactIssues([park(p)], REF).map((i) => i.message);

describe('statesOccupancy', () => {
  it('reads a percentage or full-occupancy words', () => {
    expect(statesOccupancy('100% occupied', 100)).toBe(true);
    expect(statesOccupancy('fully leased by 2015', 100)).toBe(true);
    expect(statesOccupancy('91 % occupancy', 91)).toBe(true);
    expect(statesOccupancy('fully leased by 2015', 90)).toBe(false);
    expect(statesOccupancy('occupied', 100)).toBe(false);
  });
});

describe('parkFactIssues', () => {
  const good = {
    occupancy_pct: 100,
    occupancy_source: 'https://nso.example/a',
    occupancy_evidence: '100% occupied',
  };
  it('passes a figure quoted from the reference notes with a source of the row', () => {
    expect(rules(good)).toEqual([]);
    expect(
      rules({
        id: 'b',
        occupancy_pct: 100,
        occupancy_year: '2015',
        occupancy_source: 'https://vnn.example/b',
        occupancy_evidence: '490 ha industrial land fully leased by 2015',
      }),
    ).toEqual([]);
    expect(
      rules({
        id: 'c',
        workers_planned: 35000,
        workers_planned_qualifier: 'approximate',
        workers_source: 'https://mt.example/c',
        workers_evidence: '~35,000 workers planned',
      }),
    ).toEqual([]);
    expect(rules({})).toEqual([]);
  });
  it('fails a quote the reference does not have, a number it does not state, a wrong year or source', () => {
    expect(rules({ ...good, occupancy_evidence: '95% occupied' })).toHaveLength(1);
    expect(rules({ ...good, occupancy_pct: 90 })[0]).toMatch(/does not state it/);
    expect(rules({ ...good, occupancy_year: '2019' })[0]).toMatch(/year 2019/);
    expect(rules({ ...good, occupancy_source: 'https://elsewhere.example' })[0]).toMatch(/not one of/);
    expect(rules({ ...good, id: 'zzz' })[0]).toMatch(/no reference row/);
  });
  it('fails an approximate figure written as exact', () => {
    const workers = {
      id: 'c',
      workers_planned: 35000,
      workers_source: 'https://mt.example/c',
      workers_evidence: '~35,000 workers planned',
    };
    expect(rules({ ...workers, workers_planned_qualifier: 'exact' })[0]).toMatch(/qualifier is exact/);
  });
});

describe('the curated parks', () => {
  it('carry occupancy only for the parks whose reference notes state it', () => {
    const parks = loadCurated().parks;
    const withOccupancy = parks.filter((p) => p.occupancy_pct !== null).map((p) => [p.id, p.occupancy_pct]);
    expect(withOccupancy).toEqual([
      ['song_than_2', 100],
      ['vsip_1', 100],
      ['nam_tan_uyen_mr', 100],
      ['tan_dong_hiep_b', 100],
    ]);
    expect(parks.find((p) => p.id === 'vsip_1')!.occupancy_year).toBe('2015');
    expect(parks.filter((p) => p.workers_planned !== null).map((p) => p.id)).toEqual(['cay_truong']);
  });
});
