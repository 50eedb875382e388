// Starts the imported layers at page load: IndexedDB as their storage, the layers kept from earlier
// visits put back (small and large ones), their settings saved as they change, then the link's
// `src=` URLs that are not already there fetched and added. The import flow (its worker client and
// comlink) is loaded only when a link names such a URL, so a page without `src=` (most embeds) does
// not download it.

import { restoreBigLayers } from '../../state/big-layers';
import { useBigLayers } from '../../state/big-layers-store';
import {
  restoreUserLayers,
  saveUserLayerSettings,
  setUserLayerStorage,
  useUserLayers,
} from '../../state/user-layers';
import { IdbUserLayerStore } from '../../userlayers/persist';

export async function startUserLayers(src: readonly string[] = []): Promise<void> {
  if (typeof indexedDB !== 'undefined') setUserLayerStorage(new IdbUserLayerStore());
  await restoreUserLayers();
  await restoreBigLayers();
  saveUserLayerSettings();
  const have = new Set(
    [...Object.values(useUserLayers.getState().layers), ...Object.values(useBigLayers.getState().layers)].map(
      (l) => l.url,
    ),
  );
  const missing = src.filter((url) => !have.has(url));
  if (missing.length === 0) return;
  const { importUrl } = await import('./flow');
  for (const url of missing) await importUrl(url);
}
