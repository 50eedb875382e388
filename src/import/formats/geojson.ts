// GeoJSON (RFC 7946): a FeatureCollection, a single Feature, a bare geometry or a
// GeometryCollection. Parsed with JSON.parse after a strict UTF-8 decode (the RFC requires UTF-8).
import type { RawRead } from '../types';
import { fail, type ReadContext, utf8Text } from './context';

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

/** The features of one parsed GeoJSON value, or null when it is not GeoJSON. */
export function featuresOf(value: unknown): RawRead['features'] | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const o = value as { type?: unknown; features?: unknown };
  if (o.type === 'FeatureCollection') {
    if (!Array.isArray(o.features)) return null;
    return o.features.map((f) =>
      f !== null && typeof f === 'object' ? f : { geometry: null, properties: null },
    );
  }
  if (o.type === 'Feature') return [o as RawRead['features'][number]];
  if (typeof o.type === 'string' && GEOMETRY_TYPES.has(o.type)) return [{ geometry: o, properties: null }];
  return null;
}

export async function read(bytes: Uint8Array, ctx: ReadContext): Promise<RawRead> {
  const text = utf8Text(bytes, ctx);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw fail(ctx, 'import.error.invalidJson', detail, { detail });
  }
  const features = featuresOf(value);
  if (features === null) throw fail(ctx, 'import.error.notGeoJson', 'not GeoJSON');
  ctx.progress(features.length);
  const out: RawRead = { features, warnings: [], geographic: true };
  // GeoJSON 2008 allowed a `crs` member (QGIS and GDAL still write it for projected layers).
  const crsName = (value as { crs?: { properties?: { name?: unknown } } }).crs?.properties?.name;
  if (typeof crsName === 'string') out.crsName = crsName;
  return out;
}
