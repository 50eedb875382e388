import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect';

const enc = (s: string) => new TextEncoder().encode(s);
const ZIP = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]);

describe('detectFormat', () => {
  it('trusts magic bytes over names', () => {
    expect(detectFormat('layer.geojson', Uint8Array.from([0x66, 0x67, 0x62, 3, 0x66, 0x67, 0x62, 1]))).toBe(
      'flatgeobuf',
    );
    expect(detectFormat('download', ZIP)).toBe('shapefile-zip');
    expect(detectFormat('Da Nang.KMZ', ZIP)).toBe('kmz');
  });
  it('reads names case-insensitively', () => {
    expect(detectFormat('DIEM.CSV', enc('a,b'))).toBe('csv');
    expect(detectFormat('x.tsv', enc('a\tb'))).toBe('csv');
    expect(detectFormat('track.GPX', enc('<?xml version="1.0"?><gpx>'))).toBe('gpx');
  });
  it('sniffs text when the name says nothing', () => {
    expect(
      detectFormat(
        'blob',
        enc('\uFEFF<?xml version="1.0"?>\r\n<kml xmlns="http://earth.google.com/kml/2.0">'),
      ),
    ).toBe('kml');
    expect(detectFormat('blob', enc('{"type":"FeatureCollection","features":[]}'))).toBe('geojson');
    expect(detectFormat('blob', enc('{"type":"Feature"}\n{"type":"Feature"}\n'))).toBe('ndjson');
    expect(detectFormat('notes.txt', enc('hello'))).toBeNull();
  });
  it('reads a .json holding one feature per line as NDJSON', () => {
    expect(detectFormat('export.json', enc('{"type":"Feature"}\n{"type":"Feature"}'))).toBe('ndjson');
    expect(detectFormat('pretty.json', enc('{\n  "type": "FeatureCollection"\n}'))).toBe('geojson');
  });
});
