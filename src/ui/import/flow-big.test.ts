// The import flow with a large file, over the engine's real API through Comlink (as the worker is
// reached): a 25,000-parcel FlatGeobuf becomes a large layer whose chunks arrived one by one (the
// first made the row while the rest were still coming) and whose row counts every parcel; a
// GeoJSON file of the same size takes the engine's convert-after-checks path to the same result.
import { beforeEach, describe, expect, it } from 'vitest';
import { parcels } from '../../data/fgb/test-parcels';
import { writeFeatures } from '../../data/fgb/writer';
import { useBigLayers } from '../../state/big-layers-store';
import { useLayers } from '../../state/layers';
import { useUserLayers } from '../../state/user-layers';
import { importBlob } from './flow';
import { withRealImportEngine } from './test-engine';

withRealImportEngine();

beforeEach(() => {
  useLayers.getState().reset();
  useUserLayers.setState({ layers: {}, failures: [], job: null });
  useBigLayers.setState({ layers: {} });
});

const N = 25_000;
const features = [...parcels(N)];

describe('import flow of a large file', () => {
  it.each([
    ['parcels.fgb', () => new Blob([writeFeatures(features) as Uint8Array<ArrayBuffer>])],
    ['parcels.geojson', () => new Blob([JSON.stringify({ type: 'FeatureCollection', features })])],
  ])(
    '%s becomes a large layer drawn chunk by chunk',
    async (name, blob) => {
      // What the row said each time the chunks changed.
      const seen: { chunks: number; status: string | undefined }[] = [];
      const stop = useBigLayers.subscribe((s) => {
        const l = s.layers['user:1'];
        if (l) seen.push({ chunks: l.chunks.length, status: useLayers.getState().layers['user:1']?.status });
      });
      await importBlob(blob(), name);
      stop();
      expect(useUserLayers.getState().failures).toEqual([]);
      const layer = useBigLayers.getState().layers['user:1']!;
      // 25,000 parcels of 18 positions in chunks ending at 65,000 polygon vertices (3,612 parcels).
      expect(layer.chunks.map((c) => c.count)).toEqual([3612, 3612, 3612, 3612, 3612, 3612, 3328]);
      expect(layer.summary?.count).toBe(N);
      expect(useLayers.getState().layers['user:1']).toMatchObject({
        status: 'ready',
        count: N,
        features: [],
      });
      expect(useUserLayers.getState().layers['user:1']).toBeUndefined();
      expect(seen[0]).toEqual({ chunks: 1, status: 'loading' });
      expect(seen.map((s) => s.chunks)).toContain(3);
    },
    120_000,
  );
});
