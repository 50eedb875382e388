import colorbrewer from 'colorbrewer/index.es.js';
import { describe, expect, it } from 'vitest';
import {
  hexToRgba,
  NO_DATA_COLOR,
  RAMP_NAMES,
  type RampName,
  rampColors,
  rampColorsOnLight,
} from './color-ramps';

describe('colour ramps', () => {
  it('equal the ColorBrewer package for every ramp and class count 3–7', () => {
    for (const name of RAMP_NAMES) {
      for (const k of [3, 4, 5, 6, 7] as const) {
        expect({ name, k, colors: rampColors(name, k) }).toEqual({ name, k, colors: colorbrewer[name][k] });
      }
    }
  });
  it('go from light to dark', () => {
    const lightness = (hex: string) =>
      hexToRgba(hex)
        .slice(0, 3)
        .reduce((s, c) => s + c, 0);
    for (const name of RAMP_NAMES) {
      const l = rampColors(name, 7).map(lightness);
      expect(
        l.every((v, i) => i === 0 || v < l[i - 1]!),
        name,
      ).toBe(true);
    }
  });
  it('serve fewer distinct values from the 3-class ramp ends', () => {
    expect(rampColors('Blues', 2)).toEqual(['#deebf7', '#3182bd']);
    expect(rampColors('Blues', 1)).toEqual(['#3182bd']);
  });
  it('keep the no-data colour off every ramp', () => {
    for (const name of RAMP_NAMES)
      for (const k of [3, 4, 5, 6, 7]) expect(rampColors(name, k)).not.toContain(NO_DATA_COLOR);
  });
  it('refuse counts outside 1–7, unknown ramps and malformed colours', () => {
    expect(() => rampColors('Blues', 8)).toThrow(RangeError);
    expect(() => rampColors('Blues', 0)).toThrow(RangeError);
    expect(() => rampColors('Reds' as RampName, 3)).toThrow(/Unknown colour ramp/);
    expect(hexToRgba('#08519c', 200)).toEqual([8, 81, 156, 200]);
    expect(() => hexToRgba('blue')).toThrow(RangeError);
  });
});

describe('rampColorsOnLight', () => {
  it('drops the palest colour: the darker end of the ramp one class longer', () => {
    expect(rampColorsOnLight('YlGnBu', 5)).toEqual(['#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494']);
    expect(rampColorsOnLight('YlGnBu', 3)).toEqual(['#a1dab4', '#41b6c4', '#225ea8']);
    expect(rampColorsOnLight('YlGnBu', 1)).toEqual(['#2c7fb8']);
    expect(rampColorsOnLight('YlGnBu', 7)).toEqual(rampColors('YlGnBu', 7));
    for (const k of [1, 2, 3, 4, 5, 6]) expect(rampColorsOnLight('YlGnBu', k)).not.toContain('#ffffcc');
    expect(() => rampColorsOnLight('YlGnBu', 0)).toThrow(RangeError);
  });
});
