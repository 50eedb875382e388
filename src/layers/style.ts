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
  | {
      type: 'classes';
      field: string;
      breaks: number[];
      colors: string[];
      missing: string;
      /** Fraction digits of the bounds in the legend (class-digits.ts); whole numbers when absent. */
      digits?: number;
      /**
       * Every value was a whole number (storeys, a year): a class (a, b] is written "a + 1 – b", or
       * "b" alone, not "a – b", which read as holding a (it is the class below's).
       */
      integers?: boolean;
    };

/** A number for every feature, or by one property's value. */
export type NumberRule =
  | number
  | { type: 'category'; field: string; values: Record<string, number>; other: number };

/** Polygon interiors. */
export interface FillStyle {
  color: ColorRule;
  /** 0–1, before the layer's opacity is applied (an rgba colour's alpha multiplies it). */
  opacity: number;
  /** 0–1: the opacity of the feature under the pointer (absent: no hover change). */
  hoverOpacity?: number;
}

/** Lines, and polygon outlines. */
export interface LineStyle {
  color: ColorRule;
  /** CSS pixels. */
  width: NumberRule;
  /** Dash pattern by a property's value (e.g. status 'planned' → [2, 2]); absent: solid. */
  dash?: { field: string; values: Record<string, number[]> };
  /** CSS pixels added to the width of the feature under the pointer. */
  hoverWidth?: number;
  /**
   * Features whose `field` is missing (null, absent or '') are drawn only this way, whatever the
   * colour and dash rules say: a line no source supports (`field: 'sources'`) is a grey dotted
   * sketch, never like a sourced line.
   */
  flagged?: { field: string; color: string; dash: number[]; width: number };
  /** A thin line over features whose `field` is one of `values` (railways: a cased double line). */
  centre?: { field: string; values: string[]; color: string; width: number };
}

/** Points, drawn as circles (or the layer's symbol when it has one). */
export interface PointStyle {
  color: ColorRule;
  /** CSS pixels. */
  radius: number;
  strokeColor?: string;
  /** CSS pixels of the `strokeColor` ring inside `radius`. */
  strokeWidth?: number;
  /**
   * Drawn as an icon of the label layer (a dot of the colour rule's colour), so the collision index
   * keeps every label off it; plain circles otherwise.
   */
  icon?: boolean;
}

/** A label per feature from a property, per language (e.g. { vi: 'name_vi', en: 'name_en' }). */
export interface LabelStyle {
  field: { vi: string; en: string };
  minzoom?: number;
  /** The label's text appears from this zoom on (the layer's icons are drawn at every zoom). */
  textMinzoom?: number;
  /** Below this zoom a district's unit type is dropped ("Thủ Dầu Một", not "Thành phố Thủ Dầu Một"). */
  shortBelowZoom?: number;
  /** CSS pixels; `[zoom, size, zoom, size]` interpolates linearly between two zooms. */
  size?: number | [number, number, number, number];
  bold?: boolean;
  color?: string;
  haloWidth?: number;
  /** Ems before the text wraps. */
  maxWidth?: number;
  /** Placement priority: higher places first and wins collisions (district names 50, corridors 10). */
  priority?: number;
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
