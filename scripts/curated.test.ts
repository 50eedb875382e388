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
