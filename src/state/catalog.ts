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
