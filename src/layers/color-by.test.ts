// "Colour by" rules: categories from a column's values, class breaks equal to simple-statistics'
// quantiles of the same values (computed here), profiles of small and large layers' columns.
import type { Feature, Geometry } from 'geojson';
import { quantile } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { featuresToChunks } from '../data/binary/builder';
import { nativeSpecs } from '../map/native/from-description';
import { legendEntries } from '../ui/legend-entries';
import { CATEGORY_LIMIT, categoryRule, classRule, colorField, withColorRule } from './color-by';
import { chunkNumbers, chunksMiss, featureNumbers, profileChunks, profileFeatures } from './column-profile';
import { userDescriptionOfKind } from './user-description';

const pt = (properties: Record<string, unknown>): Feature<Geometry | null> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.6, 11] },
  properties,
});

// Paul Tol's muted scheme as published (personal.sron.nl/~pault), in the order the project uses.
const TOL_MUTED = [
  '#117733',
  '#44aa99',
  '#cc6677',
  '#999933',
  '#332288',
  '#aa4499',
  '#88ccee',
  '#ddcc77',
  '#882255',
];
// ColorBrewer YlGnBu (colorbrewer2.org): the 6-class ramp without its palest colour (#ffffcc).
const YLGNBU_5 = ['#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'];

describe('profileFeatures', () => {
  const features = [
    pt({ kind: 'road', ok: true, n: 3, obj: { a: 1 }, mixed: 1, empty: null }),
    pt({ kind: 'rail', ok: false, n: 1.5, obj: null, mixed: 'x', empty: '' }),
    pt({ kind: null, ok: true, n: null, mixed: 2 }),
    pt({ kind: '10', ok: true, n: 7 }),
    pt({ kind: '2', ok: false, n: 2 }),
  ];
  const fields = ['kind', 'ok', 'n', 'obj', 'mixed', 'empty'];

  it('offers text and booleans as categories (sorted, numbers in text by value), numbers as classes; objects listed as such; empty columns left out', () => {
    expect(profileFeatures(features, fields)).toEqual([
      { field: 'kind', kind: 'text', values: ['2', '10', 'rail', 'road'] },
      { field: 'ok', kind: 'text', values: ['false', 'true'] },
      { field: 'n', kind: 'number' },
      { field: 'obj', kind: 'structured' },
      { field: 'mixed', kind: 'text', values: ['1', '2', 'x'] },
    ]);
  });

  it('lists a text column of too many values as such', () => {
    const many = Array.from({ length: CATEGORY_LIMIT + 1 }, (_, i) => pt({ name: `n${i}` }));
    expect(profileFeatures(many, ['name'])).toEqual([{ field: 'name', kind: 'many', distinct: 10 }]);
    expect(CATEGORY_LIMIT).toBe(9);
  });
});

describe('categoryRule', () => {
  it('gives the values Tol’s muted colours in turn, pale grey to any other value', () => {
    expect(categoryRule('kind', ['a', 'b', 'c'])).toEqual({
      type: 'category',
      field: 'kind',
      colors: { a: TOL_MUTED[0], b: TOL_MUTED[1], c: TOL_MUTED[2] },
      other: '#dddddd',
    });
    const nine = categoryRule(
      'k',
      Array.from({ length: 9 }, (_, i) => `v${i}`),
    );
    expect(Object.values(nine.type === 'category' ? nine.colors : {})).toEqual(TOL_MUTED);
  });
});

describe('classRule', () => {
  // 101 distinct values in no order. For n values not a multiple of 5, each quantile class's upper
  // member is the value simple-statistics' quantile gives at 0.2, 0.4, 0.6, 0.8 (both take the
  // ⌈n·p⌉-th smallest), and the last class ends at the maximum.
  const values = Array.from({ length: 101 }, (_, i) => ((i * 37) % 101) * 1.5 + 2);

  it('has breaks equal to simple-statistics’ quantiles and the YlGnBu ramp', () => {
    const rule = classRule('area', [...values, null, Number.NaN]);
    const expected = [0.2, 0.4, 0.6, 0.8].map((p) => quantile(values, p));
    expect(rule).toEqual({
      type: 'classes',
      field: 'area',
      breaks: [...expected, Math.max(...values)],
      colors: YLGNBU_5,
      missing: '#bdbdbd',
      // The values are multiples of 0.5: one digit writes a bound that is not whole exactly.
      digits: expected.every(Number.isInteger) ? 0 : 1,
    });
  });

  it('is null without a number', () => {
    expect(classRule('area', [null, Number.NaN])).toBeNull();
  });
});

