// The optional online OpenStreetMap raster over the offline basemap, and what happens without a
// network. Adding a raster source blindly while offline makes MapLibre request every tile in view,
// log an error for each and try again on every move (144 console errors in 4 s); instead one tile
// is probed first, the source is added only when the probe gets through, and after a failure (of
// the probe or of a tile once on) the source is removed and the probe retried with a growing
// delay. The choice itself (osm on) is kept: the app says the basemap is unreachable, once.
import type { ErrorEvent, Map as MapLibreMap } from 'maplibre-gl';

/** off: not asked for; loading: probing; on: tiles drawn; offline: unreachable, retrying later. */
export type OsmStatus = 'off' | 'loading' | 'on' | 'offline';

export const OSM_SOURCE = 'osm-raster';
const OSM_LAYER = 'osm-raster';
const TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
/** Delays between retries, in ms; the last one repeats. */
export const OSM_RETRY_DELAYS = [15_000, 30_000, 60_000, 120_000, 300_000];

interface Options {
  attribution: string;
  /** The layer the raster goes below (the data layers), looked up when it is added. */
  beforeId: () => string | undefined;
  onStatus: (status: OsmStatus) => void;
}

/** The URL of the tile holding `lngLat` at zoom `z` (Web Mercator tiling, as OSM serves it). */
export function osmTileUrl([lng, lat]: [number, number], z: number): string {
  const n = 2 ** z;
  const x = Math.min(n - 1, Math.max(0, Math.floor(((lng + 180) / 360) * n)));
  const rad = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  const y = Math.min(
    n - 1,
    Math.max(0, Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n)),
  );
  return TILE_URL.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));
}

export class OsmBasemap {
  private wanted = false;
  private ready = false;
  private status: OsmStatus = 'off';
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private probe: AbortController | null = null;
  private readonly abort = new AbortController();

  constructor(
    private readonly map: MapLibreMap,
    private readonly options: Options,
  ) {
    map.on('error', this.onError);
    // The browser knows when the network comes back: retry at once instead of waiting.
    globalThis.addEventListener?.('online', () => this.wanted && this.status === 'offline' && this.start(), {
      signal: this.abort.signal,
    });
  }

  /** Turns the online basemap on or off; `styleReady` says the map can take sources yet. */
  set(on: boolean, styleReady: boolean): void {
    this.wanted = on;
    this.ready = styleReady;
    if (!on) {
      this.stop();
      this.failures = 0;
      this.setStatus('off');
    } else if (this.ready && this.status === 'off') this.start();
  }

  dispose(): void {
    this.stop();
    this.abort.abort();
    this.map.off('error', this.onError);
  }

  private start(): void {
    this.stop();
    this.setStatus('loading');
    if (globalThis.navigator?.onLine === false) {
      this.fail();
      return;
    }
    const probe = new AbortController();
    this.probe = probe;
    const c = this.map.getCenter();
    const url = osmTileUrl([c.lng, c.lat], Math.max(0, Math.min(19, Math.round(this.map.getZoom()))));
    // no-cors: only "did the network answer" matters; the tile is cached for the map afterwards.
    fetch(url, { mode: 'no-cors', signal: probe.signal }).then(
      () => {
        if (probe.signal.aborted || !this.wanted) return;
        this.probe = null;
        this.addRaster();
        this.setStatus('on');
      },
      () => {
        if (probe.signal.aborted || !this.wanted) return;
        this.probe = null;
        this.fail();
      },
    );
  }

  private fail(): void {
    this.removeRaster();
    const delay = OSM_RETRY_DELAYS[Math.min(this.failures, OSM_RETRY_DELAYS.length - 1)]!;
    this.failures++;
    this.setStatus('offline');
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.wanted) this.start();
    }, delay);
  }

  private stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.probe?.abort();
    this.probe = null;
    this.removeRaster();
  }

  // A listener on 'error' replaces MapLibre's console.error for every error, so errors that are not
  // the online tiles' are logged as before.
  private readonly onError = (e: ErrorEvent & { sourceId?: string }) => {
    if (e.sourceId !== OSM_SOURCE) {
      console.error(e.error);
      return;
    }
    if (this.status === 'on') this.fail();
  };

  private addRaster(): void {
    const map = this.map;
    if (!map.getSource(OSM_SOURCE)) {
      map.addSource(OSM_SOURCE, {
        type: 'raster',
        tiles: [TILE_URL],
        tileSize: 256,
        maxzoom: 19,
        attribution: this.options.attribution,
      });
    }
    if (!map.getLayer(OSM_LAYER)) {
      map.addLayer(
        { id: OSM_LAYER, type: 'raster', source: OSM_SOURCE, paint: { 'raster-opacity': 0.9 } },
        this.options.beforeId(),
      );
    }
  }

  private removeRaster(): void {
    const map = this.map;
    if (map.getLayer(OSM_LAYER)) map.removeLayer(OSM_LAYER);
    if (map.getSource(OSM_SOURCE)) map.removeSource(OSM_SOURCE);
  }

  private setStatus(status: OsmStatus): void {
    if (status === this.status) return;
    this.status = status;
    this.options.onStatus(status);
  }
}
