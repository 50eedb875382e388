import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Catalog } from '../../src/data/schema.ts';

/** Why a rebuild is needed, or null when the build is current. */
export function staleReason(buildDir: string, tilesDir: string, inputHash: string): string | null {
  const catalogPath = resolve(buildDir, 'catalog.json');
  if (!existsSync(catalogPath)) return 'data/build/catalog.json is missing';
  if (!existsSync(resolve(tilesDir, 'style.json'))) return 'tiles/build/style.json is missing';
  if (!existsSync(resolve(tilesDir, 'fonts', 'NotoSans-Bold', '7680-7935.pbf'))) {
    return 'tiles/build/fonts/ (label glyphs) is missing';
  }
  let catalog: Catalog;
  try {
    catalog = JSON.parse(readFileSync(catalogPath, 'utf8')) as Catalog;
  } catch {
    return 'data/build/catalog.json is unreadable';
  }
  for (const layer of catalog.layers ?? []) {
    if (!existsSync(resolve(buildDir, layer.file))) return `data/build/${layer.file} is missing`;
  }
  if (catalog.input_hash !== inputHash) return 'the inputs changed since the last build';
  return null;
}
