// GPX through the registry: a waypoint, a track with per-point times and one without. togeojson's
// annotations are readable columns: `gpx_type`, and `coordinateProperties` only when it holds data.
import { describe, expect, it } from 'vitest';
import { importFile } from '../registry';

const GPX = `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <wpt lat="10.98" lon="106.65"><name>Cổng KCN Sóng Thần</name></wpt>
  <trk><name>Khảo sát 1</name><trkseg>
    <trkpt lat="10.98" lon="106.65"><time>2026-12-01T08:00:00Z</time></trkpt>
    <trkpt lat="10.99" lon="106.66"><time>2026-12-01T08:05:00Z</time></trkpt>
  </trkseg></trk>
  <trk><name>Khảo sát 2</name><trkseg>
    <trkpt lat="11.00" lon="106.66"/><trkpt lat="11.01" lon="106.67"/>
  </trkseg></trk>
</gpx>`;

describe('GPX', () => {
  it('gives the GPX element as gpx_type and keeps per-point data only when there is some', async () => {
    const r = await importFile({ name: 'khao-sat.gpx', bytes: new TextEncoder().encode(GPX) });
    const by = (name: string) => r.features.find((f) => f.properties.name === name)!;
    expect(r.features).toHaveLength(3);
    expect(by('Cổng KCN Sóng Thần').geometry?.type).toBe('Point');
    expect(by('Cổng KCN Sóng Thần').properties.gpx_type).toBe('wpt');
    expect(by('Khảo sát 1').properties.gpx_type).toBe('trk');
    for (const f of r.features) expect(Object.keys(f.properties)).not.toContain('_gpxType');
    expect(by('Khảo sát 1').properties.coordinateProperties).toEqual({
      times: ['2026-12-01T08:00:00Z', '2026-12-01T08:05:00Z'],
    });
    expect(Object.keys(by('Khảo sát 2').properties)).not.toContain('coordinateProperties');
    expect(Object.keys(by('Cổng KCN Sóng Thần').properties)).not.toContain('coordinateProperties');
  });
});
