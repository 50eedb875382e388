import { describe, expect, it } from 'vitest';
import { baseOpacities, scaledOpacity } from './opacity';

describe('scaledOpacity', () => {
  it("keeps the style's own value at opacity 1", () => {
    const expr = ['case', ['boolean', ['feature-state', 'hover'], false], 0.85, 0.3];
    expect(scaledOpacity(expr, 1)).toBe(expr);
    expect(scaledOpacity(0.5, 1)).toBe(0.5);
    expect(scaledOpacity(undefined, 1)).toBeUndefined();
  });

  it('scales a number, the default and an expression', () => {
    expect(scaledOpacity(0.5, 0.3)).toBeCloseTo(0.15, 10);
    expect(scaledOpacity(undefined, 0.3)).toBe(0.3);
    const expr = ['case', true, 0.85, 0.3];
    expect(scaledOpacity(expr, 0.3)).toEqual(['*', 0.3, ['case', true, 0.85, 0.3]]);
    expect(scaledOpacity(expr, 0)).toEqual(['*', 0, expr]);
  });
});

describe('baseOpacities', () => {
  it("lists the layer type's opacity properties with the style's values", () => {
    expect([...baseOpacities('fill', { 'fill-opacity': 0.2 })]).toEqual([['fill-opacity', 0.2]]);
    expect([...baseOpacities('symbol', {})]).toEqual([
      ['icon-opacity', undefined],
      ['text-opacity', undefined],
    ]);
    expect([...baseOpacities('background', {})]).toEqual([]);
  });
});
