import turfBbox from '@turf/bbox';
import type { Feature } from 'geojson';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LayerFeature } from '../../data/load-layer';
import type { Bbox } from '../../data/schema';
import { userDescriptionOfKind } from '../../layers/user-description';
import { useBigLayers } from '../../state/big-layers-store';
import { useLanguage } from '../../state/language';
import { useLayers } from '../../state/layers';
import { useUserLayers } from '../../state/user-layers-store';
import { attr, findOne, nameContainsText, render, text } from '../test-markup';
import { locatedBbox, requestImportedZoom } from './layer-bbox';
import { UserLayerExtras } from './UserLayerExtras';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const initialLanguage = useLanguage.getState();
beforeEach(() => {
  useLanguage.setState(initialLanguage, true);
  useLayers.getState().reset();
  useUserLayers.setState({ layers: {} });
  useBigLayers.setState({ layers: {} });
});

function smallLayer(id: string, features: LayerFeature[]) {
  const description = userDescriptionOfKind(id, 'plan.geojson', 'mixed', 0);
  useUserLayers.setState({ layers: { [id]: { id, fileName: 'plan.geojson', description, n: 1 } } });
  useLayers.getState().addLayer(id);
  useLayers.getState().done(id, features);
}

function bigLayer(id: string, bbox: Bbox | null, finished = true) {
  const description = userDescriptionOfKind(id, 'parcels.fgb', 'polygon', 1);
  const summary = finished ? { count: 30_000, bbox, fields: ['id'], geometry: 'polygon' as const } : null;
  useBigLayers.setState({
    layers: { [id]: { id, fileName: 'parcels.fgb', description, n: 2, summary, chunks: [], loaded: 0 } },
  });
  useLayers.getState().addLayer(id);
}

const zoomButton = (id: string, title: string) =>
  findOne(render(<UserLayerExtras id={id} title={title} />), attr('data-zoom-layer', id));

/**
 * What the button does (requestImportedZoom is its onClick): the box of the zoom request MapView
 * hands to the map's fitBounds; null when no request was made.
 */
function clickZoom(id: string): Bbox | null {
  requestImportedZoom(id);
  const request = useLayers.getState().zoomRequest;
  return request ? (request.bbox ?? null) : null;
}

describe('UserLayerExtras: zoom to layer', () => {
  it("fits a small layer's located features, ignoring one without geometry", () => {
    smallLayer('user:1', [
      { type: 'Feature', geometry: { type: 'Point', coordinates: [106.71, 11.02] }, properties: {} },
      {
        type: 'Feature',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [106.52, 10.95],
              [106.6, 10.95],
              [106.6, 11.2],
              [106.52, 10.95],
            ],
          ],
        },
        properties: {},
      },
      { type: 'Feature', geometry: null, properties: {} },
    ]);
    const button = zoomButton('user:1', 'Quy hoạch');
    expect(button.attrs.disabled).toBeUndefined();
    expect(text(button)).toBe('Thu phóng đến lớp');
    expect(button.attrs['aria-label']).toBe('Thu phóng đến lớp Quy hoạch');
    expect(nameContainsText(button)).toBe(true);
    // West and south from the polygon, east from the point, north from the polygon's apex.
    expect(clickZoom('user:1')).toEqual([106.52, 10.95, 106.71, 11.2]);
    expect(useLayers.getState().zoomRequest?.id).toBe('user:1');
  });

  it('is named in English too', () => {
    smallLayer('user:1', [
      { type: 'Feature', geometry: { type: 'Point', coordinates: [106.6, 11] }, properties: {} },
    ]);
    useLanguage.setState({ lang: 'en' });
    const button = zoomButton('user:1', 'Plan');
    expect(button.attrs['aria-label']).toBe('Zoom to layer Plan');
    expect(text(button)).toBe('Zoom to layer');
  });

  it('is disabled, and the camera left alone, when no feature has a location', () => {
    smallLayer('user:1', [{ type: 'Feature', geometry: null, properties: { name: 'no place' } }]);
    const button = zoomButton('user:1', 'Quy hoạch');
    expect(button.attrs).toHaveProperty('disabled');
    expect(button.attrs.title).toBe('Lớp không có đối tượng nào có vị trí để thu phóng đến');
    expect(clickZoom('user:1')).toBeNull();
    expect(useLayers.getState().zoomRequest).toBeNull();
  });

  it("fits a large layer's summary box, and waits for the summary", () => {
    bigLayer('user:2', [106.4, 10.9, 106.8, 11.3]);
    expect(zoomButton('user:2', 'Thửa đất').attrs.disabled).toBeUndefined();
    expect(clickZoom('user:2')).toEqual([106.4, 10.9, 106.8, 11.3]);

    bigLayer('user:2', null, false);
    expect(zoomButton('user:2', 'Thửa đất').attrs).toHaveProperty('disabled');
    bigLayer('user:2', null);
    expect(zoomButton('user:2', 'Thửa đất').attrs).toHaveProperty('disabled');
  });
});

