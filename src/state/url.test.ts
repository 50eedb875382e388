import { describe, expect, it } from 'vitest';
import { seededRandom } from '../analysis/seeded-random';
import { ignoredHashKeys, parseHash, readHash, serializeHash } from './url';

describe('parseHash', () => {
  it('reads every key', () => {
    expect(parseHash('#lang=en&layers=districts,parks&z=10.5&lat=11.1&lon=106.65')).toEqual({
      lang: 'en',
      layers: ['districts', 'parks'],
      zoom: 10.5,
      lat: 11.1,
      lon: 106.65,
    });
  });

  it('accepts any subset and an empty hash', () => {
    expect(parseHash('')).toEqual({});
    expect(parseHash('#')).toEqual({});
    expect(parseHash('#z=12')).toEqual({ zoom: 12 });
    expect(parseHash('lang=vi')).toEqual({ lang: 'vi' });
  });

  it('drops invalid values, keeping the valid ones', () => {
    expect(parseHash('#lang=fr&z=abc&lat=200&lon=106.7')).toEqual({ lon: 106.7 });
    expect(parseHash('#z=&lat=&lon=Infinity')).toEqual({});
    expect(parseHash('#z=99')).toEqual({});
    expect(parseHash('#lon=-181')).toEqual({});
  });

  // Issue 8 §7: `layers` lists the visible layers in draw order (bottom first), so the list's
  // order is kept (it used to be put in the canonical order).
  it('ignores unknown layer ids and keeps the listed (draw) order', () => {
    expect(parseHash('#layers=places,roads,districts')).toEqual({ layers: ['places', 'districts'] });
    expect(parseHash('#layers=')).toEqual({ layers: [] });
    // A list that names no known layer is a bad link: the default layers stay.
    expect(parseHash('#layers=nothing')).toEqual({});
    expect(parseHash('#layers=nope,,')).toEqual({});
    // Only separators is not "no layers" (that is `layers=`): it is garbage too.
    expect(parseHash('#layers=,,,')).toEqual({});
  });

  it('names the keys whose values it ignored, for a notice', () => {
    expect(ignoredHashKeys('#z=1e9&lat=-&lon=abc&layers=,,,&lang=')).toEqual([
      'lang',
      'layers',
      'z',
      'lat',
      'lon',
    ]);
    expect(ignoredHashKeys('#lang=en&layers=districts&z=10&lat=11.1&lon=106.6')).toEqual([]);
    // An unknown key is named too (a typo such as `zoom=` must not pass unnoticed); a bare word
    // without `=` is a page anchor and left alone.
    expect(ignoredHashKeys('#layers=&foo=bar')).toEqual(['foo']);
    expect(ignoredHashKeys('#layers=&main')).toEqual([]);
    expect(ignoredHashKeys('#lang=fr&z=9')).toEqual(['lang']);
    expect(ignoredHashKeys('')).toEqual([]);
  });

  it('tolerates a percent-encoded comma', () => {
    expect(parseHash('#layers=parks%2Ccorridors')).toEqual({ layers: ['parks', 'corridors'] });
  });
});

describe('serializeHash', () => {
  it('writes the documented format', () => {
    expect(
      serializeHash({ lang: 'en', layers: ['districts', 'parks'], zoom: 10.5, lat: 11.1, lon: 106.65 }),
    ).toBe('#lang=en&layers=districts,parks&z=10.5&lat=11.1&lon=106.65');
  });

  it('rounds the view and omits what is absent', () => {
    expect(serializeHash({ zoom: 9.87654, lat: 11.123456789, lon: 106.1234567 })).toBe(
      '#z=9.88&lat=11.12346&lon=106.12346',
    );
    expect(serializeHash({})).toBe('');
    expect(serializeHash({ layers: [] })).toBe('#layers=');
  });

  it('round-trips', () => {
    const state = {
      lang: 'vi' as const,
      layers: ['context' as const, 'places' as const],
      zoom: 11,
      lat: 11,
      lon: 106.6,
    };
    expect(parseHash(serializeHash(state))).toEqual(state);
  });
});

describe('plain decimal numbers only', () => {
  it.each([
    '0x10',
    '1e1',
    'Infinity',
    '-Infinity',
    'NaN',
    ' 12',
    '12 ',
    '+1',
    '.5',
    '12.',
    '1_0',
    '0b1',
    '١٢',
    '12,5',
    '--1',
    '',
  ])('lon=%j is ignored and named', (value) => {
    const hash = `#lon=${encodeURIComponent(value)}&lat=11.1`;
    const r = readHash(hash);
    expect(r.state).toEqual({ lat: 11.1 });
    expect(r.ignored).toEqual(['lon']);
  });

  it('reads -12.5, 0, 007 and 106.123456 as written', () => {
    expect(parseHash('#lon=-12.5')).toEqual({ lon: -12.5 });
    expect(parseHash('#lon=0&z=007')).toEqual({ lon: 0, zoom: 7 });
    expect(parseHash('#lon=106.123456')).toEqual({ lon: 106.123456 });
  });

  it('#lon=0x10 is not 16° E', () => {
    expect(readHash('#lon=0x10')).toEqual({ state: {}, ignored: ['lon'], corrected: [] });
  });
});

