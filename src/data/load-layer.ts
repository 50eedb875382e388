// Loads one layer file: fetch, then stream its features through the FlatGeobuf adapter, reporting
// how many have arrived. Every failure comes back as a LayerLoadError with a message for the user.
import type { Feature } from 'geojson';
import { FlatGeobufError, readFeatures } from './fgb';
import { LoadError } from './load-error';

export class LayerLoadError extends LoadError {
  override name = 'LayerLoadError';
}

export interface LoadLayerOptions {
  signal?: AbortSignal;
  /** Called with the running count of features read; at most every `progressEvery` features. */
  onProgress?: (count: number) => void;
  progressEvery?: number;
  /** Injected for tests; defaults to the global fetch. */
  fetchImpl?: typeof fetch;
}

export async function loadLayer(url: URL | string, options: LoadLayerOptions = {}): Promise<Feature[]> {
  const { signal, onProgress, progressEvery = 25, fetchImpl = fetch } = options;
  let response: Response;
  try {
    response = await fetchImpl(url, { signal });
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    throw new LayerLoadError('network', `Network error: ${(err as Error).message}`);
  }
  if (!response.ok) throw new LayerLoadError('http', `HTTP ${response.status} for ${String(url)}`);
  if (!response.body) throw new LayerLoadError('format', `Empty response for ${String(url)}`);
  const features: Feature[] = [];
  try {
    for await (const feature of readFeatures(response.body, { signal })) {
      features.push(feature);
      if (features.length % progressEvery === 0) onProgress?.(features.length);
    }
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    if (err instanceof FlatGeobufError) throw new LayerLoadError('format', err.message);
    throw new LayerLoadError('format', (err as Error)?.message ?? String(err));
  }
  onProgress?.(features.length);
  return features;
}
