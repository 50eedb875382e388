// Reads the catalog, then every layer it lists, in parallel, into the stores. One layer's failure
// is recorded on that layer alone; a catalog failure marks every layer failed with its message.
import { fetchCatalog } from '../data/catalog';
import { loadErrorKind } from '../data/load-error';
import { loadLayer } from '../data/load-layer';
import { LAYER_IDS, type LayerId } from '../data/schema';
import { useCatalog } from './catalog';
import { useLayers } from './layers';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Starts loading; returns a function that aborts it. `base` is the document's base URL. */
export function loadAll(base: string | URL): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  const store = useLayers.getState();
  const catalogUrl = new URL('data/catalog.json', base);
  void (async () => {
    for (const id of LAYER_IDS) store.begin(id, null);
    let catalog: Awaited<ReturnType<typeof fetchCatalog>>;
    try {
      catalog = await fetchCatalog(catalogUrl, signal);
    } catch (err) {
      if (signal.aborted) return;
      useCatalog.getState().set(null, message(err), loadErrorKind(err));
      for (const id of LAYER_IDS) store.fail(id, message(err), loadErrorKind(err));
      return;
    }
    useCatalog.getState().set(catalog, null);
    const listed = new Set<LayerId>(catalog.layers.map((l) => l.id));
    for (const id of LAYER_IDS) {
      if (!listed.has(id)) store.fail(id, 'not in the catalog', 'missing');
    }
    await Promise.all(
      catalog.layers.map(async (meta) => {
        store.begin(meta.id, meta);
        try {
          const { features, problems } = await loadLayer(new URL(meta.file, catalogUrl), {
            signal,
            onProgress: (n) => {
              if (!signal.aborted) store.progress(meta.id, n);
            },
          });
          if (!signal.aborted) store.done(meta.id, features, problems);
        } catch (err) {
          if (!signal.aborted) store.fail(meta.id, message(err), loadErrorKind(err));
        }
      }),
    );
  })();
  return () => controller.abort();
}
