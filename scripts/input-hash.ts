// The input hash: sha256 over every input of the build — the curated files, the pipeline's source
// files (scripts/, tiles/*.ts, the shared schema and FlatGeobuf adapter), the source manifest and the
// pinned sha256 of each boundary file. A change to any of them makes ensure-data rebuild.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { CURATED_DIR, REPO_ROOT, SCRIPTS_DIR, TILES_DIR } from './lib/paths.ts';
import { MANIFEST } from './sources.ts';

function walk(dir: string, keep: (path: string) => boolean, skipDirs: string[] = []): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = resolve(dir, name);
    if (statSync(path).isDirectory()) {
      if (!skipDirs.includes(name)) out.push(...walk(path, keep, skipDirs));
    } else if (keep(path)) {
      out.push(path);
    }
  }
  return out;
}

/** Files whose content is hashed, relative to the repository root, sorted. */
export function inputFiles(root: string = REPO_ROOT): string[] {
  const isSource = (p: string) => /\.(ts|json)$/.test(p) && !/\.test\.ts$/.test(p);
  const files = [
    ...walk(root === REPO_ROOT ? CURATED_DIR : resolve(root, 'data', 'curated'), () => true),
    ...walk(root === REPO_ROOT ? SCRIPTS_DIR : resolve(root, 'scripts'), isSource),
    ...walk(root === REPO_ROOT ? TILES_DIR : resolve(root, 'tiles'), isSource, ['build']),
    resolve(root, 'src', 'data', 'schema.ts'),
    ...walk(resolve(root, 'src', 'data', 'fgb'), isSource),
    ...walk(resolve(root, 'src', 'data', 'boundary'), isSource),
    resolve(root, 'src', 'map', 'native', 'fonts.ts'),
  ];
  return files.map((f) => relative(root, f).split('\\').join('/')).sort();
}

export function computeInputHash(root: string = REPO_ROOT): string {
  const hash = createHash('sha256');
  for (const rel of inputFiles(root)) {
    hash.update(`file ${rel}\n`);
    hash.update(readFileSync(resolve(root, rel)));
    hash.update('\n');
  }
  for (const s of MANIFEST.sources) hash.update(`source ${s.file} ${s.sha256}\n`);
  return hash.digest('hex');
}
