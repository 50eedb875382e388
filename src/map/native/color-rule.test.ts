// colorRuleExpression evaluated by MapLibre's own expression engine (@maplibre/maplibre-gl-style-spec,
// the code maplibre-gl draws with), so the test checks what the map draws, not the array's shape.
import { expression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { ColorRule } from '../../layers/style';
import { colorRuleExpression } from './color-rule';

/** The colour MapLibre computes for a feature with `properties`, as '#rrggbb'. */
function colourOf(rule: ColorRule, properties: Record<string, unknown>): string {
  const parsed = expression.createExpression(colorRuleExpression(rule), {
    type: 'color',
    'property-type': 'data-driven',
    expression: { interpolated: false, parameters: ['zoom', 'feature'] },
  } as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const c = parsed.value.evaluate({ zoom: 9 }, { type: 'Polygon', properties } as never) as
    | string
    | { r: number; g: number; b: number };
  // A constant comes back as written; anything computed as a Color (channels 0–1).
  if (typeof c === 'string') return c.toLowerCase();
  const hex = (x: number) =>
    Math.round(x * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${hex(c.r)}${hex(c.g)}${hex(c.b)}`;
}

const classes: ColorRule = {
  type: 'classes',
  field: 'v',
  breaks: [10, 20, 30],
  colors: ['#111111', '#222222', '#333333'],
  missing: '#999999',
};

describe('colorRuleExpression', () => {
  it('classes: upper bounds inclusive, above the last break the last colour', () => {
    expect(colourOf(classes, { v: -5 })).toBe('#111111');
    expect(colourOf(classes, { v: 10 })).toBe('#111111');
    expect(colourOf(classes, { v: 10.0001 })).toBe('#222222');
    expect(colourOf(classes, { v: 20 })).toBe('#222222');
    expect(colourOf(classes, { v: 25 })).toBe('#333333');
    expect(colourOf(classes, { v: 30 })).toBe('#333333');
    expect(colourOf(classes, { v: 1e9 })).toBe('#333333');
  });

  it('classes: a missing or non-numeric value takes the missing colour, never a class', () => {
    expect(colourOf(classes, {})).toBe('#999999');
    expect(colourOf(classes, { v: null })).toBe('#999999');
    expect(colourOf(classes, { v: '15' })).toBe('#999999');
    expect(colourOf(classes, { v: 0 })).toBe('#111111');
  });

  it('classes: one class, and no class at all', () => {
    const one: ColorRule = { ...classes, breaks: [7], colors: ['#abcdef'] };
    expect(colourOf(one, { v: 7 })).toBe('#abcdef');
    expect(colourOf(one, { v: 70 })).toBe('#abcdef');
    expect(colourOf(one, { v: null })).toBe('#999999');
    const none: ColorRule = { ...classes, breaks: [], colors: [] };
    expect(colourOf(none, { v: 3 })).toBe('#999999');
  });

  it('classes: refuses more breaks than colours and unsorted breaks', () => {
    expect(() => colorRuleExpression({ ...classes, colors: ['#000000'] })).toThrow(RangeError);
    expect(() => colorRuleExpression({ ...classes, breaks: [3, 2, 1] })).toThrow(RangeError);
  });

  it('fixed and category rules', () => {
    expect(colourOf({ type: 'fixed', color: '#123456' }, {})).toBe('#123456');
    const cat: ColorRule = {
      type: 'category',
      field: 'status',
      colors: { existing: '#ff0000', planned: '#0000ff' },
      other: '#00ff00',
    };
    expect(colourOf(cat, { status: 'planned' })).toBe('#0000ff');
    expect(colourOf(cat, { status: 'other' })).toBe('#00ff00');
    expect(colourOf(cat, {})).toBe('#00ff00');
    expect(colourOf({ ...cat, colors: {} }, { status: 'planned' })).toBe('#00ff00');
  });
});
