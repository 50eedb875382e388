// Starts the imported layers at page load: IndexedDB as their storage, the layers kept from earlier
// visits put back (small and large ones; not in an embed), their settings saved as they change, then the link's
// `src=` URLs that are not already there fetched and added. The import flow (its worker client and
// comlink) is loaded only when a link names such a URL, so a page without `src=` (most embeds) does
// not download it.

import { useBigLayers } from '../../state/big-layers-store';
import { useUserLayers } from '../../state/user-layers-store';

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
  const have = new Set(
    [...Object.values(useUserLayers.getState().layers), ...Object.values(useBigLayers.getState().layers)].map(
      (l) => l.url,
    ),
  );
  const missing = src.filter((url) => !have.has(url));
  if (missing.length === 0) return;
  const { importUrl } = await import('./url-import');
  for (const url of missing) await importUrl(url);
}
