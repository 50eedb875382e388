// KML with @tmcw/togeojson over an xmldom document. togeojson reads a Point's first tuple only, so
// the `0,0,0` second tuple CAD exports add to label points never becomes a feature at 0°, 0°.
import { kml } from '@tmcw/togeojson';
import type { RawRead } from '../types';
import type { ReadContext } from './context';
import { parseXml } from './xml';

export async function read(bytes: Uint8Array, ctx: ReadContext): Promise<RawRead> {
  const doc = parseXml(bytes, ctx);
  const { features } = kml(doc as Parameters<typeof kml>[0]);
  ctx.progress(features.length);
  return { features, warnings: [], geographic: true };
}
