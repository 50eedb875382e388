// The style rules of src/layers/style.ts evaluated for one feature's properties, in plain
// TypeScript: what deck.gl's accessors and the legend use. The MapLibre renderer writes the same
// rules as style expressions (src/map/native/expressions.ts); tests hold the two to one meaning.
import type { ColorRule, MissingStyle, NumberRule } from './style';

type Props = Record<string, unknown> | null | undefined;

/** A value a `missing` rule treats as missing: null, absent, '' or a non-finite number. */
export function isMissingValue(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (typeof v === 'number' && !Number.isFinite(v));
}

/** The colour (a CSS string) `rule` gives a feature with `props`. */
export function colorOf(rule: ColorRule, props: Props): string {
  if (rule.type === 'fixed') return rule.color;
  const v = props?.[rule.field];
  if (rule.type === 'category') {
    const key = v === null || v === undefined ? undefined : String(v);
    return key !== undefined && Object.hasOwn(rule.colors, key) ? rule.colors[key]! : rule.other;
  }
  if (typeof v !== 'number' || !Number.isFinite(v) || rule.colors.length === 0) return rule.missing;
  const i = rule.breaks.findIndex((b) => v <= b);
  return rule.colors[i < 0 ? rule.colors.length - 1 : Math.min(i, rule.colors.length - 1)]!;
}

/** The colour with the `missing` rule applied first (features missing its field take its colour). */
export function colorWithMissing(rule: ColorRule, missing: MissingStyle | undefined, props: Props): string {
  return missing && isMissingValue(props?.[missing.field]) ? missing.color : colorOf(rule, props);
}

/** The number `rule` gives a feature with `props`. */
export function numberOf(rule: NumberRule, props: Props): number {
  if (typeof rule === 'number') return rule;
  const v = props?.[rule.field];
  const key = v === null || v === undefined ? undefined : String(v);
  return key !== undefined && Object.hasOwn(rule.values, key) ? rule.values[key]! : rule.other;
}

/**
 * A CSS colour of the forms this project writes ('#rgb', '#rrggbb', '#rrggbbaa', 'rgb(…)',
 * 'rgba(r, g, b, a)' with a in 0–1) as [r, g, b, a] in 0–255; an unreadable string is opaque
 * mid grey, so a bad colour in a description shows rather than vanishes.
 */
export function rgbaOf(color: string): [number, number, number, number] {
  const c = color.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(c)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((h) => h + h).join('') : hex;
    const n = (i: number) => Number.parseInt(full.slice(i, i + 2), 16);
    return [n(0), n(2), n(4), full.length === 8 ? n(6) : 255];
  }
  const fn = /^rgba?\(([^)]*)\)$/i.exec(c)?.[1];
  if (fn) {
    const parts = fn
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    if (parts.length >= 3 && parts.every(Number.isFinite)) {
      const a = parts[3] ?? 1;
      return [parts[0]!, parts[1]!, parts[2]!, Math.round(Math.min(1, Math.max(0, a)) * 255)];
    }
  }
  return [128, 128, 128, 255];
}
