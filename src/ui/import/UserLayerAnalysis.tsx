// The analyses an imported layer offers, by what it holds: the nearest corridor of each point,
// features within X km of a corridor (lines and polygons), polygon area per district. Loaded as its
// own chunk (UserLayerExtras), so a viewer without imported layers never downloads it. A large layer
// (binary chunks) offers the same three, each measured chunk by chunk in the worker.
import type { BinaryChunk } from '../../data/binary/types';
import { GEOMETRY_CODE } from '../../data/binary/types';
import { useBigLayers } from '../../state/big-layers-store';
import { useLayers } from '../../state/layers';
import { BigNearestCorridors } from './BigNearestCorridors';
import { NearestCorridors } from './NearestCorridors';
import { UserDistrictAreas } from './UserDistrictAreas';
import { UserWithin } from './UserWithin';

const LINE_OR_POLYGON = new Set([
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);
const POLYGON = new Set(['Polygon', 'MultiPolygon']);

export function UserLayerAnalysis({ id, title, big = false }: { id: string; title: string; big?: boolean }) {
  const features = useLayers((s) => s.layers[id]?.features);
  const chunks = useBigLayers((s) => s.layers[id]?.chunks);
  if (big) {
    // A large layer: its chunks say which families it holds (no GeoJSON to look at).
    const has = families(chunks ?? []);
    return (
      <>
        {has.points && <BigNearestCorridors id={id} title={title} />}
        {(has.lines || has.polygons) && <UserWithin id={id} title={title} big />}
        {has.polygons && <UserDistrictAreas id={id} title={title} big />}
      </>
    );
  }
  const kinds = new Set((features ?? []).map((f) => f.geometry?.type ?? ''));
  const hasLinesOrPolygons = [...kinds].some((k) => LINE_OR_POLYGON.has(k));
  const hasPolygons = [...kinds].some((k) => POLYGON.has(k));
  return (
    <>
      <NearestCorridors id={id} title={title} />
      {hasLinesOrPolygons && <UserWithin id={id} title={title} />}
      {hasPolygons && <UserDistrictAreas id={id} title={title} />}
    </>
  );
}

/**
 * What a large layer's chunks hold, as the small layer's checks read its features: Point features
 * (the nearest corridor answers those only), lines and polygons. The part arrays' lengths tell lines
 * and polygons at once; points need the per-feature codes (a MultiPoint is not answered).
 */
function families(chunks: readonly BinaryChunk[]) {
  const has = { points: false, lines: false, polygons: false };
  for (const c of chunks) {
    has.lines ||= c.lines.pathIndices.value.length > 1;
    has.polygons ||= c.polygons.polygonIndices.value.length > 1;
    has.points ||= c.points.positions.value.length > 0 && c.geometryTypes.includes(GEOMETRY_CODE.Point);
  }
  return has;
}
