// The analysis worker for imported layers' questions, started on the first one and loaded with the
// curated corridors and district boundaries (again whenever either layer's features change). The
// analysis panel's runner keeps its own client private; a second worker costs one module load.
import type { AnalysisClient } from '../../analysis/client';
import { useLayers } from '../../state/layers';

let client: Promise<AnalysisClient> | null = null;
let loadedFrom: [unknown, unknown] = [null, null];

/**
 * The client, loaded with the corridors (required: null while they are not ready) and the districts
 * when ready (the area question reports `missing_layer` without them).
 */
export async function userAnalysisClient(): Promise<AnalysisClient | null> {
  const { corridors, districts } = useLayers.getState().layers;
  if (corridors.status !== 'ready') return null;
  const districtFeatures = districts.status === 'ready' ? districts.features : null;
  client ??= import('../../analysis/client').then(({ createAnalysisClient }) => createAnalysisClient());
  const c = await client;
  if (loadedFrom[0] !== corridors.features || loadedFrom[1] !== districtFeatures) {
    const { packLayers } = await import('../../analysis/pack');
    await c.load(
      packLayers({
        corridors: corridors.features,
        ...(districtFeatures ? { districts: districtFeatures } : {}),
      }),
    );
    loadedFrom = [corridors.features, districtFeatures];
  }
  return c;
}