describe('large layers', () => {
  // Two chunks: the first has only small values, so classes of the first chunk alone would differ.
  const first = Array.from({ length: 50 }, (_, i) => pt({ v: i, t: i % 2 ? 'odd' : 'even' }));
  const second = Array.from({ length: 51 }, (_, i) => pt({ v: 1000 + i, t: 'big', u: 'x' }));
  const chunks = [...featuresToChunks(first), ...featuresToChunks(second, 50)];

  it('classes a numeric column over all chunks’ values', () => {
    const all = [...first, ...second].map((f) => f.properties!.v as number);
    const rule = classRule('v', chunkNumbers(chunks, 'v'));
    expect(rule?.type === 'classes' && rule.breaks).toEqual([
      ...[0.2, 0.4, 0.6, 0.8].map((p) => quantile(all, p)),
      1050,
    ]);
  });

  it('profiles a text column by the union of the chunks’ dictionaries', () => {
    expect(profileChunks(chunks, ['v', 't'])).toEqual([
      { field: 'v', kind: 'number' },
      { field: 't', kind: 'text', values: ['big', 'even', 'odd'] },
    ]);
  });

  it('finds a missing text value: null, an empty text, or a chunk without the column', () => {
    expect(chunksMiss(chunks, 't')).toBe(false);
    expect(chunksMiss(chunks, 'u')).toBe(true); // the first chunk has no 'u'
    const empty = featuresToChunks([pt({ t: 'a' }), pt({ t: '' }), pt({ t: 'Bình Dương' })]);
    expect(chunksMiss(empty, 't')).toBe(true);
    const none = featuresToChunks([pt({ t: 'a' }), pt({ t: null }), pt({ t: 'b' })]);
    expect(chunksMiss(none, 't')).toBe(true);
    expect(chunksMiss(featuresToChunks([pt({ t: 'a' }), pt({ t: 'Bình Dương' })]), 't')).toBe(false);
  });
});

