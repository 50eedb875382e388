import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { placeFeatures } from './sources';

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
