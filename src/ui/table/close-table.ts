// How an attribute table sheet closes, shared by the small layers' table and the large layers'
// (BigTable): the focus goes back to the layer row's table button, and Escape closes the sheet
// unless something inside is open. App clears the selection (and the chooser) first, so one
// Escape closes the innermost thing, as in the analysis panel.
import type { KeyboardEvent } from 'react';
import { useSelection } from '../../state/selection';
import { useTable } from '../../state/table';

/** `closeAndReturn` (the × button) and `onKey` (the sheet's keydown) for the table of `layer`. */
export function useTableClose(layer: string): {
  closeAndReturn: () => void;
  onKey: (e: KeyboardEvent<HTMLElement>) => void;
} {
  const close = useTable((s) => s.close);
  const closeAndReturn = () => {
    close();
    requestAnimationFrame(() =>
      document.querySelector<HTMLButtonElement>(`button[data-table-open="${layer}"]`)?.focus(),
    );
  };
  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    const s = useSelection.getState();
    if (e.key !== 'Escape' || e.defaultPrevented || s.selected || s.choices) return;
    e.preventDefault();
    closeAndReturn();
  };
  return { closeAndReturn, onKey };
}
