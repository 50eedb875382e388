// The annotations on the map: one GeoJSON source of the finished ones and one of the drawing in
// progress, as MapLibre fill, line and circle layers coloured by each feature's `color` (its palette
// hex), with the fill opacity, line width and point radius of ANNOTATIONS_DESCRIPTION. Not through
// nativeSpecs: its 'mixed' geometry draws polygon outlines, not free lines, and annotations mix all
// three. Titles and notes are not drawn (they are shown as text in the side panel).
import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { ANNOTATIONS_DESCRIPTION } from '../layers/annotations';
import { ANNOTATION_COLORS, type Annotation } from '../share/annotation-code';
import { annotationsToGeoJson } from '../share/annotation-geojson';

const SOURCE = 'annotations';
const DRAFT = 'annotations-draft';
const COLOR = ['coalesce', ['get', 'color'], '#000000'] as never;
const STYLE = ANNOTATIONS_DESCRIPTION.style;

export class AnnotationLayer {
  private pending: [FeatureCollection, FeatureCollection] | null = null;

  constructor(private readonly map: MapLibreMap) {}

  /** Adds the sources and layers once; false while the style is still loading (MapLibre throws then). */
  private ensure(): boolean {
    try {
      if (this.map.getSource(SOURCE)) return true;
      this.add();
      return true;
    } catch {
      return false;
    }
  }

  private add(): void {
    const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
    for (const id of [SOURCE, DRAFT]) this.map.addSource(id, { type: 'geojson', data: empty });
    for (const src of [SOURCE, DRAFT]) {
      const dash = src === DRAFT ? { 'line-dasharray': [2, 1] } : {};
      this.map.addLayer({
        id: `${src}-fill`,
        type: 'fill',
        source: src,
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': COLOR, 'fill-opacity': STYLE.fill?.opacity ?? 0.25 },
      });
      this.map.addLayer({
        id: `${src}-line`,
        type: 'line',
        source: src,
        filter: ['!=', ['geometry-type'], 'Point'],
        paint: {
          'line-color': COLOR,
          'line-width': typeof STYLE.line?.width === 'number' ? STYLE.line.width : 2.5,
          ...dash,
        } as never,
      });
      this.map.addLayer({
        id: `${src}-point`,
        type: 'circle',
        source: src,
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-color': COLOR,
          'circle-radius': STYLE.point?.radius ?? 6,
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 2,
        },
      });
    }
  }

  /** Draws `list` and the vertices of the drawing in progress (a line through them, each a dot). */
  set(list: readonly Annotation[], drawing: { points: [number, number][]; color: number } | null): void {
    const draft: Feature[] = [];
    if (drawing) {
      const color = ANNOTATION_COLORS[drawing.color];
      for (const p of drawing.points)
        draft.push({ type: 'Feature', properties: { color }, geometry: { type: 'Point', coordinates: p } });
      if (drawing.points.length > 1)
        draft.push({
          type: 'Feature',
          properties: { color },
          geometry: { type: 'LineString', coordinates: drawing.points },
        });
    }
    this.pending = [annotationsToGeoJson(list), { type: 'FeatureCollection', features: draft }];
    if (this.ensure()) this.flush();
    else this.map.once('idle', () => this.flush());
  }

  private flush(): void {
    if (!this.pending || !this.ensure()) return;
    (this.map.getSource(SOURCE) as GeoJSONSource).setData(this.pending[0]);
    (this.map.getSource(DRAFT) as GeoJSONSource).setData(this.pending[1]);
  }
}
