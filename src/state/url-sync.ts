// Connects the stores to the URL hash: read once at start (and on a hand-edited hash), written back
// with replaceState, debounced, whenever the language, the visible layers, the view or the basemap
// change.
import { useLanguage } from './language';
import { useLayers, visibleIds } from './layers';
import { useTable } from './table';
import { debouncedHashWriter, parseHash, type UrlState } from './url';
import { useView } from './view';

/** Applies the hash's language, layers and basemap to the stores; returns everything it parsed. */
export function applyHash(hash: string): UrlState {
  const parsed = parseHash(hash);
  if (parsed.lang) useLanguage.getState().setLanguage(parsed.lang);
  if (parsed.layers) useLayers.getState().setVisibleSet(parsed.layers);
  if (parsed.basemap) useView.getState().setOsm(parsed.basemap === 'osm');
  if (parsed.table) useTable.getState().open(parsed.table);
  return parsed;
}

export function currentUrlState(): UrlState {
  const { view, osm } = useView.getState();
  const table = useTable.getState().layer;
  return {
    lang: useLanguage.getState().lang,
    layers: visibleIds(useLayers.getState().layers),
    ...(view ? { zoom: view.zoom, lat: view.center[1], lon: view.center[0] } : {}),
    basemap: osm ? 'osm' : 'offline',
    ...(table ? { table } : {}),
  };
}

/** Starts writing the hash on every change; returns a stop function. */
export function startUrlSync(delay = 300): () => void {
  const writer = debouncedHashWriter(delay);
  const write = () => writer.write(currentUrlState());
  let lastVisible = visibleIds(useLayers.getState().layers).join(',');
  const unsubs = [
    useLanguage.subscribe(write),
    useTable.subscribe((s, prev) => {
      if (s.layer !== prev.layer) write();
    }),
    useView.subscribe((s, prev) => {
      if (s.view !== prev.view || s.osm !== prev.osm) write();
    }),
    useLayers.subscribe((s) => {
      const visible = visibleIds(s.layers).join(',');
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
