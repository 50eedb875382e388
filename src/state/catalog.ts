import { create } from 'zustand';
import type { Catalog } from '../data/schema';

interface CatalogState {
  catalog: Catalog | null;
  error: string | null;
  set: (catalog: Catalog | null, error: string | null) => void;
}

export const useCatalog = create<CatalogState>()((set) => ({
  catalog: null,
  error: null,
  set: (catalog, error) => set({ catalog, error }),
}));
