// A data layer's opacity (the layer panel's slider) applied to its MapLibre style layers: each
// opacity paint property of the layer's type is scaled, keeping the style's own value (a number or
// an expression such as the parks' hover `case`) as a factor, so hover and status still show.

/** The opacity paint properties of each MapLibre layer type this app draws. */
export const OPACITY_PROPS: Record<string, readonly string[]> = {
  fill: ['fill-opacity'],
  line: ['line-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  symbol: ['icon-opacity', 'text-opacity'],
};

/**
 * The paint value for `base` (the style's own value: a number, an expression, or undefined for the
 * default 1) drawn at `opacity` (0–1). Opacity 1 gives `base` back unchanged (undefined stays
 * undefined, which restores MapLibre's default).
 */
export function scaledOpacity(base: unknown, opacity: number): unknown {
  if (opacity === 1) return base;
  if (base === undefined) return opacity;
  if (typeof base === 'number') return base * opacity;
  return ['*', opacity, base];
}

/** The style's own values of `type`'s opacity properties in `paint` (undefined: not set). */
export function baseOpacities(
  type: string,
  paint: Record<string, unknown> | undefined,
): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const prop of OPACITY_PROPS[type] ?? []) out.set(prop, paint?.[prop]);
  return out;
}
