// GPX (tracks, routes, waypoints) with @tmcw/togeojson over an xmldom document.
import { gpx } from '@tmcw/togeojson';
import type { RawRead } from '../types';
import type { ReadContext } from './context';
import { parseXml } from './xml';

/**
 * togeojson's own annotations made readable: `_gpxType` ('trk', 'rte': the GPX element; it gives
 * waypoints none, so a point is 'wpt') is the column `gpx_type`, and an empty `coordinateProperties` ({} when the track has no per-point
 * times or readings) is left out. A newcomer met both in "Colour by" ("_gpxType (phân loại)",
 * "coordinateProperties (danh sách hoặc đối tượng)") and could not tell what they were.
 */
function readable(properties: Record<string, unknown> | null, point: boolean): Record<string, unknown> {
  const { _gpxType: given, coordinateProperties: perPoint, ...rest } = properties ?? {};
  const type = given ?? (point ? 'wpt' : undefined);
  const kept =
    perPoint && typeof perPoint === 'object' && Object.keys(perPoint).length > 0
      ? { coordinateProperties: perPoint }
      : {};
  return { ...(type === undefined ? {} : { gpx_type: type }), ...rest, ...kept };
}

export async function read(bytes: Uint8Array, ctx: ReadContext): Promise<RawRead> {
  const doc = parseXml(bytes, ctx);
  const { features } = gpx(doc as Parameters<typeof gpx>[0]);
  ctx.progress(features.length);
  const shown = features.map((f) => ({
    ...f,
    properties: readable(f.properties, f.geometry?.type === 'Point'),
  }));
  return { features: shown, warnings: [], geographic: true };
}
