// The selected feature of a link (`sel=parks:vsip_1`): selected at once, so the info panel opens as
// soon as its layer is loaded; when the layer is loaded (or failed) without that id, the selection
// is dropped and `missing` names the key for the link's notice (App adds it to the ignored keys).
import { create } from 'zustand';
import { findFeature, useLayers } from './layers';
import { sameRef, useSelection } from './selection';

interface LinkSelectionState {
  /** The link's id was not in its layer: the notice names `sel`. */
  missing: boolean;
  dismiss: () => void;
}

export const useLinkSelection = create<LinkSelectionState>()((set) => ({
  missing: false,
  dismiss: () => set({ missing: false }),
}));

let stopWatching: (() => void) | null = null;

/** Selects the link's feature and watches its layer until it is known to exist or not. */
export function applyLinkSelection(sel: { layerId: string; featureId: string }): void {
  stopWatching?.();
  const ref = { layerId: sel.layerId, featureId: sel.featureId };
  useLinkSelection.setState({ missing: false });
  useSelection.getState().select(ref);
  const check = () => {
    const entry = useLayers.getState().layers[ref.layerId];
    if (!entry || (entry.status !== 'ready' && entry.status !== 'error')) return;
    stopWatching?.();
    stopWatching = null;
    if (findFeature(useLayers.getState().layers, ref.layerId, ref.featureId)) return;
    // Only the link's own selection is dropped: the user may have picked another feature meanwhile.
    if (sameRef(useSelection.getState().selected, ref)) useSelection.getState().select(null);
    useLinkSelection.setState({ missing: true });
  };
  stopWatching = useLayers.subscribe(check);
  check();
}
