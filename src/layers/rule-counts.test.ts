// Features per legend entry of a "Colour by" rule: the same counts from GeoJSON features and from
// the binary chunks of the same features, classes as classify's bins count them, every feature
// counted once.
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { classify } from '../analysis/classify';
import { featuresToChunks } from '../data/binary/builder';
import type { LayerFeature } from '../data/load-layer';
import { categoryRule, classRule } from './color-by';
import { countChunks, countFeatures } from './rule-counts';

// HCMGIS's bridges in spirit: most lengths 0, a few decimals, some missing; a kind for each.
const KINDS = ['Cầu bê tông', 'Cầu sắt', 'Cầu gỗ'];
const features = Array.from({ length: 12_000 }, (_, i) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.6 + (i % 100) * 0.001, 11] },
  properties: {
    ChieuDai: i % 11 === 0 ? null : i % 3 === 0 ? 0 : Math.round((i % 977) * 7.3) / 100,
    KetCau: i % 13 === 0 ? '' : KINDS[i % KINDS.length]!,
  },
})) as Feature<Geometry>[] as LayerFeature[];
const chunks = featuresToChunks(features);
const total = (c: Record<string, number>) => Object.values(c).reduce((s, n) => s + n, 0);

describe('rule counts', () => {
  it('classes: each class as classify counts it, the missing apart, the same from chunks', () => {
    const values = features.map((f) => f.properties!.ChieuDai as number | null);
    const rule = classRule('ChieuDai', values);
    if (rule?.type !== 'classes') throw new Error('no classes');
    const c = classify(values, { method: 'quantile', classes: 5 });
    const counts = countFeatures(rule, features);
    expect(chunks.length).toBeGreaterThan(1);
    expect(countChunks(rule, chunks)).toEqual(counts);
    for (const [i, b] of c.bins.entries()) expect(counts[`c-${i}`], `class ${i}`).toBe(b.count);
    expect(counts.missing).toBe(values.filter((v) => v === null).length);
    expect(total(counts)).toBe(features.length);
  });

  it('categories: each value, an empty text as missing, the same from chunks', () => {
    const rule = categoryRule('KetCau', KINDS);
    if (rule.type !== 'category') throw new Error('no categories');
    const counts = countFeatures(rule, features);
    expect(countChunks(rule, chunks)).toEqual(counts);
    for (const k of KINDS)
      expect(counts[`v-${k}`]).toBe(features.filter((f) => f.properties!.KetCau === k).length);
    expect(counts.missing).toBe(features.filter((f) => f.properties!.KetCau === '').length);
    expect(total(counts)).toBe(features.length);
  });
});
