// The analyses an imported layer offers, by what it holds: the nearest corridor of each point,
// features within X km of a corridor (lines and polygons), polygon area per district. Loaded as its
// own chunk (UserLayerExtras), so a viewer without imported layers never downloads it. A large layer
// (binary chunks) offers "within X km" of lines and polygons only, measured chunk by chunk.
import { useT } from '../../i18n';
import { useBigLayers } from '../../state/big-layers-store';
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

export function UserLayerAnalysis({ id, title, big = false }: { id: string; title: string; big?: boolean }) {
  const features = useLayers((s) => s.layers[id]?.features);
  const bigGeometry = useBigLayers((s) => s.layers[id]?.summary?.geometry);
  const { t } = useT();
  if (big) {
    // A large layer: its summary says which families it holds (no GeoJSON to look at).
    if (!bigGeometry || bigGeometry === 'point') return null;
    return (
      <>
        <UserWithin id={id} title={title} big />
        <p className="note">{t('userAnalysis.big.onlyWithin')}</p>
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
