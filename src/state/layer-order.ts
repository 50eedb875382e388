// Draw order (bottom first) as a link restores it: `layers=` lists exactly the visible layers in
// draw order, so the listed ones take, in the listed order, the places the listed ones held in the
// current order; hidden layers stay where they were. A pure function, tested on its own.
import type { LayerId } from '../data/schema';

/**
 * `order` with the layers of `listed` (those it holds) rearranged into the listed order; ids of
 * `listed` that `order` lacks are ignored, and `order` keeps its length and its other layers' places.
 */
export function restoreOrder(order: readonly LayerId[], listed: readonly LayerId[]): LayerId[] {
  const wanted = listed.filter((id, i) => order.includes(id) && listed.indexOf(id) === i);
  const queue = [...wanted];
  return order.map((id) => (wanted.includes(id) ? queue.shift()! : id));
}

/** `order` with `id` moved by `delta` places (+1: one up, drawn over its neighbour); clamped. */
export function moveBy(order: readonly LayerId[], id: LayerId, delta: number): LayerId[] {
  const from = order.indexOf(id);
  if (from < 0) return [...order];
  const out = order.filter((x) => x !== id);
  out.splice(Math.max(0, Math.min(out.length, from + delta)), 0, id);
  return out;
}