describe('hash variants pasted from mail and chat', () => {
  const full = { lang: 'en', zoom: 10 };

  it('extra leading # and # between pairs', () => {
    expect(readHash('##lang=en&z=10')).toEqual({ state: full, ignored: [], corrected: [] });
    expect(readHash('#lang=en#z=10')).toEqual({ state: full, ignored: [], corrected: [] });
    expect(readHash('###lang=en##z=10')).toEqual({ state: full, ignored: [], corrected: [] });
  });

  it('a hash whose = and & were percent-encoded', () => {
    expect(readHash('#lang%3Den%26z%3D10')).toEqual({ state: full, ignored: [], corrected: [] });
    expect(readHash('#lang%3den%26z%3d10')).toEqual({ state: full, ignored: [], corrected: [] });
  });

  it('&amp; separators from HTML mail', () => {
    expect(readHash('#lang=en&amp;z=10')).toEqual({ state: full, ignored: [], corrected: [] });
    expect(readHash('#lang=en&amp;amp;z=10')).toEqual({ state: full, ignored: [], corrected: [] });
  });

  it('a repeated key: the last value wins, reported when the values differ', () => {
    expect(readHash('#z=5&lang=en&z=10')).toEqual({
      state: full,
      ignored: [],
      corrected: [{ key: 'z', reason: 'repeated', count: 2 }],
    });
    expect(readHash('#z=10&z=10&lang=en').corrected).toEqual([]);
    // The last value decides even when it is the invalid one.
    expect(readHash('#z=10&z=abc')).toEqual({ state: {}, ignored: ['z'], corrected: [] });
  });

  it('punctuation pasted after the link is dropped and reported', () => {
    expect(readHash('#lat=11.1&lon=106.7).')).toEqual({
      state: { lat: 11.1, lon: 106.7 },
      ignored: [],
      corrected: [{ key: 'lon', reason: 'punctuation', removed: ').' }],
    });
    expect(readHash('#lang=en,').corrected).toEqual([{ key: 'lang', reason: 'punctuation', removed: ',' }]);
    // As the address bar percent-encodes them.
    expect(readHash('#lon=106.7%22').state).toEqual({ lon: 106.7 });
    expect(readHash('#lon=106.7%E2%80%9D').corrected).toEqual([
      { key: 'lon', reason: 'punctuation', removed: '”' },
    ]);
    // A value of punctuation only is the value, not a sentence's end.
    expect(readHash('#layers=,,,')).toEqual({ state: {}, ignored: ['layers'], corrected: [] });
  });

  it('percent-encoded values and stray % signs', () => {
    expect(parseHash('#lang=%65n')).toEqual({ lang: 'en' });
    expect(readHash('#lon=10%&lang=en')).toEqual({ state: { lang: 'en' }, ignored: ['lon'], corrected: [] });
    expect(readHash('#%E0%A4%A=1')).toEqual({ state: {}, ignored: ['%E0%A4%A'], corrected: [] });
  });

  it('a known key without a value is ignored and named', () => {
    expect(readHash('#lang&z=3')).toEqual({ state: { zoom: 3 }, ignored: ['lang'], corrected: [] });
  });
});

describe('basemap', () => {
  it('reads offline and osm, names anything else', () => {
    expect(parseHash('#basemap=osm')).toEqual({ basemap: 'osm' });
    expect(parseHash('#basemap=offline')).toEqual({ basemap: 'offline' });
    expect(readHash('#basemap=OSM')).toEqual({ state: {}, ignored: ['basemap'], corrected: [] });
    expect(readHash('#basemap=google').ignored).toEqual(['basemap']);
  });

  it('is written last', () => {
    expect(serializeHash({ lang: 'vi', basemap: 'osm', zoom: 9 })).toBe('#lang=vi&z=9&basemap=osm');
  });
});

