// GPX (tracks, routes, waypoints) with @tmcw/togeojson over an xmldom document.
import { gpx } from '@tmcw/togeojson';
import type { RawRead } from '../types';
import type { ReadContext } from './context';
import { parseXml } from './xml';

export async function read(bytes: Uint8Array, ctx: ReadContext): Promise<RawRead> {
  const doc = parseXml(bytes, ctx);
  const { features } = gpx(doc as Parameters<typeof gpx>[0]);
  ctx.progress(features.length);
  return { features, warnings: [], geographic: true };
}
