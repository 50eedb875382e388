import type { Feature } from 'geojson';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLanguage } from './language';
import { allSettled, findFeature, useLayers, visibleIds } from './layers';
import { useSelection } from './selection';
import { useView } from './view';

const feature = (id: string): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.6, 11] },
  properties: { id },
});

describe('layers store', () => {
  beforeEach(() => useLayers.getState().reset());

  it('starts idle and visible', () => {
    const { layers } = useLayers.getState();
    expect(layers.parks).toMatchObject({ status: 'idle', visible: true, count: 0, error: null });
    expect(allSettled(layers)).toBe(false);
  });

  it('goes loading → progress → ready', () => {
    const s = useLayers.getState();
    s.begin('parks', null);
    expect(useLayers.getState().layers.parks.status).toBe('loading');
    s.progress('parks', 25);
    expect(useLayers.getState().layers.parks.count).toBe(25);
    s.done('parks', [feature('a'), feature('b')]);
    const parks = useLayers.getState().layers.parks;
    expect(parks.status).toBe('ready');
    expect(parks.count).toBe(2);
    expect(findFeature(useLayers.getState().layers, 'parks', 'b')?.properties?.id).toBe('b');
    expect(findFeature(useLayers.getState().layers, 'parks', 'zzz')).toBeNull();
  });

  it('records an error on one layer only', () => {
    const s = useLayers.getState();
    s.done('districts', [feature('718')]);
    s.progress('parks', 12);
    s.fail('parks', 'HTTP 404');
    const { layers } = useLayers.getState();
    // A load that failed half-way shows no features and no count.
    expect(layers.parks).toMatchObject({ status: 'error', error: 'HTTP 404', count: 0, features: [] });
    expect(layers.districts.status).toBe('ready');
  });

  it('is settled when every layer is ready or failed', () => {
    const s = useLayers.getState();
    s.done('context', []);
    s.done('districts', []);
    s.done('corridors', []);
    s.fail('parks', 'broken');
    expect(allSettled(useLayers.getState().layers)).toBe(false);
    s.done('places', []);
    expect(allSettled(useLayers.getState().layers)).toBe(true);
  });

  it('sets visibility one by one or as a set', () => {
    const s = useLayers.getState();
    s.setVisible('context', false);
    expect(visibleIds(useLayers.getState().layers)).toEqual(['districts', 'corridors', 'parks', 'places']);
    s.setVisibleSet(['parks']);
    expect(visibleIds(useLayers.getState().layers)).toEqual(['parks']);
  });
});

describe('selection store', () => {
  it('selects, hovers and clears', () => {
    const s = useSelection.getState();
    s.select({ layerId: 'districts', featureId: '718' });
    expect(useSelection.getState().selected).toEqual({ layerId: 'districts', featureId: '718' });
    s.hover({ layerId: 'parks', featureId: 'vsip_1' });
    expect(useSelection.getState().hovered?.featureId).toBe('vsip_1');
    s.select(null);
    expect(useSelection.getState().selected).toBeNull();
  });

  it('keeps the same object for an equal ref', () => {
    const s = useSelection.getState();
    s.hover({ layerId: 'parks', featureId: 'x' });
    const first = useSelection.getState().hovered;
    s.hover({ layerId: 'parks', featureId: 'x' });
    expect(useSelection.getState().hovered).toBe(first);
  });
});

describe('language store', () => {
  it('toggles between vi and en', () => {
    const s = useLanguage.getState();
    s.setLanguage('vi');
    s.toggle();
    expect(useLanguage.getState().lang).toBe('en');
    s.toggle();
    expect(useLanguage.getState().lang).toBe('vi');
  });
});

describe('view store', () => {
  it('stores the view and the OSM switch (off by default)', () => {
    expect(useView.getState().osm).toBe(false);
    useView.getState().setView({ center: [106.6, 11.1], zoom: 10 });
    expect(useView.getState().view).toEqual({ center: [106.6, 11.1], zoom: 10 });
  });
});
