import { describe, expect, it } from 'vitest';
import { parkProximity } from '../../analysis/proximity';
import { syntheticContext } from '../../analysis/test-fixtures';
import { whereAmI } from '../../analysis/where';
import { withinDistance } from '../../analysis/within';
import { EMPTY_OVERLAY } from '../../map/layers/analysis';
import { useAnalysis } from '../../state/analysis';
import { overlayOf } from './overlay';

const ctx = syntheticContext();
const unwrap = <T>(r: { ok: true; value: T } | { ok: false }) => {
  if (!r.ok) throw new Error('analysis failed');
  return r.value;
};
const base = { ...useAnalysis.getState(), open: true };

describe('overlayOf', () => {
  it('draws nothing while the panel is closed', () => {
    const within = unwrap(withinDistance(ctx, { target: { type: 'corridor', id: 'e1' }, km: 5 }));
    expect(overlayOf({ ...base, open: false, tab: 'within', results: { within } })).toBe(EMPTY_OVERLAY);
  });

  it('Within: the zone and every matched park; the chosen row gets a connector', () => {
    const within = unwrap(withinDistance(ctx, { target: { type: 'corridor', id: 'e1' }, km: 5 }));
    const o = overlayOf({ ...base, tab: 'within', results: { within } });
    expect(o.zone?.geometry.type).toMatch(/Polygon/);
    expect(o.highlight).toHaveLength(within.parks.length);
    expect(o.connectors).toEqual([]);
    const id = within.parks[0]!.park.id;
    const focused = overlayOf({ ...base, tab: 'within', results: { within }, focusParkId: id });
    expect(focused.origin).toEqual(within.parks[0]!.park.point);
    expect(focused.connectors).toEqual([
      { from: within.parks[0]!.park.point, to: within.parks[0]!.nearest.point, kind: 'target' },
    ]);
  });

  it('Nearest: connectors from the chosen park to each nearest corridor and place', () => {
    const nearest = unwrap(parkProximity(ctx));
    expect(overlayOf({ ...base, tab: 'nearest', results: { nearest } })).toBe(EMPTY_OVERLAY);
    const o = overlayOf({ ...base, tab: 'nearest', results: { nearest }, focusParkId: 'a' });
    const row = nearest.rows.find((r) => r.park.id === 'a')!;
    const expected =
      Object.values(row.corridors).filter(Boolean).length +
      Object.values(row.logistics).filter(Boolean).length;
    expect(o.connectors).toHaveLength(expected);
    expect(o.connectors.every((c) => c.from === row.park.point)).toBe(true);
  });

  it('Where am I: the point with lines to the nearest park and corridor', () => {
    const where = unwrap(whereAmI(ctx, [106.56, 11.07]));
    const o = overlayOf({ ...base, tab: 'where', results: { where } });
    expect(o.origin).toEqual([106.56, 11.07]);
    expect(o.connectors.map((c) => c.kind)).toEqual(['park', 'corridor']);
  });

  it('Measure: the drawing with its kinks; only the active tab is drawn', () => {
    const points: [number, number][] = [
      [106, 11],
      [106.1, 11.1],
      [106.1, 11],
      [106, 11.1],
    ];
    const s = {
      ...base,
      tab: 'measure' as const,
      measureType: 'polygon' as const,
      measurePoints: points,
      measureDrawing: true,
      errors: {
        measure: { error: 'self_intersection' as const, points: [[106.05, 11.05]] as [number, number][] },
      },
    };
    expect(overlayOf(s).measure).toEqual({
      type: 'polygon',
      points,
      drawing: true,
      kinks: [[106.05, 11.05]],
    });
    expect(overlayOf({ ...s, tab: 'areas' })).toBe(EMPTY_OVERLAY);
  });
});
