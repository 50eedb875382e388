import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parkLabelPoints, placeFeatures } from './sources';

const place = (id: string, lon: number, lat: number): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { id, name_vi: `${id} vi`, name_en: `${id} en`, kind: 'innovation' },
});

describe('placeFeatures', () => {
  it('gives places at one point one label, a line each, and keeps a dot for every place', () => {
    // EIU and the incubator share a point; the administration centre is ~480 m east.
    const fc = placeFeatures([
      place('eiu', 106.66615, 11.05293),
      place('incubator', 106.66615, 11.05293),
      place('admin', 106.67, 11.053),
    ]);
    expect(fc.features.map((f) => f.properties?.id)).toEqual(['eiu', 'incubator', 'admin']);
    expect(fc.features.map((f) => f.properties?.label_vi)).toEqual(['eiu vi\nincubator vi', '', 'admin vi']);
    expect(fc.features[0]!.properties?.label_en).toBe('eiu en\nincubator en');
    expect(fc.features[1]!.properties?.kind).toBe('innovation');
  });
});

describe('parkLabelPoints', () => {
  it('labels a footprint inside it and marks parks known only by a point', () => {
    const square: Feature = {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [106, 11],
            [106.1, 11],
            [106.1, 11.1],
            [106, 11.1],
            [106, 11],
          ],
        ],
      },
      properties: { id: 'a', status: 'existing', name_vi: 'KCN A', name_en: 'A Industrial Park' },
    };
    const dot: Feature = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [106.5, 11.2] },
      properties: { id: 'b', status: 'planned', name_vi: 'KCN B', name_en: '' },
    };
    const fc = parkLabelPoints([square, dot]);
    expect(fc.features.map((f) => f.properties?.known)).toEqual(['area', 'point']);
    const [lon, lat] = (fc.features[0]!.geometry as { coordinates: number[] }).coordinates;
    expect(lon).toBeGreaterThan(106);
    expect(lon).toBeLessThan(106.1);
    expect(lat).toBeGreaterThan(11);
    expect(lat).toBeLessThan(11.1);
    // No English name: the Vietnamese one stands in.
    expect(fc.features[1]!.properties?.label_en).toBe('KCN B');
  });
});
