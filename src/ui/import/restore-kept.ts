// The layers kept in this browser, put back at page load (the full viewer only: an embed shows what
// its link says). A module of its own, loaded only when restoring, so an embed's first download
// does not carry it (issue 11's 550 KB budget).

/** Puts back the small and large layers kept in this browser, in the order they were imported. */
export async function restoreKept(): Promise<void> {
  const [ops, big, filters, { IdbUserLayerStore }] = await Promise.all([
    import('../../state/user-layers'),
    import('../../state/big-layers'),
    import('../../state/user-layer-filters'),
    import('../../userlayers/persist'),
  ]);
  if (typeof indexedDB !== 'undefined') ops.setUserLayerStorage(new IdbUserLayerStore());
  await ops.restoreUserLayers();
  await big.restoreBigLayers();
  // Small then large were each added on top: back to the order they were imported in.
  big.orderRestoredLayers();
  ops.saveUserLayerSettings();
  const store = ops.userLayerStorage();
  if (store) await filters.restoreAndSaveFilters(store);
}
