// Node-only: reads the built layers (data/build/*.fgb), or files given in their place, into packed
// form. Not imported by the worker. Every file goes through the app's data boundary
// (src/data/boundary), as the viewer's loader does.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, Geometry } from 'geojson';
import { checkFeature, type FeatureProblem, settleProblems } from '../data/boundary';
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
export type LayerFiles = Partial<Record<AnalysisLayerName, string>>;
type Features = Feature<Geometry | null>[];

/** The read's error, with the file it came from in front ("…/parks.fgb: Feature 2 (id x): …"). */
async function named<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof FlatGeobufError) throw new FlatGeobufError(`${file}: ${err.message}`);
    if (err instanceof Error) throw new Error(`${file}: ${err.message}`);
    throw err;
  }
}

/**
 * The features of one layer file: FlatGeobuf (through the app's adapter) or, for a name ending in
 * .geojson/.json, a GeoJSON FeatureCollection; both through the data boundary. With `onProblem`,
 * a feature the boundary finds a problem with (a NaN or missing location, a value kept as text) is
 * kept (geometry null when it has no usable location) and reported; without it the first problem
 * throws, naming the file and the feature. A damaged or unreadable file always throws.
 */
export async function readLayerFile(
  file: string,
  onProblem?: (p: FeatureProblem) => void,
): Promise<Features> {
  return named(file, async () => {
    const bytes = new Uint8Array(readFileSync(file));
    if (/\.(geo)?json$/i.test(file)) {
      const fc = JSON.parse(new TextDecoder().decode(bytes)) as { type?: string; features?: unknown };
      if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features))
        throw new Error('not a GeoJSON FeatureCollection.');
      const problems: FeatureProblem[] = [];
      const features = (fc.features as Feature[]).map((f, i) => checkFeature(f, i + 1, problems));
      settleProblems(problems, onProblem);
      return features;
    }
    const { collection } = await readFeatureCollection(bytes, { onProblem });
    return collection.features;
  });
}

/**
 * The features of each built layer; a missing built file leaves its layer out. `files` names a
 * file to read in place of a built layer (the command line's --parks FILE etc.). Problems: as
 * `readLayerFile`, with the layer's name.
 */
export async function readBuiltLayers(
  dir = DEFAULT_BUILD_DIR,
  names: readonly AnalysisLayerName[] = ANALYSIS_LAYERS,
  files: LayerFiles = {},
  onProblem?: (layer: AnalysisLayerName, problem: FeatureProblem) => void,
): Promise<Partial<Record<AnalysisLayerName, Features>>> {
  const out: Partial<Record<AnalysisLayerName, Features>> = {};
  for (const name of names) {
    const file = files[name] ?? join(dir, `${name}.fgb`);
    if (!files[name] && !existsSync(file)) continue;
    out[name] = await readLayerFile(file, onProblem && ((p) => onProblem(name, p)));
  }
  return out;
}

/** As `readBuiltLayers` with every problem kept and listed under its layer. */
export async function readBuiltLayersReporting(
  dir = DEFAULT_BUILD_DIR,
  names: readonly AnalysisLayerName[] = ANALYSIS_LAYERS,
  files: LayerFiles = {},
): Promise<{
  layers: Partial<Record<AnalysisLayerName, Features>>;
  problems: Partial<Record<AnalysisLayerName, FeatureProblem[]>>;
}> {
  const problems: Partial<Record<AnalysisLayerName, FeatureProblem[]>> = {};
  for (const name of names) problems[name] = [];
  const layers = await readBuiltLayers(dir, names, files, (layer, p) => problems[layer]!.push(p));
  return { layers, problems };
}

/**
 * The packed layers (features without a usable location are listed by the analysis entry check as
 * 'no location'). Problems: as `readBuiltLayers`.
 */
export async function loadBuiltLayers(
  dir = DEFAULT_BUILD_DIR,
  options: {
    files?: LayerFiles;
    onProblem?: (layer: AnalysisLayerName, problem: FeatureProblem) => void;
  } = {},
): Promise<PackedLayers> {
  const layers = await readBuiltLayers(dir, ANALYSIS_LAYERS, options.files, options.onProblem);
  return packLayers(layers as LayerCollections);
}
