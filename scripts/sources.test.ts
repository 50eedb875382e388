import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { locateSource, MANIFEST, SourceError, type SourceManifest, sha256 } from './sources.ts';

const CONTENT = '{"level1_id":"99","level2s":[]}';
const manifest: SourceManifest = {
  ...MANIFEST,
  default_dir: 'shared',
  cache_dir: 'cache',
  sources: [
    {
      id: '99',
      description: 'test',
      licence: 'test',
      file: '99.json',
      sha256: sha256(CONTENT),
      url: 'https://example.invalid/99.json',
    },
  ],
};
const entry = manifest.sources[0]!;
const noFetch = vi.fn(async () => {
  throw new Error('network disabled');
}) as unknown as typeof fetch;

function root(): string {
  return mkdtempSync(join(tmpdir(), 'sources-'));
}

describe('MANIFEST', () => {
  it('pins every boundary file by commit and sha256', () => {
    expect(MANIFEST.sources.map((s) => s.id)).toEqual(['70', '72', '74', '75', '79']);
    for (const s of MANIFEST.sources) {
      expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(s.url).toBe(
        `https://raw.githubusercontent.com/daohoangson/dvhcvn/4b1b6b59c5880c620722663bcb48c5c105364be5/data/gis/${s.id}.json`,
      );
    }
  });
});

describe('locateSource', () => {
  it('prefers the directory in the environment variable', async () => {
    const r = root();
    mkdirSync(join(r, 'envdir'));
    writeFileSync(join(r, 'envdir', '99.json'), CONTENT);
    const got = await locateSource(entry, manifest, {
      env: { DVHCVN_DIR: join(r, 'envdir') },
      repoRoot: r,
      fetchFn: noFetch,
    });
    expect(got.origin).toBe('env');
  });
  it('falls back to the default directory', async () => {
    const r = root();
    mkdirSync(join(r, 'shared'));
    writeFileSync(join(r, 'shared', '99.json'), CONTENT);
    const got = await locateSource(entry, manifest, { env: {}, repoRoot: r, fetchFn: noFetch });
    expect(got.origin).toBe('default');
  });
  it('stops on a sha256 mismatch, naming the file and the fix', async () => {
    const r = root();
    mkdirSync(join(r, 'shared'));
    writeFileSync(join(r, 'shared', '99.json'), `${CONTENT} `);
    await expect(locateSource(entry, manifest, { env: {}, repoRoot: r, fetchFn: noFetch })).rejects.toThrow(
      /99\.json: sha256 mismatch/,
    );
  });
  it('stops when the file is missing and the download fails, saying what to do', async () => {
    const r = root();
    const err = await locateSource(entry, manifest, { env: {}, repoRoot: r, fetchFn: noFetch }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(SourceError);
    expect(err.message).toMatch(/99\.json: not found locally and the download failed \(network disabled\)/);
    expect(err.message).toMatch(/set DVHCVN_DIR/);
  });
  it('downloads, verifies and caches; then uses the cache', async () => {
    const r = root();
    const okFetch = vi.fn(async () => new Response(CONTENT)) as unknown as typeof fetch;
    const got = await locateSource(entry, manifest, { env: {}, repoRoot: r, fetchFn: okFetch });
    expect(got.origin).toBe('download');
    expect(readFileSync(join(r, 'cache', '99.json'), 'utf8')).toBe(CONTENT);
    const again = await locateSource(entry, manifest, { env: {}, repoRoot: r, fetchFn: noFetch });
    expect(again.origin).toBe('cache');
  });
  it('refuses a download with the wrong sha256 and caches nothing', async () => {
    const r = root();
    const badFetch = vi.fn(async () => new Response('tampered')) as unknown as typeof fetch;
    await expect(locateSource(entry, manifest, { env: {}, repoRoot: r, fetchFn: badFetch })).rejects.toThrow(
      /sha256/,
    );
    expect(existsSync(join(r, 'cache', '99.json'))).toBe(false);
  });
  it('reports an HTTP error as a download failure', async () => {
    const r = root();
    const notFound = vi.fn(async () => new Response('nope', { status: 404 })) as unknown as typeof fetch;
    await expect(locateSource(entry, manifest, { env: {}, repoRoot: r, fetchFn: notFound })).rejects.toThrow(
      /HTTP 404/,
    );
  });
});
