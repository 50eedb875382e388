// Which layers from a URL are read by the viewport (issue 10 §2) and from which zoom. Everything
// else is fetched whole and imported as a dropped file is (src/ui/import/url-import.ts).
import { BIG_LAYER_FEATURES } from '../data/binary/types';
import type { ImportClient } from '../import/client';
import type { UrlProbe } from '../import/rect-read';

/** Most features a view may hold before the source asks the user to zoom in instead of reading. */
export const MAX_VIEW_FEATURES = 50_000;
/** The view the minimum zoom is worked out for (CSS px; a laptop's map area). */
const REFERENCE_VIEW = { w: 1280, h: 800 };

/**
 * How a URL's layer is read. 'whole' with `kept`: the probe found a server that ignores Range, so
 * its answer was the whole file, which the worker kept (ImportClient.keptFile): import that copy.
 */
export type UrlReading =
  | { mode: 'whole'; kept?: true }
  | { mode: 'viewport'; probe: UrlProbe; minZoom: number }
  /** The probe's answer says the file is not there (HTTP 404 or 410): not asked for again. */
  | { mode: 'missing'; status: number };

/** Statuses that hold for a whole-file request as for the probe's range request. */
const MISSING = new Set([404, 410]);

/** True for a URL whose path ends in `.fgb` (the only format with an index to read by range). */
export function looksLikeFlatGeobuf(url: string): boolean {
  try {
    return /\.fgb$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

const WGS84 = new Set(['EPSG:4326', 'OGC:CRS84', 'OGC:84']);

/**
 * True when the probed file is read by viewport: a spatial index, at least BIG_LAYER_FEATURES
 * features, and lon/lat coordinates (a WGS 84 CRS, or none named and an envelope within ±180/±90),
 * since the view's box is in lon/lat and a ranged read does not reproject. Whether the server
 * honours Range does not matter here: the source falls back to one whole read (viewport-source.ts).
 */
export function readsByViewport(probe: UrlProbe): boolean {
  if (!probe.hasIndex || (probe.featureCount ?? 0) < BIG_LAYER_FEATURES || !probe.bbox) return false;
  if (probe.crs !== null) return WGS84.has(probe.crs.toUpperCase());
  const [x0, y0, x1, y1] = probe.bbox;
  return x0 >= -180 && x1 <= 180 && y0 >= -90 && y1 <= 90;
}

/**
 * The lowest zoom at which a 1280 × 800 px Web Mercator view over the layer is expected to hold at
 * most MAX_VIEW_FEATURES features, assuming they are spread evenly over the envelope (a clustered
 * layer holds more where it is dense; the bound then errs on the generous side there). 0–22.
 */
export function minZoomFor(probe: Pick<UrlProbe, 'featureCount' | 'bbox'>): number {
  const count = probe.featureCount ?? 0;
  if (!probe.bbox || count <= MAX_VIEW_FEATURES) return 0;
  const [x0, y0, x1, y1] = probe.bbox;
  const cosLat = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  const area = Math.max((x1 - x0) * (y1 - y0), 1e-12);
  for (let z = 0; z < 22; z++) {
    const degPerPx = 360 / 256 / 2 ** z;
    const view = REFERENCE_VIEW.w * degPerPx * REFERENCE_VIEW.h * degPerPx * cosLat;
    if ((count * Math.min(view, area)) / area <= MAX_VIEW_FEATURES) return z;
  }
  return 22;
}

/**
 * Decides how the layer at `url` is read: only `.fgb` URLs are probed (one or two small range
 * requests; a failed probe means "import whole", whose own errors then name the problem). The
 * header probed is kept in `probe.header` for the view reads (ViewportSourceOptions.header), so
 * the file's header is fetched once per layer.
 */
export async function chooseUrlReading(
  url: string,
  client: Pick<ImportClient, 'probe'>,
  signal?: AbortSignal,
): Promise<UrlReading> {
  if (!looksLikeFlatGeobuf(url)) return { mode: 'whole' };
  const outcome = await client.probe(url, signal ? { signal } : {});
  if (!outcome.ok) {
    // Any other failure is left to the whole download (a server may refuse a range, or CORS its
    // preflight, yet send the file), whose own errors then name the problem.
    const { status } = outcome.error;
    return status && MISSING.has(status) ? { mode: 'missing', status } : { mode: 'whole' };
  }
  if (!readsByViewport(outcome.probe))
    return outcome.probe.rangeSupported ? { mode: 'whole' } : { mode: 'whole', kept: true };
  return { mode: 'viewport', probe: outcome.probe, minZoom: minZoomFor(outcome.probe) };
}
