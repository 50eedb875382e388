import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { basemapCredits, LocalizedAttribution, ownBasemapStyle } from './attribution';

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
    const own = ownBasemapStyle(style('tiles/basemap.ts'));
    expect(own.own).toBe(true);
    expect(Object.values(own.style.sources).some((s) => 'attribution' in s)).toBe(false);
    expect(own.style.sources.rivers).toEqual({ type: 'geojson', data: 'rivers.geojson' });
    const other = ownBasemapStyle(style('someone-else'));
    expect(other.own).toBe(false);
    expect((other.style.sources.land as { attribution?: string }).attribution).toBe(
      'Boundaries © Government of Viet Nam',
    );
    expect(ownBasemapStyle(style(undefined)).own).toBe(false);
  });

  it('has the basemap credit in both languages, and escapes credits for the control’s HTML', () => {
    expect(basemapCredits('vi')[0]).toMatch(/^Ranh giới © Chính phủ Việt Nam/);
    expect(basemapCredits('en')[0]).toMatch(/^Boundaries © Government of Viet Nam/);
    const control = new LocalizedAttribution();
    control.setCredits(['a <b> & "c"']);
    expect(control.options.customAttribution).toEqual([
      '<a href="https://maplibre.org/" target="_blank">MapLibre</a>',
      'a &lt;b&gt; &amp; &quot;c&quot;',
    ]);
  });
});
