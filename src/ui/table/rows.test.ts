import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../../data/load-layer';
import { gisRows } from './rows';

const point = (properties: Record<string, unknown>): LayerFeature =>
  ({ type: 'Feature', geometry: { type: 'Point', coordinates: [106.6, 11.1] }, properties }) as LayerFeature;

describe('gisRows', () => {
  it('leaves out the id the viewer made, without changing the features the map selects by', () => {
    const rows = [point({ id: '1', ma: 'A-01' }), point({ id: '2', ma: 'A-02', id_source: 'x' })];
    const out = gisRows(rows, true);
    expect(out.map((f) => f.properties)).toEqual([{ ma: 'A-01' }, { ma: 'A-02', id_source: 'x' }]);
    expect(out[0]!.geometry).toBe(rows[0]!.geometry);
    expect(rows[0]!.properties).toEqual({ id: '1', ma: 'A-01' });
  });

  it("keeps a file's own id", () => {
    const rows = [point({ id: 'KCN-7', ma: 'A-01' })];
    expect(gisRows(rows, false)).toBe(rows);
  });
});
