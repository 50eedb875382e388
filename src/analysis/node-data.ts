// Node-only: reads the built layers (data/build/*.fgb) into packed form. Not imported by the worker.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature } from 'geojson';
import { readFeatureCollection } from '../data/fgb';
import { type LayerCollections, type PackedLayers, packLayers } from './pack';

export const DEFAULT_BUILD_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'data',
  'build',
);

export const ANALYSIS_LAYERS = ['districts', 'parks', 'corridors', 'places'] as const;
export type AnalysisLayerName = (typeof ANALYSIS_LAYERS)[number];

/** The GeoJSON features of each built layer; a missing file leaves its layer out. */
export async function readBuiltLayers(
  dir = DEFAULT_BUILD_DIR,
  names: readonly AnalysisLayerName[] = ANALYSIS_LAYERS,
): Promise<Partial<Record<AnalysisLayerName, Feature[]>>> {
  const out: Partial<Record<AnalysisLayerName, Feature[]>> = {};
  for (const name of names) {
    const file = join(dir, `${name}.fgb`);
    if (!existsSync(file)) continue;
    const { collection } = await readFeatureCollection(new Uint8Array(readFileSync(file)));
    out[name] = collection.features;
  }
  return out;
}

export async function loadBuiltLayers(dir = DEFAULT_BUILD_DIR): Promise<PackedLayers> {
  return packLayers((await readBuiltLayers(dir)) as LayerCollections);
}
