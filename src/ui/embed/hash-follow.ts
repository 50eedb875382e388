// An embed follows its address: the builder's preview (and any parent page) changes the frame's hash
// as options change, and the embed applies it without a reload (layers, legend, title, camera).
// Listening starts in main.tsx before the embed's chunk loads, so a change made while the frame is
// still starting is not lost; a camera that arrives before the map waits for it.
import type { PlanningMap } from '../../map/PlanningMap';
import { applyHash } from '../../state/url-sync';
import type { View } from '../../state/view';

let map: PlanningMap | null = null;
let pending: View | null = null;

/** The embed's map (or null when it goes); a camera the hash gave meanwhile is applied to it. */
export function setEmbedMap(m: PlanningMap | null): void {
  map = m;
  if (m && pending) {
    m.setView(pending);
    pending = null;
  }
}

/** Starts applying every new hash; returns the function that stops it. */
export function followHash(): () => void {
  const onHash = (e: HashChangeEvent) => {
    // The event's URL, not location.hash (the debounced writer may have replaced it already).
    const parsed = applyHash(new URL(e.newURL).hash);
    const { src } = parsed;
    if (src) void import('../import/start').then((m) => m.addLinkedLayers(src));
    if (parsed.zoom === undefined || parsed.lat === undefined || parsed.lon === undefined) return;
    const view: View = { center: [parsed.lon, parsed.lat], zoom: parsed.zoom };
    if (map) map.setView(view);
    else pending = view;
  };
  window.addEventListener('hashchange', onHash);
  return () => window.removeEventListener('hashchange', onHash);
}
