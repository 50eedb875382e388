// One palette for the map layers and the legend swatches, so they cannot drift apart.
import type { CorridorKind, CorridorStatus, ParkStatus, PlaceKind } from '../data/schema';

export type RGBA = [number, number, number, number];

// Colour-blind-safe: the hues are Okabe & Ito's (2008) set and the park statuses a purple–orange
// scheme (ColorBrewer PuOr), so no two entries of one legend group are a red–green pair; the
// unit test simulates protanopia, deuteranopia and tritanopia and asserts a minimum ΔE between
// any two entries of a group (src/map/palette.test.ts).
export const PARK_FILL: Record<ParkStatus, RGBA> = {
  existing: [94, 60, 153, 170],
  expanding: [178, 171, 210, 220],
  under_construction: [230, 97, 1, 170],
  planned: [253, 184, 99, 90],
};
export const PARK_LINE: Record<ParkStatus, RGBA> = {
  existing: [64, 36, 112, 255],
  expanding: [94, 60, 153, 255],
  under_construction: [150, 60, 0, 255],
  planned: [184, 110, 20, 255],
};
/** Dash pattern [dash, gap] in line widths; [0, 0] is solid. */
export const PARK_DASH: Record<ParkStatus, [number, number]> = {
  existing: [0, 0],
  expanding: [0, 0],
  under_construction: [0, 0],
  planned: [3, 2],
};

export const CORRIDOR_COLOR: Record<CorridorKind, RGBA> = {
  expressway: [200, 70, 0, 255],
  national_road: [230, 159, 0, 255],
  ring_road: [170, 51, 119, 255],
  provincial_road: [120, 94, 60, 255],
  railway: [34, 34, 34, 255],
  metro: [0, 114, 178, 255],
  waterway: [86, 180, 233, 255],
};
/** Railways are cased: a thin light centre line on the dark one, so they read as track, not status. */
export const RAILWAY_CENTRE: RGBA = [255, 255, 255, 255];
/** The legend's status samples (existing, under construction, planned): a neutral mid grey. */
export const STATUS_SAMPLE: RGBA = [187, 187, 187, 255];
export const CORRIDOR_WIDTH: Record<CorridorKind, number> = {
  expressway: 4,
  national_road: 3,
  ring_road: 3.5,
  provincial_road: 2,
  railway: 2.5,
  metro: 3,
  waterway: 2.5,
};
export const CORRIDOR_DASH: Record<CorridorStatus, [number, number]> = {
  existing: [0, 0],
  under_construction: [3, 1.5],
  planned: [1.5, 1.5],
};

/** An unsourced sketch (no source supports the line): grey and dotted, whatever its kind and status. */
export const UNSOURCED_LINE: RGBA = [107, 114, 128, 230];
export const UNSOURCED_DASH: [number, number] = [0.6, 2];

export const PLACE_COLOR: Record<PlaceKind, RGBA> = {
  innovation: [204, 51, 153, 255],
  logistics: [0, 158, 115, 255],
  admin: [30, 41, 59, 255],
};

export const DISTRICT_LINE: RGBA = [30, 41, 59, 220];
export const CONTEXT_LINE: RGBA = [100, 116, 139, 200];
export const SELECTION: RGBA = [250, 204, 21, 255];
export const HIGHLIGHT: RGBA = [255, 255, 255, 90];
export const TEXT: RGBA = [15, 23, 42, 255];
export const HALO: RGBA = [255, 255, 255, 230];

export const css = (c: RGBA): string => `rgba(${c[0]}, ${c[1]}, ${c[2]}, ${(c[3] / 255).toFixed(2)})`;
