import { describe, expect, it } from 'vitest';
import { ANN_LINK_LIMIT, type Annotation, encodeAnnotations } from '../share/annotation-code';
import { readHash, serializeHash, type UrlState } from './url';

describe('sel and analysis in the link', () => {
  it('reads a curated layer and a plain id, and writes them back', () => {
    expect(readHash('#sel=parks:vsip_1&analysis=measure').state).toEqual({
      sel: { layerId: 'parks', featureId: 'vsip_1' },
      analysis: 'measure',
    });
    expect(serializeHash({ sel: { layerId: 'places', featureId: 'a.b-c_1' }, analysis: 'where' })).toBe(
      '#sel=places:a.b-c_1&analysis=where',
    );
  });
  it('ignores and names a bad layer, a bad id or an unknown tab', () => {
    for (const bad of [
      'sel=foo:x',
      'sel=parks',
      'sel=parks:',
      'sel=parks:a b',
      'sel=__proto__:x',
      'analysis=charts',
    ]) {
      const r = readHash(`#${bad}`);
      expect(r.state, bad).toEqual({});
      expect(r.ignored, bad).toEqual([bad.split('=')[0]]);
    }
  });
});

/** Annotations filling most of the link's budget: as many 4-vertex areas with text as fit the limit. */
function annotationsNearLimit(): Annotation[] {
  const list: Annotation[] = [];
  for (let i = 0; ; i++) {
    const next: Annotation = {
      kind: 'area',
      color: i % 6,
      title: `Khu ${i}`,
      note: 'ghi chú',
      coords: [
        // Whole 1e-5 degrees, as a link keeps them.
        [(10660000 + i * 1000) / 1e5, 11.1],
        [(10661000 + i * 1000) / 1e5, 11.1],
        [(10661000 + i * 1000) / 1e5, 11.11],
        [(10660000 + i * 1000) / 1e5, 11.11],
      ],
    };
    if (encodeAnnotations([...list, next]) === null) return list;
    list.push(next);
  }
}

describe('a view with every panel in use', () => {
  it('stays under 2 KB, and reads back as written', () => {
    const annotations = annotationsNearLimit();
    expect(encodeAnnotations(annotations)!.length).toBeGreaterThan(ANN_LINK_LIMIT - 120);
    const state: UrlState = {
      lang: 'en',
      layers: ['context', 'districts', 'places', 'corridors', 'parks'],
      zoom: 12.34,
      lat: 11.12345,
      lon: 106.65432,
      basemap: 'osm',
      opacity: { context: 0.35, districts: 0.5, corridors: 0.75, parks: 0.9, places: 0.6 },
      table: 'parks',
      year: 2010,
      yearLeft: 2005,
      yearRight: 'planned',
      choropleth: 'park_share_pct',
      classify: 'natural_breaks',
      classes: 7,
      filters: {
        parks: {
          fields: {
            status: { kind: 'values', values: ['existing', 'expanding', 'under_construction', 'unknown'] },
            established_year: { kind: 'range', min: 1995, max: 2015 },
            area_ha: { kind: 'range', min: 100, max: null },
          },
          query: 'VSIP',
        },
        corridors: {
          fields: { kind: { kind: 'values', values: ['expressway', 'railway', 'metro'] } },
          query: '',
        },
        places: { fields: { kind: { kind: 'values', values: ['innovation', 'logistics'] } }, query: '' },
      },
      weights: {
        expressway: 5,
        road: 0,
        seaport: 1,
        airport: 4,
        icd_rail: 0,
        area: 5,
        status: 1,
        occupancy: 0,
      },
      compareParks: ['vsip_1', 'song_than_2', 'my_phuoc_3', 'bau_bang'],
      compare: 'swipe',
      left: ['districts', 'parks'],
      right: ['context', 'corridors', 'places', 'parks'],
      swipe: 37.5,
      sel: { layerId: 'parks', featureId: 'vsip_1' },
      analysis: 'nearest',
      annotations,
    };
    const hash = serializeHash(state);
    const bytes = new TextEncoder().encode(hash).length;
    expect(bytes).toBeLessThan(2048);
    // Every key of the view is in the hash (none silently dropped to fit).
    for (const key of [
      'lang=',
      'op.places=',
      'table=',
      'year.right=',
      'classes=',
      'f.parks.q=',
      'weights=',
      'parks=',
      'swipe=',
      'sel=',
      'analysis=',
      'ann=',
    ]) {
      expect(hash).toContain(key);
    }
    const back = readHash(hash);
    expect(back.ignored).toEqual([]);
    expect(back.state.annotations).toEqual(annotations);
    expect(back.state.sel).toEqual(state.sel);
  });
});
