// The page's "map ready" flag (`document.documentElement.dataset.mapReady`, read by the browser
// tests and the map-ready benchmark): set once EVERY mounted map has drawn its finished layers, so
// a comparison (two maps) is ready only when both are. A map unmounting takes its vote with it.
const maps = new Map<symbol, boolean>();

function update(): void {
  const all = maps.size > 0 && [...maps.values()].every(Boolean);
  if (all) document.documentElement.dataset.mapReady = 'true';
  else delete document.documentElement.dataset.mapReady;
}

/** Registers a mounted map (not ready yet); returns `ready()` and `dispose()` for it. */
export function registerMap(): { ready: () => void; dispose: () => void } {
  const key = Symbol('map');
  maps.set(key, false);
  update();
  return {
    ready: () => {
      if (!maps.has(key)) return;
      maps.set(key, true);
      update();
    },
    dispose: () => {
      maps.delete(key);
      update();
    },
  };
}