describe('parseHash over many generated hashes', () => {
  const PIECES = [
    'lang',
    'layers',
    'z',
    'lat',
    'lon',
    'basemap',
    'zoom',
    'op.parks',
    '',
    '=',
    '&',
    '#',
    '##',
    '&amp;',
    '%3D',
    '%26',
    '%',
    '%2C',
    '%E2%80%9D',
    '%ZZ',
    'en',
    'vi',
    'osm',
    'offline',
    'parks',
    'districts',
    ',',
    '0x10',
    '1e1',
    '-',
    '.',
    '12',
    '-12.5',
    '106.7',
    '11.1',
    '999',
    'Infinity',
    'NaN',
    ' ',
    '+',
    ')',
    '.',
    '"',
    '\u0301',
    'ế',
    '\u0000',
    '\uFFFF',
    '\uD800',
    '__proto__',
    'constructor',
    'toString',
  ];

  it('never throws and yields only valid values', () => {
    const rnd = seededRandom(20251130);
    for (let i = 0; i < 20000; i++) {
      let hash = rnd() < 0.5 ? '#' : '';
      const n = 1 + Math.floor(rnd() * 12);
      for (let j = 0; j < n; j++) {
        hash +=
          rnd() < 0.9
            ? PIECES[Math.floor(rnd() * PIECES.length)]
            : String.fromCharCode(Math.floor(rnd() * 0x3000));
      }
      const r = readHash(hash);
      const s = r.state;
      expect(
        Object.keys(s).every((k) => ['lang', 'layers', 'zoom', 'lat', 'lon', 'basemap'].includes(k)),
      ).toBe(true);
      if (s.lang !== undefined) expect(['vi', 'en']).toContain(s.lang);
      if (s.basemap !== undefined) expect(['offline', 'osm']).toContain(s.basemap);
      if (s.layers !== undefined) {
        const canonical = ['context', 'districts', 'corridors', 'parks', 'places'];
        expect(s.layers).toEqual(canonical.filter((id) => s.layers!.includes(id as never)));
      }
      for (const [v, lo, hi] of [
        [s.zoom, 0, 24],
        [s.lat, -85.06, 85.06],
        [s.lon, -180, 180],
      ] as const) {
        if (v === undefined) continue;
        expect(Number.isFinite(v)).toBe(true);
        expect(v >= lo && v <= hi).toBe(true);
      }
      expect(Array.isArray(r.ignored) && Array.isArray(r.corrected)).toBe(true);
      // What it writes back reads back to the same state, with nothing to report.
      expect(readHash(serializeHash(s))).toEqual({ state: s, ignored: [], corrected: [] });
    }
  });
});

describe('op.<layer> (opacity)', () => {
  it('reads a layer opacity between 0 and 1', () => {
    expect(parseHash('#op.parks=0.3&op.districts=0')).toEqual({ opacity: { parks: 0.3, districts: 0 } });
    expect(parseHash('#op.places=1')).toEqual({ opacity: { places: 1 } });
  });

  it('ignores, and names, an opacity out of range, not a number, or of an unknown layer', () => {
    expect(readHash('#op.parks=1.5&op.corridors=abc&op.roads=0.5&op.context=0.2')).toMatchObject({
      state: { opacity: { context: 0.2 } },
      ignored: ['op.parks', 'op.corridors', 'op.roads'],
    });
    expect(ignoredHashKeys('#op.parks=-0.1')).toEqual(['op.parks']);
  });

  it('writes only the opacities other than 1, after the other keys', () => {
    expect(serializeHash({ lang: 'en', opacity: { parks: 0.3, places: 1, corridors: 0.456 } })).toBe(
      '#lang=en&op.corridors=0.46&op.parks=0.3',
    );
    expect(serializeHash({ opacity: { parks: 1 } })).toBe('');
  });
});

describe('the table key', () => {
  it('round-trips the open table’s layer', () => {
    expect(parseHash('#table=parks')).toEqual({ table: 'parks' });
    expect(serializeHash({ table: 'corridors' })).toBe('#table=corridors');
    expect(parseHash(serializeHash({ lang: 'en', table: 'districts' }))).toEqual({
      lang: 'en',
      table: 'districts',
    });
  });
  it('ignores an unknown layer, for the notice', () => {
    expect(parseHash('#table=roads')).toEqual({});
    expect(ignoredHashKeys('#table=roads&lang=en')).toEqual(['table']);
  });
});

describe('layers in draw order (issue 8 §7)', () => {
  it('round-trips any order of the visible layers, bottom first', () => {
    for (const layers of [
      ['parks', 'context'],
      ['places', 'corridors', 'parks', 'districts', 'context'],
      ['districts'],
    ]) {
      const hash = serializeHash({ layers });
      expect(hash).toBe(`#layers=${layers.join(',')}`);
      expect(parseHash(hash)).toEqual({ layers });
    }
  });

  it('counts a repeated layer once, where it first appears', () => {
    expect(parseHash('#layers=parks,districts,parks')).toEqual({ layers: ['parks', 'districts'] });
  });
});

describe('crs (the system of printed coordinates)', () => {
  it('reads vn2000 and wgs84, ignores anything else, writes what the state has', () => {
    expect(parseHash('#crs=vn2000').crs).toBe('vn2000');
    expect(parseHash('#crs=wgs84').crs).toBe('wgs84');
    expect(parseHash('#crs=utm').crs).toBeUndefined();
    expect(ignoredHashKeys('#crs=utm')).toContain('crs');
    expect(serializeHash({ lang: 'vi', crs: 'vn2000' })).toBe('#lang=vi&crs=vn2000');
  });
});
