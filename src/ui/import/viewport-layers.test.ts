// The wiring of viewport-read layers: a source per layer fed the view store, its chunks replacing
// the layer's in the big-layer store, its notices on the layer, and Remove ending its reads.
import type { Feature, Polygon } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import { featuresToChunks } from '../../data/binary/builder';
import type { ImportClient } from '../../import/client';
import type { Bbox } from '../../import/rect-read';
import { removeBigLayer } from '../../state/big-layers';
import { useBigLayers } from '../../state/big-layers-store';
import { useSelection } from '../../state/selection';
import { useView } from '../../state/view';
import { addViewportLayer, stopViewportLayers } from './viewport-layers';

const square = (x: number, y: number, id: string): Feature<Polygon> => ({
  type: 'Feature',
  properties: { id },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + 0.001, y],
        [x + 0.001, y + 0.001],
        [x, y + 0.001],
        [x, y],
      ],
    ],
  },
});

/**
 * A client whose reads return the squares whose corner lies in the box, and record the boxes and
 * the header each read was handed.
 */
function fakeClient(all: Feature<Polygon>[]) {
  const reads: Bbox[] = [];
  const headers: unknown[] = [];
  const client = {
    readRect: async (
      _url: string,
      bbox: Bbox,
      { onChunk, header }: { onChunk: (c: never) => void; header?: unknown },
    ) => {
      reads.push(bbox);
      headers.push(header);
      const inBox = all.filter((f) => {
        const [x, y] = f.geometry.coordinates[0]![0]!;
        return x! >= bbox[0] && x! <= bbox[2] && y! >= bbox[1] && y! <= bbox[3];
      });
      for (const c of featuresToChunks(inBox)) onChunk(c as never);
      return {
        ok: true as const,
        features: inBox.length,
        problems: 0,
        stats: { requests: 1, bytesFetched: 0, rangeUnsupported: false },
      };
    },
    readWhole: async () => ({ ok: false as const, error: { key: 'x', params: {}, message: '' } }),
  };
  return { client: client as unknown as ImportClient, reads, headers };
}

const probe = {
  featureCount: 30_000,
  hasIndex: true,
  bbox: [106, 11, 107, 12] as Bbox,
  crs: 'EPSG:4326',
  geometryType: 'Polygon',
  rangeSupported: true,
  requests: 1,
  bytesFetched: 100,
  header: {
    geometryType: 6,
    columns: [],
    envelope: null,
    featuresCount: 30_000,
    indexNodeSize: 16,
    crs: null,
    title: null,
    description: null,
    metadata: null,
  },
};
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(() => {
  stopViewportLayers();
  useBigLayers.setState({ layers: {} });
  useView.setState({ view: null });
});

describe('viewport-read layers', () => {
  it('reads the view the map reports, replaces the chunks on a new view and clears a selection in it', async () => {
    const squares = [square(106.1, 11.1, 'a'), square(106.5, 11.5, 'b'), square(106.52, 11.5, 'c')];
    const { client, reads, headers } = fakeClient(squares);
    useView.setState({ view: { center: [106.1, 11.1], zoom: 15, bounds: [106.05, 11.05, 106.2, 11.2] } });
    const id = addViewportLayer(
      'parcels.fgb',
      'https://example.org/parcels.fgb',
      { mode: 'viewport', probe, minZoom: 13 },
      client,
    );
    expect(useBigLayers.getState().layers[id]?.summary?.count).toBe(30_000);
    await wait(300);
    expect(reads).toEqual([[106.05, 11.05, 106.2, 11.2]]);
    expect(useBigLayers.getState().layers[id]?.loaded).toBe(1);

    useSelection.getState().select({ layerId: id, featureId: '0' });
    useView.setState({ view: { center: [106.5, 11.5], zoom: 15, bounds: [106.45, 11.45, 106.6, 11.6] } });
    await wait(300);
    expect(reads).toHaveLength(2);
    expect(useBigLayers.getState().layers[id]?.loaded).toBe(2);
    // Both reads reuse the header the probe read (none fetches it again).
    expect(headers).toEqual([probe.header, probe.header]);
    expect(useSelection.getState().selected).toBeNull();
  });

  it('asks to zoom in below the minimum zoom, and Remove ends the source', async () => {
    const { client, reads } = fakeClient([square(106.1, 11.1, 'a')]);
    useView.setState({ view: { center: [106.5, 11.5], zoom: 9, bounds: [106, 11, 107, 12] } });
    const id = addViewportLayer(
      'parcels.fgb',
      'https://example.org/parcels.fgb',
      { mode: 'viewport', probe, minZoom: 13 },
      client,
    );
    await wait(300);
    expect(reads).toHaveLength(0);
    expect(useBigLayers.getState().layers[id]?.notice?.key).toBe('viewport.notice.zoomIn');
    await removeBigLayer(id);
    useView.setState({ view: { center: [106.1, 11.1], zoom: 15, bounds: [106.05, 11.05, 106.2, 11.2] } });
    await wait(300);
    expect(reads).toHaveLength(0);
  });
});
