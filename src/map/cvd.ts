// Colour-vision-deficiency simulation for checking the palette: Machado, Oliveira & Fernandes
// (2009) matrices at full severity, applied in linear sRGB, and CIELAB (D65) distances (ΔE*ab).
// Source of the matrices: the paper's table (also used by Chromium's DevTools emulation).

export type Rgb = readonly [number, number, number];
export type Deficiency = 'none' | 'protanopia' | 'deuteranopia' | 'tritanopia';

const MATRICES: Record<Exclude<Deficiency, 'none'>, number[]> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const toSrgb = (v: number) => {
  const c = Math.max(0, Math.min(1, v));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};

/** `rgb` (0–255 sRGB) as seen with `deficiency`, in 0–255 sRGB (not rounded). */
export function simulate(rgb: Rgb, deficiency: Deficiency): [number, number, number] {
  if (deficiency === 'none') return [rgb[0], rgb[1], rgb[2]];
  const m = MATRICES[deficiency];
  const [r, g, b] = rgb.map(toLinear) as [number, number, number];
  return [
    toSrgb(m[0]! * r + m[1]! * g + m[2]! * b),
    toSrgb(m[3]! * r + m[4]! * g + m[5]! * b),
    toSrgb(m[6]! * r + m[7]! * g + m[8]! * b),
  ];
}

/** CIELAB (D65) of an sRGB colour. */
export function lab(rgb: Rgb): [number, number, number] {
  const [r, g, b] = rgb.map(toLinear) as [number, number, number];
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** ΔE*ab (CIE76) between two sRGB colours. */
export function deltaE(a: Rgb, b: Rgb): number {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** An RGBA colour (alpha 0–255) composited over an opaque background. */
export function over(c: readonly number[], background: Rgb): Rgb {
  const a = (c[3] ?? 255) / 255;
  return [0, 1, 2].map((i) => c[i]! * a + background[i]! * (1 - a)) as unknown as Rgb;
}
