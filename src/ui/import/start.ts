// Starts the imported layers at page load: IndexedDB as their storage, the layers kept from earlier
// visits put back (small and large ones), their settings saved as they change, then the link's `src=` URLs that are not
// already there fetched and added.

import { restoreBigLayers } from '../../state/big-layers';
import {
  restoreUserLayers,
  saveUserLayerSettings,
  setUserLayerStorage,
  useUserLayers,
} from '../../state/user-layers';
import { IdbUserLayerStore } from '../../userlayers/persist';
import { importUrl } from './flow';

export async function startUserLayers(src: readonly string[] = []): Promise<void> {
  if (typeof indexedDB !== 'undefined') setUserLayerStorage(new IdbUserLayerStore());
  await restoreUserLayers();
  await restoreBigLayers();
  saveUserLayerSettings();
  const have = new Set(Object.values(useUserLayers.getState().layers).map((l) => l.url));
  for (const url of src) if (!have.has(url)) await importUrl(url);
}
