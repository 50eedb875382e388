// Loads the external boundary sources listed in sources.json. Lookup order for each file:
// 1. the directory in the environment variable named by `env_dir` (DVHCVN_DIR);
// 2. `default_dir` relative to the repository root (../shared/data/dvhcvn in the authoring setup);
// 3. the download cache under data/build/.cache, else a download from the pinned URL.
// Every file is verified against its sha256 before use. Nothing is ever written outside data/build.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { REPO_ROOT } from './lib/paths.ts';
import manifestJson from './sources.json' with { type: 'json' };

export interface SourceEntry {
  id: string;
  description: string;
  licence: string;
  file: string;
  sha256: string;
  url: string;
}

export interface SourceManifest {
  description: string;
  env_dir: string;
  default_dir: string;
  cache_dir: string;
  sources: SourceEntry[];
}

export const MANIFEST: SourceManifest = manifestJson;

/** One administrative unit in a dvhcvn file. */
export interface DvhcvnUnit {
  name: string;
  type: 'Polygon' | 'MultiPolygon';
  bbox: [number, number, number, number];
  coordinates: Polygon['coordinates'] | MultiPolygon['coordinates'];
}
export interface DvhcvnLevel2 extends DvhcvnUnit {
  level2_id: string;
}
export interface DvhcvnProvince extends DvhcvnUnit {
  level1_id: string;
  level2s: DvhcvnLevel2[];
}

export class SourceError extends Error {
  override name = 'SourceError';
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function sourceEntry(id: string, manifest: SourceManifest = MANIFEST): SourceEntry {
  const entry = manifest.sources.find((s) => s.id === id);
  if (!entry) throw new SourceError(`Source "${id}" is not listed in scripts/sources.json.`);
  return entry;
}

export interface LocateOptions {
  env?: NodeJS.ProcessEnv;
  repoRoot?: string;
  fetchFn?: typeof fetch;
  log?: (line: string) => void;
}

export interface LocatedSource {
  entry: SourceEntry;
  path: string;
  origin: 'env' | 'default' | 'cache' | 'download';
  bytes: Buffer;
}

/** Finds, verifies and (if needed) downloads one source file. Throws SourceError with a fix. */
export async function locateSource(
  entry: SourceEntry,
  manifest: SourceManifest = MANIFEST,
  options: LocateOptions = {},
): Promise<LocatedSource> {
  const env = options.env ?? process.env;
  const root = options.repoRoot ?? REPO_ROOT;
  const fetchFn = options.fetchFn ?? fetch;
  const tried: string[] = [];

  const local: { dir: string; origin: 'env' | 'default' }[] = [];
  const envDir = env[manifest.env_dir];
  if (envDir) local.push({ dir: resolve(envDir), origin: 'env' });
  local.push({ dir: resolve(root, manifest.default_dir), origin: 'default' });

  for (const { dir, origin } of local) {
    const path = resolve(dir, entry.file);
    if (!existsSync(path)) {
      tried.push(`${path} (not found)`);
      continue;
    }
    const bytes = readFileSync(path);
    const actual = sha256(bytes);
    if (actual !== entry.sha256) {
      throw new SourceError(
        `${entry.file}: sha256 mismatch at ${path}\n  expected ${entry.sha256}\n  actual   ${actual}\n` +
          `The file is not the pinned version. Replace it with ${entry.url}` +
          (origin === 'env' ? `, or unset ${manifest.env_dir}.` : '.'),
      );
    }
    return { entry, path, origin, bytes };
  }

  const cacheDir = resolve(root, manifest.cache_dir);
  const cachePath = resolve(cacheDir, entry.file);
  if (existsSync(cachePath)) {
    const bytes = readFileSync(cachePath);
    if (sha256(bytes) === entry.sha256) return { entry, path: cachePath, origin: 'cache', bytes };
    tried.push(`${cachePath} (cached copy with a wrong sha256, downloading again)`);
  }

  options.log?.(`Downloading ${entry.file} from ${entry.url}`);
  let bytes: Buffer;
  try {
    const res = await fetchFn(entry.url, { signal: AbortSignal.timeout(60_000) });
    if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
    bytes = Buffer.from(await res.arrayBuffer());
  } catch (err) {
    throw new SourceError(
      `${entry.file}: not found locally and the download failed (${(err as Error).message}).\n` +
        `  Looked in: ${tried.join('; ')}\n` +
        `  Fix: set ${manifest.env_dir} to a directory holding ${entry.file} (sha256 ${entry.sha256}),\n` +
        `  or check the network connection and that ${entry.url} is reachable.`,
    );
  }
  const actual = sha256(bytes);
  if (actual !== entry.sha256) {
    throw new SourceError(
      `${entry.file}: the download from ${entry.url} has sha256 ${actual}, expected ${entry.sha256}.\n` +
        `  The pinned file changed or the download is damaged; nothing was cached. Set ${manifest.env_dir} ` +
        'to a directory holding the verified file.',
    );
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cachePath, bytes);
  return { entry, path: cachePath, origin: 'download', bytes };
}

/** Locates and parses a dvhcvn province file. */
export async function loadProvince(id: string, options: LocateOptions = {}): Promise<DvhcvnProvince> {
  const located = await locateSource(sourceEntry(id), MANIFEST, options);
  let data: DvhcvnProvince;
  try {
    data = JSON.parse(located.bytes.toString('utf8')) as DvhcvnProvince;
  } catch (err) {
    throw new SourceError(`${located.path}: not valid JSON (${(err as Error).message}).`);
  }
  if (data.level1_id !== id || !Array.isArray(data.level2s)) {
    throw new SourceError(`${located.path}: not a dvhcvn level-1 file for ${id}.`);
  }
  return data;
}