describe('locatedBbox', () => {
  it('equals @turf/bbox of the located features, for every geometry type', () => {
    const located: LayerFeature[] = [
      {
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [
            [106.3, 10.8],
            [106.45, 11.6],
          ],
        },
        properties: {},
      },
      {
        type: 'Feature',
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [106.5, 10.7],
                [106.9, 10.7],
                [106.9, 10.9],
                [106.5, 10.7],
              ],
            ],
            [
              [
                [107.1, 11],
                [107.2, 11],
                [107.2, 11.1],
                [107.1, 11],
              ],
            ],
          ],
        },
        properties: {},
      },
      {
        type: 'Feature',
        geometry: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Point', coordinates: [106.2, 11.3] },
            { type: 'MultiPoint', coordinates: [[106.6, 11.75]] },
          ],
        },
        properties: {},
      },
    ];
    const unlocated: LayerFeature[] = [
      { type: 'Feature', geometry: null, properties: {} },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [Number.NaN, 200] }, properties: {} },
      { type: 'Feature', geometry: { type: 'LineString', coordinates: [] }, properties: {} },
    ];
    const reference = turfBbox({ type: 'FeatureCollection', features: located as Feature[] });
    expect(locatedBbox([...unlocated, ...located])).toEqual(reference);
    expect(reference).toEqual([106.2, 10.7, 107.2, 11.75]);
    expect(locatedBbox(unlocated)).toBeNull();
  });
});

describe('UserLayerExtras: what the import said of the file', () => {
  it("writes a large layer's notice numbers in the page's format (100.000, not 100000)", () => {
    bigLayer('user:9', [106, 11, 107, 12]);
    useBigLayers.setState((s) => ({
      layers: {
        'user:9': {
          ...s.layers['user:9']!,
          notice: { key: 'viewport.notice.zoomIn', params: { file: 'pp.fgb', count: 100000 } },
        },
      },
    }));
    useLanguage.setState({ lang: 'vi' });
    const root = render(<UserLayerExtras id="user:9" title="pp" />);
    expect(text(findOne(root, attr('role', 'status')))).toContain('(100.000 đối tượng)');
  });

  it("shows each warning under the row in the UI's language, naming the file", () => {
    smallLayer('user:1', []);
    useUserLayers.setState((s) => ({
      layers: {
        'user:1': {
          ...s.layers['user:1']!,
          warnings: [{ key: 'import.warn.nullGeometries', params: { file: 'plan.geojson', count: 1 } }],
        },
      },
    }));
    const root = render(<UserLayerExtras id="user:1" title="plan.geojson" />);
    const note = findOne(root, attr('data-import-warning', 'import.warn.nullGeometries'));
    expect(text(note)).toContain('plan.geojson');
    expect(text(note)).not.toMatch(/import\.warn/);
  });
});
