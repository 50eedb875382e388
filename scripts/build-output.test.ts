// Checks the published build (data/build/, tiles/build/) against the schema contract. Skipped when
// no build exists; `npm test` runs `npm run data:ensure` first, so it normally runs.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFeatureCollection } from '../src/data/fgb/index.ts';
import { type Catalog, LAYER_IDS } from '../src/data/schema.ts';
import { BUILD_DIR, TILES_BUILD_DIR } from './lib/paths.ts';
import { validateGeometry } from './validate/geometry.ts';
import { validateProperties } from './validate/properties.ts';
import { regionFor } from './validate/types.ts';

const catalogPath = resolve(BUILD_DIR, 'catalog.json');
const catalog: Catalog | null = existsSync(catalogPath)
  ? JSON.parse(readFileSync(catalogPath, 'utf8'))
  : null;

describe.skipIf(!catalog)('published build', () => {
  it('lists every layer once', () => {
    expect(catalog!.version).toBe(1);
    expect(catalog!.layers.map((l) => l.id).sort()).toEqual([...LAYER_IDS].sort());
    expect(catalog!.input_hash).toMatch(/^[0-9a-f]{64}$/);
  });
  it.each([...LAYER_IDS])('%s.fgb matches its catalog entry and the schema', async (id) => {
    const entry = catalog!.layers.find((l) => l.id === id)!;
    const bytes = new Uint8Array(readFileSync(resolve(BUILD_DIR, entry.file)));
    const { header, collection } = await readFeatureCollection(bytes);
    expect(header!.geometryType).toBe(entry.geometry_type);
    expect(collection.features.length).toBe(entry.feature_count);
    expect(validateProperties(id, collection.features)).toEqual([]);
    for (const f of collection.features) {
      const fid = String(f.properties?.id);
      expect(validateGeometry(id, fid, f.geometry, regionFor(id, f.properties))).toEqual([]);
    }
  });
  it('has a basemap style whose sources and glyphs are relative and present, without symbols', () => {
    const style = JSON.parse(readFileSync(resolve(TILES_BUILD_DIR, 'style.json'), 'utf8'));
    expect(style.version).toBe(8);
    expect(style.glyphs).toBe('fonts/{fontstack}/{range}.pbf');
    for (const stack of ['NotoSans-Regular', 'NotoSans-Bold']) {
      for (const range of ['0-255', '256-511', '7680-7935', '8192-8447']) {
        expect(
          existsSync(resolve(TILES_BUILD_DIR, 'fonts', stack, `${range}.pbf`)),
          `${stack}/${range}`,
        ).toBe(true);
      }
    }
    expect(style.layers.filter((l: { type: string }) => l.type === 'symbol')).toEqual([]);
    for (const s of Object.values(style.sources) as { data: string }[]) {
      expect(s.data).not.toMatch(/^(\/|[a-z]+:)/);
      expect(existsSync(resolve(TILES_BUILD_DIR, s.data))).toBe(true);
    }
    const labels = JSON.parse(readFileSync(resolve(TILES_BUILD_DIR, 'labels.geojson'), 'utf8'));
    expect(labels.features).toHaveLength(5 + 9);
  });
});
