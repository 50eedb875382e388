// The declarative style of a layer (issue 8 §1): plain JSON data, never a function, so a curated
// layer, a choropleth, a time-slider state and an imported file are all described the same way and
// one renderer (src/map/) draws any of them. Colours are CSS strings ('#rrggbb' or 'rgba(…)').
//
// This file is the contract between the layer model, the renderer and the features that restyle a
// layer (choropleth, time slider, investors' explorer): extend it additively.

/** A colour for every feature, by one property's value, or by numeric classes of one property. */
export type ColorRule =
  | { type: 'fixed'; color: string }
  /** `colors[value]` for a feature whose `field` is `value` (as a string); `other` for the rest. */
  | { type: 'category'; field: string; colors: Record<string, string>; other: string }
  /**
   * Numeric classes: a feature whose `field` is a finite number v takes `colors[i]` for the first i
   * with v <= breaks[i] (breaks ascending, one per class: each class's upper bound, inclusive, as
   * src/analysis/classify.ts makes them); a value above the last break takes the last colour; a
   * missing or non-numeric value takes `missing`.
   */
  | { type: 'classes'; field: string; breaks: number[]; colors: string[]; missing: string };

/** A number for every feature, or by one property's value. */
export type NumberRule =
  | number
  | { type: 'category'; field: string; values: Record<string, number>; other: number };

/** Polygon interiors. */
export interface FillStyle {
  color: ColorRule;
  /** 0–1, before the layer's opacity is applied. */
  opacity: number;
}

/** Lines, and polygon outlines. */
export interface LineStyle {
  color: ColorRule;
  /** CSS pixels. */
  width: NumberRule;
  /** Dash pattern by a property's value (e.g. status 'planned' → [2, 2]); absent: solid. */
  dash?: { field: string; values: Record<string, number[]> };
}

/** Points, drawn as circles (or the layer's symbol when it has one). */
export interface PointStyle {
  color: ColorRule;
  /** CSS pixels. */
  radius: number;
  strokeColor?: string;
}

/** A label per feature from a property, per language (e.g. { vi: 'name_vi', en: 'name_en' }). */
export interface LabelStyle {
  field: { vi: string; en: string };
  minzoom?: number;
}

/**
 * Features whose `field` is missing (null, absent, '' or non-finite) drawn apart: in `color`, with
 * the outline dashed by `dash`, so "year unknown" or "no data" never looks like a value.
 */
export interface MissingStyle {
  field: string;
  color: string;
  dash: number[];
}

export interface LayerStyle {
  fill?: FillStyle;
  line?: LineStyle;
  point?: PointStyle;
  label?: LabelStyle;
  missing?: MissingStyle;
}
