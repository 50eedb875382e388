// The analyses an imported layer offers, by what it holds: the nearest corridor of each point,
// features within X km of a corridor (lines and polygons), polygon area per district. Loaded as its
// own chunk (UserLayerExtras), so a viewer without imported layers never downloads it.
import { useLayers } from '../../state/layers';
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

export function UserLayerAnalysis({ id, title }: { id: string; title: string }) {
  const features = useLayers((s) => s.layers[id]?.features);
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
