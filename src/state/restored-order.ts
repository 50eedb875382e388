// The draw order of the imported layers put back after a reload. Small and large layers are restored
// by two loaders, one after the other, each adding its layers on top: every large layer ended above
// every small one (a newcomer's 25,000 dots over the layer imported after them). Their import
// numbers (`n`, never reused) give the order they were added in, which is the order they had unless
// the user moved them (moves of imported layers are not kept across a reload).

import type { LayerId } from '../data/schema';
import { useBigLayers } from './big-layers-store';
import { useLayers } from './layers';
import { useUserLayers } from './user-layers-store';

/**
 * `order` (bottom first) with the imported layers, in the places they hold, sorted by import number
 * (lowest at the bottom); curated layers keep their places. `numberOf` gives an imported layer's
 * number, undefined for any other layer.
 */
export function byImportNumber(
  order: readonly LayerId[],
  numberOf: (id: LayerId) => number | undefined,
): LayerId[] {
  const slots = order.flatMap((id, i) => (numberOf(id) === undefined ? [] : [i]));
  const sorted = slots.map((i) => order[i]!).sort((a, b) => numberOf(a)! - numberOf(b)!);
  const out = [...order];
  slots.forEach((slot, k) => {
    out[slot] = sorted[k]!;
  });
  return out;
}

/** Puts the restored imported layers (small and large) back in their import order. */
export function orderRestoredLayers(): void {
  const numberOf = (id: LayerId) =>
    useUserLayers.getState().layers[id]?.n ?? useBigLayers.getState().layers[id]?.n;
  const { order } = useLayers.getState();
  const next = byImportNumber(order, numberOf);
  if (next.some((id, i) => id !== order[i])) useLayers.setState({ order: next });
}
