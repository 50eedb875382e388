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

/**
 * The features of one layer file: FlatGeobuf (through the app's adapter, src/data/fgb.ts) or, for a
 * name ending in .geojson/.json, a GeoJSON FeatureCollection. Features without geometry are kept
 * (the analysis entry check lists them as 'no location'). Throws with the file name on a bad file.
 */
export async function readLayerFile(file: string): Promise<Feature[]> {
  const bytes = new Uint8Array(readFileSync(file));
  if (/\.(geo)?json$/i.test(file)) {
    const fc = JSON.parse(new TextDecoder().decode(bytes)) as { type?: string; features?: unknown };
    if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features))
      throw new Error(`${file}: not a GeoJSON FeatureCollection.`);
    return fc.features as Feature[];
  }
  const { collection } = await readFeatureCollection(bytes, { nullGeometry: 'keep' });
  return collection.features as Feature[];
}

/**
 * The GeoJSON features of each built layer; a missing file leaves its layer out. `files` names a
 * file to read in place of a built layer (the command line's --parks FILE etc.).
 */
export async function readBuiltLayers(
  dir = DEFAULT_BUILD_DIR,
  names: readonly AnalysisLayerName[] = ANALYSIS_LAYERS,
  files: Partial<Record<AnalysisLayerName, string>> = {},
): Promise<Partial<Record<AnalysisLayerName, Feature[]>>> {
  const out: Partial<Record<AnalysisLayerName, Feature[]>> = {};
  for (const name of names) {
    const file = files[name] ?? join(dir, `${name}.fgb`);
    if (!files[name] && !existsSync(file)) continue;
    out[name] = await readLayerFile(file);
  }
  return out;
}

export async function loadBuiltLayers(
  dir = DEFAULT_BUILD_DIR,
  files: Partial<Record<AnalysisLayerName, string>> = {},
): Promise<PackedLayers> {
  return packLayers((await readBuiltLayers(dir, ANALYSIS_LAYERS, files)) as LayerCollections);
}
