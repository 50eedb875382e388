// One palette for the map layers and the legend swatches, so they cannot drift apart.
import type { CorridorKind, CorridorStatus, ParkStatus, PlaceKind } from '../data/schema';

export type RGBA = [number, number, number, number];

export const PARK_FILL: Record<ParkStatus, RGBA> = {
  existing: [109, 40, 217, 150],
  expanding: [192, 38, 211, 140],
  under_construction: [234, 88, 12, 140],
  planned: [139, 92, 246, 38],
};
export const PARK_LINE: Record<ParkStatus, RGBA> = {
  existing: [76, 29, 149, 255],
  expanding: [134, 25, 143, 255],
  under_construction: [154, 52, 18, 255],
  planned: [109, 40, 217, 255],
};
/** Dash pattern [dash, gap] in line widths; [0, 0] is solid. */
export const PARK_DASH: Record<ParkStatus, [number, number]> = {
  existing: [0, 0],
  expanding: [0, 0],
  under_construction: [0, 0],
  planned: [3, 2],
};

export const CORRIDOR_COLOR: Record<CorridorKind, RGBA> = {
  expressway: [220, 38, 38, 255],
  national_road: [245, 158, 11, 255],
  ring_road: [5, 150, 105, 255],
  provincial_road: [161, 98, 7, 255],
  railway: [51, 65, 85, 255],
  metro: [37, 99, 235, 255],
  waterway: [14, 165, 233, 255],
};
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
  innovation: [219, 39, 119, 255],
  logistics: [13, 148, 136, 255],
  admin: [30, 41, 59, 255],
};

export const DISTRICT_LINE: RGBA = [30, 41, 59, 220];
export const CONTEXT_LINE: RGBA = [100, 116, 139, 200];
export const SELECTION: RGBA = [250, 204, 21, 255];
export const HIGHLIGHT: RGBA = [255, 255, 255, 90];
export const TEXT: RGBA = [15, 23, 42, 255];
export const HALO: RGBA = [255, 255, 255, 230];

export const css = (c: RGBA): string => `rgba(${c[0]}, ${c[1]}, ${c[2]}, ${(c[3] / 255).toFixed(2)})`;
