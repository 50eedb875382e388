// KMZ: a zip holding a KML. The main document is doc.kml when present, else the first .kml at the
// shallowest level (CAD exports name it after the drawing, with spaces: "da nang.kml").
import type { RawRead } from '../types';
import { fail, type ReadContext } from './context';
import { read as readKml } from './kml';
import { unzip } from './shapefile';

export async function read(bytes: Uint8Array, ctx: ReadContext): Promise<RawRead> {
  const kmls = Object.entries(unzip(bytes, ctx))
    .filter(([name]) => /\.kml$/i.test(name) && !name.includes('__MACOSX/'))
    .sort(([a], [b]) => a.split('/').length - b.split('/').length);
  const main = kmls.find(([name]) => /(^|\/)doc\.kml$/i.test(name)) ?? kmls[0];
  if (!main) throw fail(ctx, 'import.error.kmzNoKml', 'no .kml in the KMZ');
  return readKml(main[1], ctx);
}
