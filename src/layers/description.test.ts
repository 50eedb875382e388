import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../data/schema';
import { CURATED_DESCRIPTIONS } from './curated';
import { labelPointsOf, styleLayerId } from './description';

describe('layer descriptions are plain data', () => {
  it('every curated description survives JSON.stringify/parse unchanged (no functions, no undefined)', () => {
    for (const id of LAYER_IDS) {
      const d = CURATED_DESCRIPTIONS[id];
      expect(d.id).toBe(id);
      expect(JSON.parse(JSON.stringify(d))).toStrictEqual(d);
    }
  });

  it('keeps the style-layer ids picking and the browser tests know', () => {
    const ids = (id: keyof typeof CURATED_DESCRIPTIONS, parts: string[]) =>
      parts.map((p) => styleLayerId(CURATED_DESCRIPTIONS[id], p));
    expect(
      ids('corridors', ['line:existing', 'line:under_construction', 'line:planned', 'flagged', 'centre']),
    ).toEqual([
      'corridors-existing',
      'corridors-under-construction',
      'corridors-planned',
      'corridors-unsourced',
      'corridors-rail-centre',
    ]);
    expect(ids('parks', ['fill', 'line', 'line:planned', 'labels', 'point-symbols'])).toEqual([
      'parks-fill',
      'parks-line',
      'parks-line-planned',
      'parks-labels',
      'parks-point-symbols',
    ]);
    expect(ids('places', ['point-symbols', 'selected'])).toEqual(['places-symbols', 'places-selected']);
    expect(ids('districts', ['fill', 'line', 'labels'])).toEqual([
      'districts-fill',
      'districts-line',
      'districts-labels',
    ]);
  });

  it('places labels by line for line layers unless told otherwise', () => {
    expect(labelPointsOf({ geometry: 'line' })).toBe('line');
    expect(labelPointsOf({ geometry: 'polygon' })).toBe('polygon-centre');
    expect(labelPointsOf(CURATED_DESCRIPTIONS.districts)).toBe('district-label-points');
  });
});
