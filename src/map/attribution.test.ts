import { AttributionControl, type StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { MAPLIBRE_CREDIT, setCredits, takeOwnCredits } from './attribution';

const style = (generator: string | undefined): StyleSpecification => ({
  version: 8,
  ...(generator ? { metadata: { 'binh-duong:generator': generator } } : {}),
  sources: {
    land: { type: 'geojson', data: 'land.geojson', attribution: 'Boundaries © Government of Viet Nam' },
    rivers: { type: 'geojson', data: 'rivers.geojson' },
  },
  layers: [],
});

describe('map credits in the app’s language', () => {
  it('takes the credits off the app’s own basemap sources only', () => {
    const own = style('tiles/basemap.ts');
    expect(takeOwnCredits(own)).toBe(true);
    expect(Object.values(own.sources).some((s) => 'attribution' in s)).toBe(false);
    expect(own.sources.rivers).toEqual({ type: 'geojson', data: 'rivers.geojson' });
    const other = style('someone-else');
    expect(takeOwnCredits(other)).toBe(false);
    expect((other.sources.land as { attribution?: string }).attribution).toBe(
      'Boundaries © Government of Viet Nam',
    );
    expect(takeOwnCredits(style(undefined))).toBe(false);
  });

  it('shows the basemap credit in the language asked, after MapLibre’s', () => {
    const control = new AttributionControl({ compact: true, customAttribution: MAPLIBRE_CREDIT });
    setCredits(control, true, 'vi');
    expect(control.options.customAttribution).toEqual([
      MAPLIBRE_CREDIT,
      'Ranh giới © Chính phủ Việt Nam (gis.chinhphu.vn), dvhcvn (GPL-3.0)',
    ]);
    setCredits(control, true, 'en');
    expect((control.options.customAttribution as string[])[1]).toMatch(
      /^Boundaries © Government of Viet Nam/,
    );
    setCredits(control, false, 'vi');
    expect(control.options.customAttribution).toBe(MAPLIBRE_CREDIT);
  });
});
