import { describe, expect, it } from 'vitest';
import { ignoredHashKeys, parseHash, serializeHash } from './url';

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

  it('drops invalid values silently, keeping the valid ones', () => {
    expect(parseHash('#lang=fr&z=abc&lat=200&lon=106.7')).toEqual({ lon: 106.7 });
    expect(parseHash('#z=&lat=&lon=Infinity')).toEqual({});
    expect(parseHash('#z=99')).toEqual({});
    expect(parseHash('#lon=-181')).toEqual({});
  });

  it('ignores unknown layer ids and keeps the canonical order', () => {
    expect(parseHash('#layers=places,roads,districts')).toEqual({ layers: ['districts', 'places'] });
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
    expect(ignoredHashKeys('#layers=&foo=bar')).toEqual([]);
    expect(ignoredHashKeys('#lang=fr&z=9')).toEqual(['lang']);
    expect(ignoredHashKeys('')).toEqual([]);
  });

  it('tolerates a percent-encoded comma', () => {
    expect(parseHash('#layers=parks%2Ccorridors')).toEqual({ layers: ['corridors', 'parks'] });
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
