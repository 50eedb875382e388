// Starts the imported layers at page load: IndexedDB as their storage, the layers kept from earlier
// visits put back (small and large ones; not in an embed), their settings saved as they change, then
// the link's `src=` URLs that are not already there fetched and added. This module is its own chunk
// (an embed without `src=` never loads it), and the import flow (its worker client and comlink)
// loads only when a link names a URL to add.

import { useBigLayers } from '../../state/big-layers-store';
import { useLayers } from '../../state/layers';
import { useUserLayers } from '../../state/user-layers-store';

/** Changes the list of link URLs being added (the store's `pendingSrc`). */
const pending = (change: (list: string[]) => string[]) =>
  useUserLayers.setState((s) => ({ pendingSrc: change(s.pendingSrc) }));

/**
 * Puts back the layers kept in this browser (`restore`, the full viewer; an embed shows what its
 * link says, never the visitor's own files), then adds the link's `src=` URLs not already there.
 * The caller (main.tsx) has put `src` into the store's `pendingSrc` already, before this chunk
 * loads, so the address the app writes meanwhile keeps them. The persistence code (IndexedDB,
 * restoring) loads only when restoring.
 */
export async function startUserLayers(
  src: readonly string[],
  { restore = true }: { restore?: boolean } = {},
): Promise<void> {
  try {
    if (restore) await (await import('./restore-kept')).restoreKept();
  } finally {
    // Handed over to addLinkedLayers, which holds again the ones still to add (synchronously).
    pending((list) => list.filter((u) => !src.includes(u)));
  }
  await addLinkedLayers(src);
}

/**
 * Adds the layers a link's `src=` names that are not on the page nor already being added: at page
 * load, and when the hash changes in the same tab (a pasted link). Each URL is kept in the link
 * while it loads (`pendingSrc`), then left to the layer it made (or dropped, if it failed: its
 * failure row says why). The import flow is loaded only when there is something to add.
 */
export async function addLinkedLayers(src: readonly string[]): Promise<void> {
  const { layers, pendingSrc } = useUserLayers.getState();
  const have = new Set(
    [...Object.values(layers), ...Object.values(useBigLayers.getState().layers)].map((l) => l.url),
  );
  // The link's visibility and opacity win over what this browser kept for a layer it names.
  for (const url of src) if (have.has(url)) applySrcSetting(url);
  for (const url of pendingSrc) have.add(url);
  const missing = [...new Set(src)].filter((url) => !have.has(url));
  if (missing.length === 0) return;
  pending((list) => [...list, ...missing]);
  const { importUrl } = await import('./url-import');
  for (const url of missing) {
    try {
      await importUrl(url);
      applySrcSetting(url);
    } finally {
      pending((list) => list.filter((u) => u !== url));
    }
  }
}

/**
 * Gives the layer added from `url` the visibility and opacity the link said (`srcSettings`, set by
 * applyHash), if it is on the page and the link said anything of it.
 */
function applySrcSetting(url: string): void {
  const setting = useUserLayers.getState().srcSettings[url];
  const layer = [
    ...Object.values(useUserLayers.getState().layers),
    ...Object.values(useBigLayers.getState().layers),
  ].find((l) => l.url === url);
  if (!setting || !layer) return;
  const layers = useLayers.getState();
  layers.setVisible(layer.id, setting.visible);
  layers.setOpacity(layer.id, setting.opacity);
}
