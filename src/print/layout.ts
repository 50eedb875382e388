// Page geometry of an exported PNG and of the printed page: paper sizes, the pixel size at a
// resolution, and where the title, map, legend and footer go. Pure numbers, shared by the PNG
// composer (compose.ts) and the print sheet (PrintSheet.tsx) so both put things in the same places.

export type Paper = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

/** ISO 216 sizes in millimetres, portrait (width, height). */
export const PAPER_MM: Record<Paper, readonly [number, number]> = { A4: [210, 297], A3: [297, 420] };
const MM_PER_INCH = 25.4;

/** Paper size in mm for the orientation: [width, height]. */
export function paperMm(paper: Paper, orientation: Orientation): [number, number] {
  const [w, h] = PAPER_MM[paper];
  return orientation === 'portrait' ? [w, h] : [h, w];
}

/** Paper size in whole pixels at `dpi` dots per inch: [width, height] (rounded). */
export function paperPx(paper: Paper, orientation: Orientation, dpi: number): [number, number] {
  const [w, h] = paperMm(paper, orientation);
  return [Math.round((w / MM_PER_INCH) * dpi), Math.round((h / MM_PER_INCH) * dpi)];
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PageLayout {
  width: number;
  height: number;
  /** One unit of spacing and the base font size, in pixels: everything scales with it. */
  unit: number;
  title: Box;
  map: Box;
  legend: Box;
  footer: Box;
}

/**
 * The layout of a `width` × `height` pixel page: a title band on top, the map, the legend at the
 * right (landscape-like pages) or under the map (portrait-like), a footer line (scale bar,
 * attribution, date). `unit` is 1/100 of the shorter side, so a 300 dpi page and a screen-sized
 * image have the same proportions.
 */
export function pageLayout(width: number, height: number): PageLayout {
  const unit = Math.max(4, Math.min(width, height) / 100);
  const pad = 3 * unit;
  const titleH = 7 * unit;
  const footerH = 8 * unit;
  const inner = { x: pad, y: pad + titleH, w: width - 2 * pad, h: height - 2 * pad - titleH - footerH };
  const wide = width >= height;
  const legendW = wide ? Math.round(inner.w * 0.24) : inner.w;
  const legendH = wide ? inner.h : Math.round(inner.h * 0.26);
  const map: Box = wide
    ? { x: inner.x, y: inner.y, w: inner.w - legendW - pad, h: inner.h }
    : { x: inner.x, y: inner.y, w: inner.w, h: inner.h - legendH - pad };
  const legend: Box = wide
    ? { x: map.x + map.w + pad, y: inner.y, w: legendW, h: inner.h }
    : { x: inner.x, y: map.y + map.h + pad, w: inner.w, h: legendH };
  return {
    width,
    height,
    unit,
    title: { x: pad, y: pad, w: width - 2 * pad, h: titleH },
    map,
    legend,
    footer: { x: pad, y: height - pad - footerH, w: width - 2 * pad, h: footerH },
  };
}

/** Legend column width of a screen-resolution image, CSS pixels. */
export const SCREEN_LEGEND_W = 260;
/** Spacing unit of a screen-resolution image, CSS pixels (the base font is 2 units). */
export const SCREEN_UNIT = 8;

/**
 * Screen-resolution image: the map box is exactly the map's on-screen size (`mapW` × `mapH` CSS
 * pixels, one image pixel each), the legend a SCREEN_LEGEND_W column at its right; the page is
 * mapW + SCREEN_LEGEND_W + 9 units wide and mapH + 21 units high (3-unit margins and gap, a 7-unit
 * title band, an 8-unit footer).
 */
export function screenLayout(mapW: number, mapH: number): PageLayout {
  const unit = SCREEN_UNIT;
  const pad = 3 * unit;
  const titleH = 7 * unit;
  const footerH = 8 * unit;
  const width = mapW + SCREEN_LEGEND_W + 3 * pad;
  const height = mapH + titleH + footerH + 2 * pad;
  const map: Box = { x: pad, y: pad + titleH, w: mapW, h: mapH };
  return {
    width,
    height,
    unit,
    title: { x: pad, y: pad, w: width - 2 * pad, h: titleH },
    map,
    legend: { x: map.x + mapW + pad, y: map.y, w: SCREEN_LEGEND_W, h: mapH },
    footer: { x: pad, y: height - pad - footerH, w: width - 2 * pad, h: footerH },
  };
}
