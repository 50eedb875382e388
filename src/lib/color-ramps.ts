// Sequential colour ramps for choropleths, 3–7 classes, light (low) to dark (high).
// Colours from ColorBrewer 2.0 by Cynthia A. Brewer, Geography, Pennsylvania State University
// (colorbrewer2.org), Apache License 2.0. Written out here rather than imported at run time (the
// full table is 20 kB for the three ramps used); color-ramps.test.ts checks them against the
// `colorbrewer` package. ColorBrewer marks all three colour-blind safe at every size used here.
import { MAX_CLASSES, MIN_CLASSES } from '../analysis/class-params';

export const RAMP_NAMES = ['Blues', 'YlGnBu', 'Purples'] as const;
export type RampName = (typeof RAMP_NAMES)[number];

type Ramp = Readonly<Record<3 | 4 | 5 | 6 | 7, readonly string[]>>;

const RAMPS: Readonly<Record<RampName, Ramp>> = {
  Blues: {
    3: ['#deebf7', '#9ecae1', '#3182bd'],
    4: ['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5'],
    5: ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
    6: ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'],
    7: ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'],
  },
  YlGnBu: {
    3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
    4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
    5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
    6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
    7: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
  },
  Purples: {
    3: ['#efedf5', '#bcbddc', '#756bb1'],
    4: ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#6a51a3'],
    5: ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'],
    6: ['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#756bb1', '#54278f'],
    7: ['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#4a1486'],
  },
};

/**
 * The no-data fill: a neutral grey, lighter than every ramp's darker half and without hue, so it
 * does not read as a class; draw it with a hatch or outline as well where the renderer can, since
 * it is close in lightness to some middle classes.
 */
export const NO_DATA_COLOR = '#bdbdbd';

/**
 * The `classes` colours (hex `#rrggbb`, light to dark) of ramp `name`, for 1–7 classes: fewer than
 * 3 (data with fewer distinct values) take the ends of the 3-class ramp, so one class is the
 * darkest. Throws RangeError for a count outside 1–7 or an unknown ramp name.
 */
export function rampColors(name: RampName, classes: number): readonly string[] {
  const ramp = RAMPS[name];
  if (!ramp) throw new RangeError(`Unknown colour ramp "${name}".`);
  if (!Number.isInteger(classes) || classes < 1 || classes > MAX_CLASSES)
    throw new RangeError(`A ramp has 1–${MAX_CLASSES} classes, not ${classes}.`);
  if (classes >= MIN_CLASSES) return ramp[classes as 3 | 4 | 5 | 6 | 7];
  const three = ramp[3];
  return classes === 2 ? [three[0]!, three[2]!] : [three[2]!];
}

/**
 * As rampColors, without the ramp's palest colour: the `classes` darkest colours of the ramp one
 * class longer (up to 6 classes; 7 keep the 7-class ramp). For features drawn over the light
 * basemap with some transparency (imported layers coloured by a column), where YlGnBu's #ffffcc
 * all but vanishes; the colours stay ColorBrewer's, in order, colour-blind safe.
 */
export function rampColorsOnLight(name: RampName, classes: number): readonly string[] {
  if (!Number.isInteger(classes) || classes < 1 || classes > MAX_CLASSES)
    throw new RangeError(`A ramp has 1–${MAX_CLASSES} classes, not ${classes}.`);
  if (classes >= MAX_CLASSES) return rampColors(name, classes);
  const longer = rampColors(name, Math.max(MIN_CLASSES, classes + 1)).slice(1);
  return classes === longer.length ? longer : longer.slice(longer.length - classes);
}

/** `#rrggbb` → [r, g, b, alpha] (0–255), the form deck.gl layers take. */
export function hexToRgba(hex: string, alpha = 255): [number, number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new RangeError(`Not a #rrggbb colour: "${hex}".`);
  return [Number.parseInt(m[1]!, 16), Number.parseInt(m[2]!, 16), Number.parseInt(m[3]!, 16), alpha];
}
