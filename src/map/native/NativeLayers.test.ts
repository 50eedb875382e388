// NativeLayers against a recording stand-in for MapLibre's Map: what it asks of the style when the
// input changes. The real map is exercised by the browser tests.
import type { Feature } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { beforeEach, describe, expect, it } from 'vitest';
import { CURATED_DESCRIPTIONS } from '../../layers/curated';
import { withYearUnknown } from '../../ui/time/map-time';
import type { NativeLayerInput } from './NativeLayers';
import { NativeLayers } from './NativeLayers';

type Call = [string, ...unknown[]];

/** The style methods NativeLayers calls, each recorded; layers and sources kept as plain maps. */
function recordingMap() {
  const calls: Call[] = [];
  const layers = new Map<
    string,
    {
      id: string;
      type: string;
      paint?: Record<string, unknown>;
      layout?: Record<string, unknown>;
      filter?: unknown;
    }
  >();
  const sources = new Set<string>();
  const images = new Set<string>();
  const rec =
    (name: string, then?: (...a: never[]) => unknown) =>
    (...a: unknown[]) => {
      calls.push([name, ...a]);
      return then?.(...(a as never[]));
    };
  const map = {
    addSource: rec('addSource', (id: string) => sources.add(id)),
    getSource: (id: string) => (sources.has(id) ? { setData: rec('setData') } : undefined),
    addLayer: rec('addLayer', (spec: { id: string; type: string }) =>
      layers.set(spec.id, structuredClone(spec)),
    ),
    removeLayer: rec('removeLayer', (id: string) => layers.delete(id)),
    getLayer: (id: string) => layers.get(id),
    moveLayer: () => undefined,
    hasImage: (name: string) => images.has(name),
    addImage: rec('addImage', (name: string) => images.add(name)),
    setPaintProperty: rec('setPaintProperty', (id: string, prop: string, value: unknown) => {
      const l = layers.get(id);
      if (l) l.paint = { ...l.paint, [prop]: value };
    }),
    setLayoutProperty: rec('setLayoutProperty', (id: string, prop: string, value: unknown) => {
      const l = layers.get(id);
      if (l) l.layout = { ...l.layout, [prop]: value };
    }),
    setFilter: rec('setFilter', (id: string, filter: unknown) => {
      const l = layers.get(id);
      if (l) l.filter = filter;
    }),
    setLayerZoomRange: rec('setLayerZoomRange'),
    setFeatureState: rec('setFeatureState'),
    removeFeatureState: rec('removeFeatureState'),
  };
  return { map: map as unknown as MapLibreMap, calls, layers };
}

const park = (id: string): Feature => ({
  type: 'Feature',
  properties: { id, name_vi: id, name_en: id, status: 'existing' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [106.62, 11.12],
        [106.64, 11.12],
        [106.64, 11.14],
        [106.62, 11.14],
        [106.62, 11.12],
      ],
    ],
  },
});

describe('NativeLayers: a new highlight', () => {
  let m: ReturnType<typeof recordingMap>;
  let native: NativeLayers;
  const features = [park('a'), park('b'), park('c')];
  const input = (highlight: string[] | null, opacity = 1, style?: object): Record<string, NativeLayerInput> =>
    ({ parks: { visible: true, features, highlight, opacity, style } }) as Record<string, NativeLayerInput>;

  beforeEach(() => {
    m = recordingMap();
    native = new NativeLayers(m.map, 'en');
    native.setInput(input(null), ['parks']);
  });

  it('restyles the parks style layers in place: none removed or added again under its own id', () => {
    const idsBefore = [...m.layers.keys()];
    m.calls.length = 0;
    native.setInput(input(['a']), ['parks']);
    native.setInput(input(['a', 'b']), ['parks']);
    expect(m.calls.filter(([name]) => name === 'removeLayer' || name === 'addLayer')).toEqual([]);
    expect([...m.layers.keys()]).toEqual(idsBefore);
    // The dimming reaches the map as paint changes naming the highlighted ids.
    const painted = m.calls.filter(
      ([name, id]) => name === 'setPaintProperty' && String(id).startsWith('parks'),
    );
    expect(painted.length).toBeGreaterThan(0);
    expect(JSON.stringify(painted.at(-1))).toContain('"b"');
  });

  it('keeps the layer opacity on the restyled opacity properties', () => {
    native.setInput(input(null, 0.5), ['parks']);
    native.setInput(input(['a'], 0.5), ['parks']);
    const fill = m.layers.get('parks-fill');
    // The style's own (dimming) value scaled by the slider's 0.5, not the style's value alone.
    const opacity = fill?.paint?.['fill-opacity'] as unknown[] | undefined;
    expect(opacity?.slice(0, 2)).toEqual(['*', 0.5]);
    expect(JSON.stringify(opacity)).toContain('"a"');
  });

  it('keeps the English labels and the selection outline through a restyle', () => {
    native.setSelection({ layerId: 'parks', featureId: 'b' });
    const selected = JSON.stringify(m.layers.get('parks-selected')?.filter);
    expect(selected).toContain('"b"');
    native.setInput(input(['a']), ['parks']);
    expect(JSON.stringify(m.layers.get('parks-labels')?.layout?.['text-field'])).toContain('label_en');
    expect(JSON.stringify(m.layers.get('parks-selected')?.filter)).toBe(selected);
  });

  it('adds the layer a style override brings (the time slider) and keeps the others under their ids', () => {
    const idsBefore = [...m.layers.keys()];
    m.calls.length = 0;
    native.setInput(input(null, 1, withYearUnknown(CURATED_DESCRIPTIONS.parks.style)), ['parks']);
    const added = m.calls
      .filter(([name]) => name === 'addLayer')
      .map(([, spec]) => (spec as { id: string }).id);
    expect(added).toEqual(['parks-missing']);
    expect(m.calls.filter(([name]) => name === 'removeLayer')).toEqual([]);
    // And back: only that layer goes.
    m.calls.length = 0;
    native.setInput(input(null), ['parks']);
    expect(m.calls.filter(([name]) => name === 'removeLayer').map(([, id]) => id)).toEqual(['parks-missing']);
    expect(m.calls.filter(([name]) => name === 'addLayer')).toEqual([]);
    expect([...m.layers.keys()].sort()).toEqual([...idsBefore].sort());
  });
});
