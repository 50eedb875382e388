// Loads one layer file: fetch, then stream its features through the FlatGeobuf adapter (and so
// the data boundary), reporting how many have arrived. Every failure comes back as a LayerLoadError
// with a message for the user; features the boundary kept with a problem come back with it.
import type { Feature, Geometry } from 'geojson';
import type { FeatureProblem } from './boundary';
// The reader itself, not the adapter's index: the index also re-exports the HTTP reader, which would
// bring the package's HTTP client (and its Repeater) into every first paint.
import { readFeatures } from './fgb/reader';
import { FlatGeobufError } from './fgb/types';
import { isHtmlPage, LoadError } from './load-error';

export class LayerLoadError extends LoadError {
  override name = 'LayerLoadError';
}

/** A feature of a loaded layer: `geometry` is null when the boundary found no usable location. */
export type LayerFeature = Feature<Geometry | null>;

/**
 * What `loadLayer` returns: every feature of the file in file order (none dropped), and the
 * problems of those kept with a null geometry or an attribute kept in another form (see
 * src/data/boundary; `ordinal` is the feature's 1-based position in `features`).
 */
export interface LoadedLayer {
  features: LayerFeature[];
  problems: FeatureProblem[];
}

export interface LoadLayerOptions {
  signal?: AbortSignal;
  /** Called with the running count of features read; at most every `progressEvery` features. */
  onProgress?: (count: number) => void;
  progressEvery?: number;
  /** Injected for tests; defaults to the global fetch. */
  fetchImpl?: typeof fetch;
}

const locatedCache = new WeakMap<LayerFeature[], Feature[]>();

/**
 * The features that have a location, for drawing (deck.gl would skip a null geometry anyway; this
 * makes the type say so). The same array in gives the same array out, so memoised inputs stay equal.
 */
export function located(features: LayerFeature[]): Feature[] {
  let out = locatedCache.get(features);
  if (!out) {
    out = features.filter((f): f is Feature => f.geometry !== null);
    locatedCache.set(features, out);
  }
  return out;
}

export async function loadLayer(url: URL | string, options: LoadLayerOptions = {}): Promise<LoadedLayer> {
  const { signal, onProgress, progressEvery = 25, fetchImpl = fetch } = options;
  let response: Response;
  try {
    response = await fetchImpl(url, { signal });
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    throw new LayerLoadError('network', `Network error: ${(err as Error).message}`);
  }
  if (!response.ok) throw new LayerLoadError('http', `HTTP ${response.status} for ${String(url)}`);
  if (isHtmlPage(response))
    throw new LayerLoadError('http', `${String(url)} answered with an HTML page, not the layer's file.`);
  if (!response.body) throw new LayerLoadError('format', `Empty response for ${String(url)}`);
  const features: LayerFeature[] = [];
  const problems: FeatureProblem[] = [];
  try {
    for await (const feature of readFeatures(response.body, {
      signal,
      onProblem: (p) => problems.push(p),
    })) {
      features.push(feature);
      if (features.length % progressEvery === 0) onProgress?.(features.length);
    }
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    if (err instanceof FlatGeobufError) throw new LayerLoadError('format', err.message);
    throw new LayerLoadError('format', (err as Error)?.message ?? String(err));
  }
  onProgress?.(features.length);
  return { features, problems };
}
