// The exported PNG: one 2D canvas holding the title, the map image (MapLibre and deck.gl layers,
// copied in one frame by capture.ts), the legend, a scale bar, a north arrow, the attribution and
// the date. The map is drawn scaled into its layout box keeping its proportions.

import type { MapFrame } from './capture';
import { drawNorthArrow, drawScaleBar, drawSwatch } from './draw-parts';
import type { Box, PageLayout } from './layout';
import type { LegendGroup } from './legend-items';
import { scaleBar } from './scale-bar';
import { fitText, wrapText } from './wrap-text';

export interface PageWords {
  title: string;
  /** "Legend" heading. */
  legend: string;
  /** The date line, already in the locale's format. */
  date: string;
  /** The letter on the north arrow. */
  north: string;
  /** Scale label for a length in metres. */
  scale: (metres: number) => string;
}

/** Where the map image lands in its box: centred, proportions kept; `scale` = box px per CSS px. */
export function mapPlacement(
  frame: Pick<MapFrame, 'cssWidth' | 'cssHeight'>,
  box: Box,
): Box & { scale: number } {
  const scale = Math.min(box.w / frame.cssWidth, box.h / frame.cssHeight);
  const w = frame.cssWidth * scale;
  const h = frame.cssHeight * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h, scale };
}

function drawLegend(
  ctx: CanvasRenderingContext2D,
  groups: LegendGroup[],
  box: Box,
  u: number,
  heading: string,
): void {
  const line = 2.4 * u;
  let y = box.y;
  let x = box.x;
  const colW = box.w;
  ctx.fillStyle = '#222222';
  ctx.textBaseline = 'top';
  ctx.font = `700 ${1.9 * u}px "Noto Sans", sans-serif`;
  ctx.fillText(fitText(ctx, heading, colW), x, y);
  y += line * 1.2;
  for (const g of groups) {
    // A full column continues in a second one to the right, when there is room (wide pages).
    if (y + line * 2 > box.y + box.h) {
      if (x + 2 * colW > box.x + box.w + colW * 0.01) break;
      x += colW;
      y = box.y + line * 1.2;
    }
    ctx.font = `700 ${1.6 * u}px "Noto Sans", sans-serif`;
    for (const t of wrapText(ctx, g.title, colW, 2)) {
      ctx.fillText(t, x, y);
      y += line;
    }
    ctx.font = `${1.5 * u}px "Noto Sans", sans-serif`;
    for (const it of g.items) {
      if (y + line > box.y + box.h) break;
      drawSwatch(ctx, it.swatch, x, y + 0.2 * u, 1.5 * u);
      ctx.fillStyle = '#222222';
      ctx.fillText(fitText(ctx, it.text, colW - 3.5 * u), x + 3.2 * u, y);
      y += line * 0.9;
    }
    y += line * 0.4;
  }
}

/** Draws the whole page onto a new canvas of the layout's size. */
export function composePage(
  frame: MapFrame,
  layout: PageLayout,
  groups: LegendGroup[],
  words: PageWords,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width);
  canvas.height = Math.round(layout.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  const u = layout.unit;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);

  ctx.fillStyle = '#222222';
  ctx.textBaseline = 'top';
  ctx.font = `700 ${3.2 * u}px "Noto Sans", sans-serif`;
  ctx.fillText(fitText(ctx, words.title, layout.title.w), layout.title.x, layout.title.y);

  const place = mapPlacement(frame, layout.map);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(frame.image, place.x, place.y, place.w, place.h);
  ctx.strokeStyle = '#555555';
  ctx.lineWidth = Math.max(1, u / 8);
  ctx.strokeRect(place.x, place.y, place.w, place.h);
  const arrow = 6 * u;
  drawNorthArrow(ctx, place.x + place.w - arrow, place.y + arrow, arrow, frame.bearing, words.north);

  drawLegend(ctx, groups, layout.legend, u, words.legend);

  const f = layout.footer;
  const bar = scaleBar(
    frame.scaleA,
    frame.scaleB,
    frame.spanCss * place.scale,
    Math.min(f.w * 0.25, place.w / 3),
  );
  const baseline = f.y + 3 * u;
  if (bar) drawScaleBar(ctx, f.x, baseline, bar.px, words.scale(bar.metres), u);
  ctx.fillStyle = '#222222';
  ctx.textAlign = 'right';
  ctx.textBaseline = 'top';
  ctx.font = `${1.5 * u}px "Noto Sans", sans-serif`;
  ctx.fillText(fitText(ctx, words.date, f.w * 0.6), f.x + f.w, f.y + u);
  ctx.font = `${1.3 * u}px "Noto Sans", sans-serif`;
  ctx.fillText(fitText(ctx, frame.attribution, f.w * 0.6), f.x + f.w, f.y + 3.6 * u);
  return canvas;
}
