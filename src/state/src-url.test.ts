// The `src` link key: URLs of layers added from a URL, re-added when the link opens.
import { describe, expect, it } from 'vitest';
import { readHash, serializeHash } from './url';

describe('src key', () => {
  it('round-trips several URLs, one with a comma and a query, through the written hash', () => {
    const urls = ['https://example.org/a,b.geojson?x=1&y=2', 'http://gis.example.vn/lớp.fgb'];
    const hash = serializeHash({ src: urls.map((u) => new URL(u).href) });
    expect(hash).not.toContain('&y=');
    const read = readHash(hash).state;
    expect(read.src).toEqual(urls.map((u) => new URL(u).href));
  });

  it('writes a URL readably (no double escaping) and still reads links written the old way', () => {
    expect(serializeHash({ src: ['https://example.org/data/parcels.fgb'] })).toBe(
      '#src=https://example.org/data/parcels.fgb',
    );
    const old = readHash('#src=https%253A%252F%252Fexample.org%252Fdata%252Fparcels.fgb').state;
    expect(old.src).toEqual(['https://example.org/data/parcels.fgb']);
  });

  it('keeps only http(s) URLs and ignores a list with none', () => {
    const mixed = readHash('#src=javascript%3Aalert(1),https%3A%2F%2Fexample.org%2Fa.geojson').state;
    expect(mixed.src).toEqual(['https://example.org/a.geojson']);
    const none = readHash('#src=javascript%3Aalert(1)');
    expect(none.state.src).toBeUndefined();
    expect(none.ignored).toContain('src');
  });
});

describe('src.hide and src.op.<n> (a URL layer hidden or faded in the link)', () => {
  it('round-trip through the written hash, after src', () => {
    const src = ['https://example.org/a.fgb', 'https://example.org/b.geojson', 'https://example.org/c.fgb'];
    const hash = serializeHash({ src, srcHidden: [3], srcOpacity: { 2: 0.45 } });
    expect(hash).toBe(
      '#src=https://example.org/a.fgb,https://example.org/b.geojson,https://example.org/c.fgb&src.op.2=0.45&src.hide=3',
    );
    const read = readHash(hash).state;
    expect(read.srcHidden).toEqual([3]);
    expect(read.srcOpacity).toEqual({ 2: 0.45 });
  });

  it('opacity 1 is not written; positions below 1, values outside 0–1 and junk are named and ignored', () => {
    expect(serializeHash({ src: ['https://example.org/a.fgb'], srcOpacity: { 1: 1 } })).toBe(
      '#src=https://example.org/a.fgb',
    );
    const bad = readHash(
      '#src=https%3A%2F%2Fexample.org%2Fa.fgb&src.op.0=0.5&src.op.1=1.5&src.op.x=0.2&src.hide=0,x',
    );
    expect(bad.state.srcOpacity).toBeUndefined();
    expect(bad.state.srcHidden).toBeUndefined();
    expect(bad.ignored).toEqual(expect.arrayContaining(['src.op.0', 'src.op.1', 'src.op.x', 'src.hide']));
  });
});
