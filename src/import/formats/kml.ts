// KML with @tmcw/togeojson over an xmldom document. togeojson reads a Point's first tuple only, so
// the `0,0,0` second tuple CAD exports add to label points never becomes a feature at 0°, 0°.
// It leaves out shapes that cannot be drawn (a LineString of one position, as CAD writes for
// zero-length strokes; a ring of fewer than 4): we count them so the user is told, not left guessing.
import { kml } from '@tmcw/togeojson';
import type { Geometry } from 'geojson';
import type { RawRead } from '../types';
import type { ReadContext } from './context';
import { parseXml } from './xml';

const SHAPES = ['Point', 'LineString', 'Polygon'] as const;

/** Points, lines and polygons in a geometry (Multi* and collections counted by their parts). */
export function countShapes(g: Geometry | null | undefined): number {
  if (!g) return 0;
  switch (g.type) {
    case 'GeometryCollection':
      return g.geometries.reduce((n, part) => n + countShapes(part), 0);
    case 'MultiPoint':
    case 'MultiLineString':
    case 'MultiPolygon':
      return g.coordinates.length;
    default:
      return 1;
  }
}

export async function read(bytes: Uint8Array, ctx: ReadContext): Promise<RawRead> {
  const doc = parseXml(bytes, ctx);
  const { features } = kml(doc as Parameters<typeof kml>[0]);
  ctx.progress(features.length);
  const placemarkShapes = [...doc.getElementsByTagName('Placemark')].reduce(
    (n, pm) => n + SHAPES.reduce((m, tag) => m + pm.getElementsByTagName(tag).length, 0),
    0,
  );
  const read = features.reduce((n, f) => n + countShapes(f.geometry), 0);
  const warnings: RawRead['warnings'] =
    placemarkShapes > read
      ? [{ key: 'import.warn.droppedParts', params: { file: ctx.fileName, count: placemarkShapes - read } }]
      : [];
  return { features, warnings, geographic: true };
}
