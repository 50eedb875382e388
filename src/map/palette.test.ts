import { describe, expect, it } from 'vitest';
import { CORRIDOR_COLOR, PARK_FILL, PLACE_COLOR, STATUS_SAMPLE } from './colors';
import { type Deficiency, deltaE, over, type Rgb, simulate } from './cvd';

/** Land colour of the offline basemap (tiles/basemap.ts), under the translucent park fills. */
const LAND: Rgb = [248, 246, 241];
/** Smallest ΔE*ab between two entries of one legend group, for every kind of vision. */
const MIN_DELTA_E = 20;
const VISIONS: Deficiency[] = ['none', 'protanopia', 'deuteranopia', 'tritanopia'];

type Group = Record<string, readonly number[]>;

function closestPair(group: Group, vision: Deficiency): { pair: string; deltaE: number } {
  const entries = Object.entries(group);
  let best = { pair: '', deltaE: Number.POSITIVE_INFINITY };
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const [a, ca] = entries[i]!;
      const [b, cb] = entries[j]!;
      const d = deltaE(simulate(ca as unknown as Rgb, vision), simulate(cb as unknown as Rgb, vision));
      if (d < best.deltaE) best = { pair: `${a} / ${b}`, deltaE: d };
    }
  }
  return best;
}

describe('colour-vision simulation', () => {
  it('maps a red and a green of equal lightness close together for deuteranopes only', () => {
    // A red and a green picked by hand with CIELAB L* ≈ 54 (hue is all that tells them apart).
    const red: Rgb = [200, 80, 60];
    const green: Rgb = [90, 140, 60];
    expect(deltaE(red, green)).toBeGreaterThan(50);
    expect(deltaE(simulate(red, 'deuteranopia'), simulate(green, 'deuteranopia'))).toBeLessThan(15);
    expect(deltaE(simulate(red, 'tritanopia'), simulate(green, 'tritanopia'))).toBeGreaterThan(30);
  });

  it('leaves greys grey', () => {
    for (const v of VISIONS) {
      const [r, g, b] = simulate([128, 128, 128], v);
      expect(Math.max(Math.abs(r - g), Math.abs(g - b))).toBeLessThan(1);
    }
  });
});

describe('legend palette', () => {
  const groups: Record<string, Group> = {
    // Line swatches: every corridor kind and the neutral status samples.
    corridors: { ...CORRIDOR_COLOR, status_sample: STATUS_SAMPLE },
    // Area swatches, as seen: translucent fills over the land.
    parks: Object.fromEntries(Object.entries(PARK_FILL).map(([k, c]) => [k, over(c, LAND)])),
    places: PLACE_COLOR,
  };
  for (const [name, group] of Object.entries(groups)) {
    for (const vision of VISIONS) {
      it(`${name}: any two entries differ by ΔE ≥ ${MIN_DELTA_E} (${vision})`, () => {
        const { pair, deltaE: d } = closestPair(group, vision);
        expect(d, `closest: ${pair}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
      });
    }
  }

  it('the check fails on the previous palette (red expressway beside green ring road)', () => {
    const previous: Group = {
      expressway: [220, 38, 38],
      national_road: [245, 158, 11],
      ring_road: [5, 150, 105],
      provincial_road: [161, 98, 7],
      railway: [51, 65, 85],
      status_sample: [71, 85, 105],
    };
    expect(closestPair(previous, 'deuteranopia').deltaE).toBeLessThan(MIN_DELTA_E);
    expect(closestPair(previous, 'none').pair).toBe('railway / status_sample');
  });
});
