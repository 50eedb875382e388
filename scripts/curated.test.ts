import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURATED_FILES, CuratedError, loadCurated, parseWaypoints, sourcesToProperty } from './curated.ts';
import { CURATED_DIR } from './lib/paths.ts';

function copyCurated(edit: (name: string, text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'curated-'));
  for (const f of CURATED_FILES)
    writeFileSync(join(dir, f), edit(f, readFileSync(join(CURATED_DIR, f), 'utf8')));
  return dir;
}

describe('curated data', () => {
  it('loads the committed files', () => {
    const c = loadCurated();
    expect(c.districts.map((d) => d.code)).toEqual([
      '718',
      '719',
      '720',
      '721',
      '722',
      '723',
      '724',
      '725',
      '726',
    ]);
    expect(c.parks.length).toBe(39);
    expect(c.corridors.length).toBe(21);
    expect(c.places.length).toBe(19);
    expect(c.boundaryCorrections.map((b) => b.id)).toEqual(['swap_723_726']);
    // unknown stays unknown
    expect(c.parks.find((p) => p.id === 'song_than_1')!.area_ha).toBeNull();
    expect(
      c.parks
        .filter((p) => !p.include)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['mai_trung', 'riverside_isc', 'vinh_lap']);
  });
  it('rejects an unknown status, a malformed number and an exclusion without reason', () => {
    const badStatus = copyCurated((f, t) => (f === 'parks.csv' ? t.replace(',existing,', ',operating,') : t));
    expect(() => loadCurated(badStatus)).toThrow(CuratedError);
    const badNumber = copyCurated((f, t) => (f === 'districts.csv' ? t.replace(',60.1,', ',6O.1,') : t));
    expect(() => loadCurated(badNumber)).toThrow(CuratedError);
    const noReason = copyCurated((f, t) =>
      f === 'parks.csv'
        ? t.replace('false,no district and no location in any source: cannot be drawn', 'false,')
        : t,
    );
    expect(() => loadCurated(noReason)).toThrow(/include_reason/);
  });
  it('carries the qualifiers of the sources (lower bounds, rounded figures)', () => {
    const c = loadCurated();
    const d = (code: string) => c.districts.find((x) => x.code === code)!;
    expect([d('724').population, d('724').population_qualifier]).toEqual([403000, 'at_least']);
    expect([d('725').population, d('725').population_qualifier]).toEqual([508000, 'at_least']);
    for (const code of ['720', '722', '723', '726'])
      expect(d(code).area_official_qualifier, code).toBe('approximate');
    const corridor = (id: string) => c.corridors.find((x) => x.id === id)!;
    expect(corridor('ct_hcm_tdm_ct').length_reported_qualifier).toBe('at_least');
    expect(corridor('dt741').length_reported_qualifier).toBeNull();
    expect(c.parks.find((p) => p.id === 'thoi_hoa')!.area_qualifier).toBe('approximate');
    expect(c.parks.find((p) => p.id === 'song_than_1')!.area_qualifier).toBeNull();
  });
  it('rejects a bad, missing or pointless qualifier', () => {
    const bad = copyCurated((f, t) =>
      f === 'districts.csv' ? t.replace(',403000,at_least,', ',403000,rounded,') : t,
    );
    expect(() => loadCurated(bad)).toThrow(
      /population_qualifier: "rounded" is not one of exact, approximate, at_least/,
    );
    const missing = copyCurated((f, t) => (f === 'corridors.csv' ? t.replace(',52,at_least,', ',52,,') : t));
    expect(() => loadCurated(missing)).toThrow(/length_reported_qualifier: empty, but required/);
    const pointless = copyCurated((f, t) =>
      f === 'parks.csv'
        ? t.replace('Song Than 1 Industrial Park,724,,,', 'Song Than 1 Industrial Park,724,,exact,')
        : t,
    );
    expect(() => loadCurated(pointless)).toThrow(/area_qualifier: must be empty because area_ha is empty/);
    const areaQ = copyCurated((f, t) =>
      f === 'districts.csv' ? t.replace(',720,approximate,', ',720,≈,') : t,
    );
    expect(() => loadCurated(areaQ)).toThrow(CuratedError);
  });
  it('parses waypoints as lat lon pairs', () => {
    expect(parseWaypoints('10.9 106.7;11 106.8')).toEqual([
      [10.9, 106.7],
      [11, 106.8],
    ]);
    expect(parseWaypoints('')).toEqual([]);
    expect(() => parseWaypoints('10.9,106.7')).toThrow(CuratedError);
  });
  it('turns ;-separated sources into whitespace-separated URLs', () => {
    expect(sourcesToProperty('https://a;https://b')).toBe('https://a https://b');
  });
});
