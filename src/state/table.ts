// Which layer's attribute table is open (issue 8 §4), shared by the layer panel's buttons, the
// table panel and the URL key `table`. The table and the analysis panel use the same bottom sheet
// area, so opening one closes the other.
import { create } from 'zustand';
import type { LayerId } from '../data/schema';
import { useAnalysis } from './analysis';

interface TableState {
  /** The layer whose table is open; null when none is. */
  layer: LayerId | null;
  open: (layer: LayerId) => void;
  close: () => void;
}

export const useTable = create<TableState>()((set, get) => ({
  layer: null,
  open: (layer) => {
    if (useAnalysis.getState().open) useAnalysis.getState().setOpen(false);
    if (get().layer !== layer) set({ layer });
  },
  close: () => {
    if (get().layer !== null) set({ layer: null });
  },
}));

// The analysis panel opening (by its own toggle or a link) closes the table.
useAnalysis.subscribe((s, prev) => {
  if (s.open && !prev.open) useTable.getState().close();
});
