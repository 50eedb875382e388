// Annotations as a GeoJSON FeatureCollection (RFC 7946, WGS 84): the way out when they are too big
// for a link, and back in. Properties: `title`, `note` (plain text) and `color` ('#rrggbb' of the
// palette). Reading checks every feature as a link's are checked (validAnnotation).
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { ANNOTATION_COLORS, type Annotation, validAnnotation } from './annotation-code';

export function annotationsToGeoJson(list: readonly Annotation[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: list.map((a): Feature => {
      const ring = [...a.coords, a.coords[0]!];
      const geometry: Geometry =
        a.kind === 'point'
          ? { type: 'Point', coordinates: a.coords[0]! }
          : a.kind === 'line'
            ? { type: 'LineString', coordinates: a.coords }
            : { type: 'Polygon', coordinates: [ring] };
      return {
        type: 'Feature',
        geometry,
        properties: { title: a.title, note: a.note, color: ANNOTATION_COLORS[a.color] },
      };
    }),
  };
}

export type AnnotationReadError = 'json' | 'not_collection' | 'bad_feature';

/**
 * The annotations of a GeoJSON text: `{ list }`, or `{ error, index }` naming the first feature
 * (0-based) that is not a point, line or single-ring area with valid text and coordinates.
 */
export function annotationsFromGeoJson(
  text: string,
): { list: Annotation[] } | { error: AnnotationReadError; index?: number } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'json' };
  }
  const fc = value as Partial<FeatureCollection> | null;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) return { error: 'not_collection' };
  const list: Annotation[] = [];
  for (const [index, f] of fc.features.entries()) {
    const a = annotationOf(f);
    if (!a) return { error: 'bad_feature', index };
    list.push(a);
  }
  return { list };
}

function annotationOf(f: Feature | null | undefined): Annotation | null {
  const g = f?.geometry;
  const p = (f?.properties ?? {}) as Record<string, unknown>;
  const title = typeof p.title === 'string' ? p.title : '';
  const note = typeof p.note === 'string' ? p.note : '';
  const color = Math.max(0, ANNOTATION_COLORS.indexOf(p.color as (typeof ANNOTATION_COLORS)[number]));
  let a: Annotation | null = null;
  if (g?.type === 'Point')
    a = { kind: 'point', color, title, note, coords: [g.coordinates as [number, number]] };
  else if (g?.type === 'LineString')
    a = { kind: 'line', color, title, note, coords: g.coordinates as [number, number][] };
  else if (g?.type === 'Polygon' && g.coordinates.length === 1 && Array.isArray(g.coordinates[0])) {
    // The closing vertex of the ring is implied in an annotation.
    a = { kind: 'area', color, title, note, coords: (g.coordinates[0] as [number, number][]).slice(0, -1) };
  }
  return a && Array.isArray(a.coords) && validAnnotation(a) ? a : null;
}
