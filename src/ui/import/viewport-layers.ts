// The large layers read by the viewport (issue 10 §2), wired to the map and the big-layer store: one
// ViewportSource per layer, fed the left map's settled view (the one the link keeps; a comparison's
// maps move together), its chunks replacing the layer's, its notices under the layer's row. A
// source ends with its layer (Remove), so no read outlives what it was for.
import type { BinaryLayerSummary } from '../../data/binary/types';
import type { ImportClient } from '../../import/client';
import { beginViewportLayer, kindOfTypeName, replaceChunks, setBigNotice } from '../../state/big-layers';
import { useBigLayers } from '../../state/big-layers-store';
import { useView, type View } from '../../state/view';
import type { UrlReading } from '../../userlayers/url-reading';
import { ViewportSource } from '../../userlayers/viewport-source';

const sources = new Map<string, ViewportSource>();
let unsubscribe: (() => void) | null = null;

function feed(source: ViewportSource, view: View | null): void {
  if (view?.bounds) source.setView(view.bounds, view.zoom);
}

/** Starts listening to the view and to removals, once (the first viewport layer). */
function listen(): void {
  if (unsubscribe) return;
  const offView = useView.subscribe((s, prev) => {
    if (s.view === prev.view) return;
    for (const source of sources.values()) feed(source, s.view);
  });
  const offRemoved = useBigLayers.subscribe((s) => {
    for (const [id, source] of sources) {
      if (s.layers[id]) continue;
      source.destroy();
      sources.delete(id);
    }
  });
  unsubscribe = () => {
    offView();
    offRemoved();
  };
}

/**
 * Adds the layer at `url` (named `fileName`) read by the viewport, as `reading` (from
 * chooseUrlReading) decided; returns its id. The current view is read at once (after the source's
 * debounce). `client` is the import worker's client, which does the reads.
 */
export function addViewportLayer(
  fileName: string,
  url: string,
  reading: Extract<UrlReading, { mode: 'viewport' }>,
  client: ImportClient,
): string {
  const { probe, minZoom } = reading;
  const summary: BinaryLayerSummary = {
    count: probe.featureCount ?? 0,
    bbox: probe.bbox,
    fields: [],
    geometry: kindOfTypeName(probe.geometryType),
  };
  const id = beginViewportLayer(fileName, url, summary);
  const source = new ViewportSource(
    url,
    client,
    {
      onChunks: (chunks) => replaceChunks(id, chunks),
      onNotice: (notice) => setBigNotice(id, notice),
    },
    // The probe's header: the view reads do not fetch it again.
    {
      name: fileName,
      minZoom,
      featureCount: summary.count,
      header: probe.header,
      rangeSupported: probe.rangeSupported,
    },
  );
  sources.set(id, source);
  listen();
  feed(source, useView.getState().view);
  return id;
}

/** Ends every source (tests; a page being torn down). */
export function stopViewportLayers(): void {
  for (const source of sources.values()) source.destroy();
  sources.clear();
  unsubscribe?.();
  unsubscribe = null;
}
