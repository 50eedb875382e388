// Connects the stores to the URL hash: read once at start (and on a hand-edited hash), written back
// with replaceState, debounced, whenever the language, the visible layers, their opacities, the view
// or the basemap change.
import type { LayerId } from '../data/schema';
import { LAYER_IDS } from '../data/schema';
import { useLanguage } from './language';
import { useLayers, visibleInOrder } from './layers';
import { useTable } from './table';
import { debouncedHashWriter, parseHash, type UrlState } from './url';
import { useView } from './view';

/** Applies the hash's language, layers and basemap to the stores; returns everything it parsed. */
export function applyHash(hash: string): UrlState {
  const parsed = parseHash(hash);
  if (parsed.lang) useLanguage.getState().setLanguage(parsed.lang);
  if (parsed.layers) useLayers.getState().setVisibleSet(parsed.layers);
  if (parsed.basemap) useView.getState().setOsm(parsed.basemap === 'osm');
  for (const [id, v] of Object.entries(parsed.opacity ?? {}) as [LayerId, number][]) {
    useLayers.getState().setOpacity(id, v);
  }
  if (parsed.table) useTable.getState().open(parsed.table);
  return parsed;
}

/** The layers' opacities other than 1, as the hash keeps them (`op.<layer>`). */
function opacities(
  layers: ReturnType<typeof useLayers.getState>['layers'],
): Partial<Record<LayerId, number>> {
  const out: Partial<Record<LayerId, number>> = {};
  for (const id of LAYER_IDS) if (layers[id].opacity !== 1) out[id] = layers[id].opacity;
  return out;
}

export function currentUrlState(): UrlState {
  const { view, osm } = useView.getState();
  const table = useTable.getState().layer;
  return {
    lang: useLanguage.getState().lang,
    layers: visibleInOrder(useLayers.getState().layers, useLayers.getState().order),
    ...(view ? { zoom: view.zoom, lat: view.center[1], lon: view.center[0] } : {}),
    basemap: osm ? 'osm' : 'offline',
    opacity: opacities(useLayers.getState().layers),
    ...(table ? { table } : {}),
  };
}

/** Starts writing the hash on every change; returns a stop function. */
export function startUrlSync(delay = 300): () => void {
  const writer = debouncedHashWriter(delay);
  const write = () => writer.write(currentUrlState());
  const key = (s: ReturnType<typeof useLayers.getState>) =>
    `${visibleInOrder(s.layers, s.order).join(',')}|${JSON.stringify(opacities(s.layers))}`;
  let lastVisible = key(useLayers.getState());
  const unsubs = [
    useLanguage.subscribe(write),
    useTable.subscribe((s, prev) => {
      if (s.layer !== prev.layer) write();
    }),
    useView.subscribe((s, prev) => {
      if (s.view !== prev.view || s.osm !== prev.osm) write();
    }),
    useLayers.subscribe((s) => {
      const visible = key(s);
      if (visible !== lastVisible) {
        lastVisible = visible;
        write();
      }
    }),
  ];
  return () => {
    writer.cancel();
    for (const u of unsubs) u();
  };
}
