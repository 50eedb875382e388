// Starts the imported layers at page load: IndexedDB as their storage, the layers kept from earlier
// visits put back (small and large ones; not in an embed), their settings saved as they change, then the link's
// `src=` URLs that are not already there fetched and added. The import flow (its worker client and
// comlink) is loaded only when a link names such a URL, so a page without `src=` (most embeds) does
// not download it.

import { useBigLayers } from '../../state/big-layers-store';
import { useUserLayers } from '../../state/user-layers-store';

/** Changes the list of link URLs being added (the store's `pendingSrc`). */
const pending = (change: (list: string[]) => string[]) =>
  useUserLayers.setState((s) => ({ pendingSrc: change(s.pendingSrc) }));

/**
 * Puts back the layers kept in this browser (`restore`, the full viewer; an embed shows what its
 * link says, never the visitor's own files) and adds the link's `src=` URLs not already there. The
 * persistence code (IndexedDB, restoring) loads only when restoring.
 */
export async function startUserLayers(
  src: readonly string[] = [],
  { restore = true }: { restore?: boolean } = {},
): Promise<void> {
  if (restore) {
    // The link's URLs stay in the address while the kept layers come back first (see below).
    const asked = [...new Set(src)];
    pending((list) => [...list, ...asked]);
    try {
      await restoreKept();
    } finally {
      pending((list) => list.filter((u) => !asked.includes(u)));
    }
  }
  await addLinkedLayers(src);
}

/** Puts back the small and large layers kept in this browser, in the order they were imported. */
async function restoreKept(): Promise<void> {
  const [ops, big, { IdbUserLayerStore }] = await Promise.all([
    import('../../state/user-layers'),
    import('../../state/big-layers'),
    import('../../userlayers/persist'),
  ]);
  if (typeof indexedDB !== 'undefined') ops.setUserLayerStorage(new IdbUserLayerStore());
  await ops.restoreUserLayers();
  await big.restoreBigLayers();
  // Small then large were each added on top: back to the order they were imported in.
  big.orderRestoredLayers();
  ops.saveUserLayerSettings();
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
  for (const url of pendingSrc) have.add(url);
  const missing = [...new Set(src)].filter((url) => !have.has(url));
  if (missing.length === 0) return;
  pending((list) => [...list, ...missing]);
  const { importUrl } = await import('./url-import');
  for (const url of missing) {
    try {
      await importUrl(url);
    } finally {
      pending((list) => list.filter((u) => u !== url));
    }
  }
}
