import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleReason } from './stale.ts';

function setup(hash: string, withStyle = true, withLayer = true, withGlyphs = true) {
  const r = mkdtempSync(join(tmpdir(), 'stale-'));
  const build = join(r, 'build');
  const tiles = join(r, 'tiles');
  mkdirSync(build);
  mkdirSync(tiles);
  writeFileSync(
    join(build, 'catalog.json'),
    JSON.stringify({ input_hash: hash, layers: [{ file: 'parks.fgb' }] }),
  );
  if (withLayer) writeFileSync(join(build, 'parks.fgb'), 'x');
  if (withStyle) writeFileSync(join(tiles, 'style.json'), '{}');
  if (withGlyphs) {
    mkdirSync(join(tiles, 'fonts', 'NotoSans-Bold'), { recursive: true });
    writeFileSync(join(tiles, 'fonts', 'NotoSans-Bold', '7680-7935.pbf'), 'x');
  }
  return { build, tiles };
}

describe('staleReason', () => {
  it('is null when everything is present and the hash matches', () => {
    const { build, tiles } = setup('abc');
    expect(staleReason(build, tiles, 'abc')).toBeNull();
  });
  it('asks for a rebuild when the hash differs or a file is missing', () => {
    const a = setup('abc');
    expect(staleReason(a.build, a.tiles, 'def')).toMatch(/inputs changed/);
    const b = setup('abc', false);
    expect(staleReason(b.build, b.tiles, 'abc')).toMatch(/style\.json/);
    const c = setup('abc', true, false);
    expect(staleReason(c.build, c.tiles, 'abc')).toMatch(/parks\.fgb/);
    const d = setup('abc', true, true, false);
    expect(staleReason(d.build, d.tiles, 'abc')).toMatch(/glyphs/);
    expect(staleReason(join(a.build, 'nope'), a.tiles, 'abc')).toMatch(/catalog\.json is missing/);
  });
});
