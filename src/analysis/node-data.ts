// Node-only: reads the built layers (data/build/*.fgb) into packed form. Not imported by the worker.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, Geometry } from 'geojson';
import type { FeatureProblem } from '../data/boundary';
import { FlatGeobufError, readFeatureCollection } from '../data/fgb';
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

/** The read's error, with the file it came from in front ("…/parks.fgb: Feature 2 (id x): …"). */
async function named<T>(file: string, read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (err) {
    if (err instanceof FlatGeobufError) throw new FlatGeobufError(`${file}: ${err.message}`);
    throw err;
  }
}

/**
 * The GeoJSON features of each built layer; a missing file leaves its layer out. Throws
 * FlatGeobufError naming the file and the feature for a damaged file or any feature problem.
 */
export async function readBuiltLayers(
  dir = DEFAULT_BUILD_DIR,
  names: readonly AnalysisLayerName[] = ANALYSIS_LAYERS,
): Promise<Partial<Record<AnalysisLayerName, Feature[]>>> {
  const out: Partial<Record<AnalysisLayerName, Feature[]>> = {};
  for (const name of names) {
    const file = join(dir, `${name}.fgb`);
    if (!existsSync(file)) continue;
    const { collection } = await named(file, readFeatureCollection(new Uint8Array(readFileSync(file))));
    out[name] = collection.features;
  }
  return out;
}

/**
 * As `readBuiltLayers`, but a feature the data boundary finds a problem with (a NaN or missing
 * location, a value kept as text) is kept (geometry null when it has no usable location) and its
 * problem listed under its layer, as the viewer's loader does; structural damage still throws.
 */
export async function readBuiltLayersReporting(
  dir = DEFAULT_BUILD_DIR,
  names: readonly AnalysisLayerName[] = ANALYSIS_LAYERS,
): Promise<{
  layers: Partial<Record<AnalysisLayerName, Feature<Geometry | null>[]>>;
  problems: Partial<Record<AnalysisLayerName, FeatureProblem[]>>;
}> {
  const layers: Partial<Record<AnalysisLayerName, Feature<Geometry | null>[]>> = {};
  const problems: Partial<Record<AnalysisLayerName, FeatureProblem[]>> = {};
  for (const name of names) {
    const file = join(dir, `${name}.fgb`);
    if (!existsSync(file)) continue;
    const list: FeatureProblem[] = [];
    const { collection } = await named(
      file,
      readFeatureCollection(new Uint8Array(readFileSync(file)), { onProblem: (p) => list.push(p) }),
    );
    layers[name] = collection.features;
    problems[name] = list;
  }
  return { layers, problems };
}

/**
 * The packed layers. With `onProblem`, features with problems are kept and reported (see
 * `readBuiltLayersReporting`); without it the first problem throws, naming the feature.
 */
export async function loadBuiltLayers(
  dir = DEFAULT_BUILD_DIR,
  onProblem?: (layer: AnalysisLayerName, problem: FeatureProblem) => void,
): Promise<PackedLayers> {
  if (!onProblem) return packLayers((await readBuiltLayers(dir)) as LayerCollections);
  const { layers, problems } = await readBuiltLayersReporting(dir);
  for (const name of ANALYSIS_LAYERS) for (const p of problems[name] ?? []) onProblem(name, p);
  return packLayers(layers as LayerCollections);
}