describe('withColorRule', () => {
  const d = userDescriptionOfKind('user:2', 'x.geojson', 'polygon', 1);

  it('colours fill and outline by the rule, missing values grey and dashed', () => {
    const rule = categoryRule('kind', ['a']);
    const out = withColorRule(d, 2, rule);
    expect(out.style.fill).toMatchObject({ color: rule, opacity: 0.7, hoverOpacity: 0.9 });
    expect(out.style.line?.color).toBe(rule);
    expect(out.style.missing).toEqual({ field: 'kind', color: '#bdbdbd', dash: [2, 2] });
    expect(colorField(out)).toBe('kind');
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  it('marks a column without missing values, so the legend lists no "no data"', () => {
    const out = withColorRule(d, 2, categoryRule('kind', ['a']), false);
    expect(out.legend).toEqual({ noMissing: true });
    expect(withColorRule(out, 2, null).legend).toBeUndefined();
    expect(withColorRule(out, 2, categoryRule('kind', ['a'])).legend).toBeUndefined();
  });

  it('goes back to the layer’s own palette colour', () => {
    const back = withColorRule(withColorRule(d, 2, categoryRule('k', ['a'])), 2, null);
    expect(back.style).toEqual(d.style);
    expect(back.style.fill?.color).toEqual({ type: 'fixed', color: TOL_MUTED[1] });
    expect(colorField(back)).toBeNull();
  });

  it('an imported layer in its one colour: its legend entry is every feature, not its title again', () => {
    const one = userDescriptionOfKind('user:3', 'DiTich.zip', 'point', 0);
    const entries = legendEntries(one, []);
    expect(entries.map((e) => e.label)).toEqual([{ key: 'legend.all' }]);
    expect(JSON.stringify(entries)).not.toContain('DiTich');
  });

  it('reads a small layer’s numbers, anything else as no data', () => {
    expect(featureNumbers([pt({ a: 1 }), pt({ a: '2' }), pt({})], 'a')).toEqual([1, null, null]);
  });

  it('is drawn by the MapLibre path of small layers: circles by category, missing values grey', () => {
    const out = withColorRule(
      userDescriptionOfKind('user:5', 'p.geojson', 'point', 0),
      5,
      categoryRule('loai', ['a', 'b']),
    );
    const circles = nativeSpecs(out).shapes.find((l) => l.type === 'circle');
    const missing = [
      'any',
      ['!', ['has', 'loai']],
      ['==', ['get', 'loai'], null],
      ['==', ['get', 'loai'], ''],
    ];
    expect((circles!.paint as Record<string, unknown>)['circle-color']).toEqual([
      'case',
      missing,
      '#bdbdbd',
      ['match', ['to-string', ['get', 'loai']], 'a', TOL_MUTED[0], 'b', TOL_MUTED[1], '#dddddd'],
    ]);
  });
});

describe('classes of whole numbers (storeys, years)', () => {
  // District 1's buildings: SOTANG mostly 1–3 storeys, a few towers.
  const storeys = [
    ...Array(40).fill(1),
    ...Array(30).fill(2),
    ...Array(20).fill(3),
    ...Array(8).fill(5),
    12,
    25,
  ];

  it('are written as the numbers they hold: (1, 2] is "2", not "1 – 2" (1 is the class below)', () => {
    const rule = classRule('SOTANG', storeys);
    if (rule?.type !== 'classes') throw new Error('no classes');
    expect(rule.integers).toBe(true);
    const d = withColorRule(userDescriptionOfKind('user:1', 'nha.zip', 'polygon', 0), 1, rule);
    const labels = legendEntries(d, [])
      .filter((e) => e.id.startsWith('c-'))
      .map((e) => e.label);
    expect(labels.length).toBe(rule.breaks.length);
    expect(labels[0]).toEqual({ range: 'first', max: rule.breaks[0], digits: 0 });
    for (let i = 1; i < labels.length - 1; i++) {
      const min = rule.breaks[i - 1]! + 1;
      const max = rule.breaks[i]!;
      expect(labels[i]).toEqual({ range: min === max ? 'one' : 'range', min, max, digits: 0 });
    }
    expect(labels.at(-1)).toEqual({ range: 'last', min: rule.breaks.at(-2), digits: 0 });
    // A column with a fraction keeps the bounds as they are.
    const halves = classRule('a', [...storeys, 2.5]);
    expect(halves?.type === 'classes' && halves.integers).toBeFalsy();
  });

  it('other numbers: a middle class says its lower bound is left out ("over 0 to 74,84" under "≤ 0")', () => {
    // HCMGIS's bridges: ChieuDai 0 for most (867 of 1,129), then lengths with decimals.
    const lengths = [...Array(30).fill(0), ...Array.from({ length: 30 }, (_, k) => 3.25 + k * k * 0.37)];
    const rule = classRule('ChieuDai', lengths);
    if (rule?.type !== 'classes') throw new Error('no classes');
    expect(rule.integers).toBeFalsy();
    const d = withColorRule(userDescriptionOfKind('user:2', 'Cau.zip', 'line', 0), 2, rule);
    const labels = legendEntries(d, [])
      .filter((e) => e.id.startsWith('c-'))
      .map((e) => e.label);
    expect(labels[0]).toMatchObject({ range: 'first', max: rule.breaks[0] });
    for (let i = 1; i < labels.length - 1; i++)
      expect(labels[i]).toMatchObject({ range: 'above', min: rule.breaks[i - 1], max: rule.breaks[i] });
    expect(labels.at(-1)).toMatchObject({ range: 'last', min: rule.breaks.at(-2) });
    expect(labels.length).toBeGreaterThan(2);
  });
});
