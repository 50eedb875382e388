import { create } from 'zustand';
import type { LoadErrorKind } from '../data/load-error';
import type { Catalog } from '../data/schema';

interface CatalogState {
  catalog: Catalog | null;
  error: string | null;
  errorKind: LoadErrorKind | null;
  set: (catalog: Catalog | null, error: string | null, errorKind?: LoadErrorKind | null) => void;
}

export const useCatalog = create<CatalogState>()((set) => ({
  catalog: null,
  error: null,
  errorKind: null,
  set: (catalog, error, errorKind = null) =>
    set({ catalog, error, errorKind: error ? (errorKind ?? 'format') : null }),
}));

/**
 * A curated layer's title as the pipeline's catalog gives it (the layer panel's, the embed legend's),
 * or undefined before the catalog arrives or for a layer it does not list. The embed builder and the
 * printed/PNG legend use it too, so one layer has one name everywhere.
 */
export function catalogTitle(id: string, lang: 'vi' | 'en'): string | undefined {
  return useCatalog.getState().catalog?.layers.find((l) => l.id === id)?.title?.[lang] || undefined;
}
