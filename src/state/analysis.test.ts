import { beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WITHIN_TARGET,
  decodeTarget,
  encodeTarget,
  measureGeometryOf,
  modeOf,
  parseKm,
  useAnalysis,
} from './analysis';

const s = () => useAnalysis.getState();

describe('analysis store', () => {
  beforeEach(() => s().reset());

  it('starts closed, on Areas, selecting features, Ring Road 4 at 5 km', () => {
    expect(s()).toMatchObject({ open: false, tab: 'areas', mode: 'select', data: 'waiting', withinKm: '5' });
    expect(s().withinTarget).toBe(DEFAULT_WITHIN_TARGET);
    expect(s().corridorStatuses).toEqual(['existing', 'under_construction', 'planned']);
  });

  it('derives the map mode from the panel: where on its tab, measure only while drawing', () => {
    s().setTab('where');
    expect(s().mode).toBe('select'); // closed
    s().setOpen(true);
    expect(s().mode).toBe('where');
    s().setTab('measure');
    expect(s().mode).toBe('select');
    s().startMeasure('line');
    expect(s().mode).toBe('measure');
    s().finishMeasure();
    expect(s().mode).toBe('select');
    expect(modeOf({ open: false, tab: 'where', measureDrawing: false })).toBe('select');
  });

  it('adds, undoes, finishes and cancels measure points', () => {
    s().setOpen(true);
    s().setTab('measure');
    s().addMeasurePoint([106, 11]); // not drawing: ignored
    expect(s().measurePoints).toEqual([]);
    s().startMeasure('polygon');
    s().addMeasurePoint([106, 11]);
    s().addMeasurePoint([106.1, 11]);
    s().addMeasurePoint([106.1, 11.1]);
    expect(s().measurePoints).toHaveLength(3);
    s().undoMeasurePoint();
    expect(s().measurePoints).toEqual([
      [106, 11],
      [106.1, 11],
    ]);
    s().finishMeasure();
    expect(s().measureDrawing).toBe(false);
    s().undoMeasurePoint(); // finished drawings are not edited
    expect(s().measurePoints).toHaveLength(2);
    s().cancelMeasure();
    expect(s()).toMatchObject({ measurePoints: [], measureType: null, measureDrawing: false });
  });

  it('leaving Measure or closing the panel mid-drawing drops the drawing', () => {
    s().setOpen(true);
    s().setTab('measure');
    s().startMeasure('line');
    s().addMeasurePoint([106, 11]);
    s().setTab('areas');
    expect(s()).toMatchObject({ measurePoints: [], measureDrawing: false, mode: 'select' });
    s().setTab('measure');
    s().startMeasure('line');
    s().setOpen(false);
    expect(s()).toMatchObject({ measureDrawing: false, mode: 'select' });
  });

  it('keeps the other tabs’ results when one tab fails', () => {
    s().setResult('where', {
      point: [106.45, 11.35],
      district: null,
      districts: [],
      left_out: [],
      nearest_park: null,
      nearest_corridor: null,
    });
    s().setError('within', { error: 'distance_out_of_range' });
    expect(s().results.where?.point).toEqual([106.45, 11.35]);
    expect(s().errors.within?.error).toBe('distance_out_of_range');
    s().setError('within', null);
    expect(s().errors.within).toBeUndefined();
  });

  it('toggles corridor statuses in canonical order, and counts requests', () => {
    s().setCorridorStatus('existing', false);
    s().setCorridorStatus('existing', true);
    expect(s().corridorStatuses).toEqual(['existing', 'under_construction', 'planned']);
    s().setCorridorStatus('planned', false);
    expect(s().corridorStatuses).toEqual(['existing', 'under_construction']);
    s().requestWithin();
    s().requestWithin();
    expect(s().withinRequest).toBe(2);
  });

  it('a chosen row focuses its park and asks for a zoom every time', () => {
    s().focusRow({ layerId: 'parks', featureId: 'vsip_2' });
    const first = s().zoomRequest;
    s().focusRow({ layerId: 'parks', featureId: 'vsip_2' });
    expect(s().focusParkId).toBe('vsip_2');
    expect(s().zoomRequest).not.toBe(first);
    s().focusRow({ layerId: 'districts', featureId: '720' });
    expect(s().focusParkId).toBeNull();
  });
});

describe('analysis helpers', () => {
  it('encodes and decodes within targets', () => {
    for (const v of ['corridor:vd4_bd', 'kind:ring_road', 'place:cat_lai', 'logistics:port']) {
      const t = decodeTarget(v);
      expect(t).not.toBeNull();
      expect(encodeTarget(t!)).toBe(v);
    }
    expect(decodeTarget('kind:teleport')).toBeNull();
    expect(decodeTarget('nothing')).toBeNull();
    expect(decodeTarget('corridor:')).toBeNull();
  });

  it('parses the km field (a comma works too; junk is NaN for the core to refuse)', () => {
    expect(parseKm('5')).toBe(5);
    expect(parseKm(' 2,5 ')).toBe(2.5);
    expect(parseKm('')).toBeNaN();
    expect(parseKm('abc')).toBeNaN();
  });

  it('builds the drawing geometry once it has enough points', () => {
    expect(measureGeometryOf('line', [[106, 11]])).toBeNull();
    expect(
      measureGeometryOf('line', [
        [106, 11],
        [106.1, 11],
      ])?.type,
    ).toBe('LineString');
    const poly = measureGeometryOf('polygon', [
      [106, 11],
      [106.1, 11],
      [106.1, 11.1],
    ]);
    expect(poly).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [106, 11],
          [106.1, 11],
          [106.1, 11.1],
          [106, 11],
        ],
      ],
    });
    expect(measureGeometryOf(null, [])).toBeNull();
  });
});
