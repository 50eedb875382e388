import type { Feature } from 'geojson';
import { beforeEach, describe, expect, it } from 'vitest';
import { useFilters } from './filters';
import { useLayers } from './layers';
import { legendCount } from './legend-count';
import { useTime } from './time';

const park = (id: string, props: Record<string, unknown>): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.7, 11.1] },
  properties: { id, status: 'existing', ...props },
});

beforeEach(() => {
  useLayers.getState().reset();
  useFilters.getState().reset();
  useTime.getState().setYear(null);
  useLayers
    .getState()
    .done('parks', [
      park('a', { established_year: 2000 }),
      park('b', { established_year: 2010 }),
      park('c', {}),
      park('d', { status: 'planned' }),
      { type: 'Feature', geometry: null, properties: { id: 'e', established_year: 1999 } },
    ]);
});

describe('legendCount', () => {
  it('counts the located features the map draws', () => {
    expect(legendCount('parks')).toBe(4);
    expect(legendCount('no-such-layer')).toBe(0);
  });

  it('follows the time slider: the parks of the stop plus the year-unknown ones drawn apart', () => {
    useTime.getState().setYear(2005);
    // a (2000) and c (year unknown); not b (2010), not d (planned).
    expect(legendCount('parks')).toBe(2);
    useTime.getState().setYear('planned');
    expect(legendCount('parks')).toBe(4);
    // Other layers are not affected by the slider.
    expect(legendCount('districts')).toBe(0);
  });

  it('follows the filter too', () => {
    useFilters.getState().setValues('parks', 'status', ['planned']);
    expect(legendCount('parks')).toBe(1);
    useTime.getState().setYear(2005);
    expect(legendCount('parks')).toBe(0);
  });
});
