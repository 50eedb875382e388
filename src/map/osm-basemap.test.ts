import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OSM_RETRY_DELAYS, OSM_SOURCE, OsmBasemap, type OsmStatus, osmTileUrl } from './osm-basemap';

/** The few MapLibre calls OsmBasemap makes, recorded. */
function fakeMap() {
  const sources = new Set<string>();
  const layers = new Set<string>();
  let onError: ((e: { error: Error; sourceId?: string }) => void) | null = null;
  const map = {
    on: (_: string, f: typeof onError) => {
      onError = f;
    },
    off: () => {
      onError = null;
    },
    getCenter: () => ({ lng: 106.65, lat: 11.15 }),
    getZoom: () => 9.4,
    getSource: (id: string) => (sources.has(id) ? {} : undefined),
    getLayer: (id: string) => (layers.has(id) ? {} : undefined),
    addSource: (id: string) => sources.add(id),
    addLayer: (l: { id: string }) => layers.add(l.id),
    removeSource: (id: string) => sources.delete(id),
    removeLayer: (id: string) => layers.delete(id),
  };
  return { map, sources, fireError: (e: { error: Error; sourceId?: string }) => onError?.(e) };
}

describe('osmTileUrl', () => {
  it('names the Web Mercator tile holding a point', () => {
    expect(osmTileUrl([106.65, 11.15], 0)).toBe('https://tile.openstreetmap.org/0/0/0.png');
    // East and north of (0, 0) at zoom 1 is the north-east quarter; just off null island at zoom 2.
    expect(osmTileUrl([106.65, 11.15], 1)).toBe('https://tile.openstreetmap.org/1/1/0.png');
    expect(osmTileUrl([0.001, -0.001], 2)).toBe('https://tile.openstreetmap.org/2/2/2.png');
  });
});

describe('OsmBasemap', () => {
  const fetchMock = vi.fn();
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', fetchMock);
    fetchMock.mockReset();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const setUp = () => {
    const fake = fakeMap();
    const statuses: OsmStatus[] = [];
    const osm = new OsmBasemap(fake.map as never, {
      attribution: '© OSM',
      beforeId: () => undefined,
      onStatus: (s) => statuses.push(s),
    });
    return { ...fake, osm, statuses };
  };

  it('without a network: one probe, no source, "offline", then retries only after growing delays', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const { osm, sources, statuses } = setUp();
    osm.set(true, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]![0]).toBe('https://tile.openstreetmap.org/9/407/240.png');
    expect(sources.size).toBe(0);
    expect(statuses).toEqual(['loading', 'offline']);
    await vi.advanceTimersByTimeAsync(OSM_RETRY_DELAYS[0]! - 1);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(OSM_RETRY_DELAYS[1]!);
    expect(fetchMock).toHaveBeenCalledTimes(3);
    osm.set(false, true);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(statuses.at(-1)).toBe('off');
  });

  it('adds the raster when the probe answers, and takes it off at the first tile error', async () => {
    fetchMock.mockResolvedValue(new Response(null));
    const { osm, sources, statuses, fireError } = setUp();
    osm.set(true, false);
    expect(fetchMock).not.toHaveBeenCalled(); // the style is not ready yet
    osm.set(true, true);
    await vi.advanceTimersByTimeAsync(0);
    expect([...sources]).toEqual([OSM_SOURCE]);
    expect(statuses).toEqual(['loading', 'on']);
    fireError({ error: new Error('tile'), sourceId: OSM_SOURCE });
    fireError({ error: new Error('tile'), sourceId: OSM_SOURCE });
    expect(sources.size).toBe(0);
    expect(statuses).toEqual(['loading', 'on', 'offline']);
  });

  it('logs the errors that are not the online tiles’, as MapLibre would', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { fireError } = setUp();
    const error = new Error('style');
    fireError({ error });
    expect(spy).toHaveBeenCalledWith(error);
    spy.mockRestore();
  });
});
