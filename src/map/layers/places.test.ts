import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { groupLabels } from './places';

const place = (id: string, lon: number, lat: number): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { id, name_vi: id },
});

// EIU and the incubator share a point; the administration centre is ~480 m east; TDMU is ~9 km away.
const places = [
  place('eiu', 106.66615, 11.05293),
  place('incubator', 106.66615, 11.05293),
  place('admin', 106.67, 11.053),
  place('tdmu', 106.6745, 10.9807),
];
const name = (f: Feature) => String(f.properties?.id);

describe('groupLabels', () => {
  it('lists close places in one label, a line each, and keeps distant ones apart', () => {
    const labels = groupLabels(places, 12, name);
    expect(labels.map((l) => l.text)).toEqual(['eiu\nincubator\nadmin', 'tdmu']);
    expect(labels[0]!.position).toEqual([106.66615, 11.05293]);
  });

  it('separates places again when zoomed in far enough to label them apart', () => {
    const labels = groupLabels(places, 17, name);
    expect(labels.map((l) => l.text)).toEqual(['eiu\nincubator', 'admin', 'tdmu']);
  });
});
