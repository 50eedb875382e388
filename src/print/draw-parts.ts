// Canvas drawings of the page parts that are not text lines: a legend swatch, the scale bar and
// the north arrow. Sizes are in image pixels, derived from the layout's unit.
import type { Swatch } from '../ui/legend-entries';

/** A legend swatch in a `size`-pixel square at (x, y), drawn as Legend.tsx draws it in HTML. */
export function drawSwatch(
  ctx: CanvasRenderingContext2D,
  s: Swatch,
  x: number,
  y: number,
  size: number,
): void {
  ctx.save();
  if (s.kind === 'area') {
    ctx.fillStyle = s.fill;
    ctx.fillRect(x, y, size, size);
    ctx.strokeStyle = s.line;
    ctx.lineWidth = Math.max(1, size / 8);
    ctx.setLineDash(s.dashed ? [size / 5, size / 8] : []);
    ctx.strokeRect(x, y, size, size);
  } else if (s.kind === 'dot') {
    ctx.fillStyle = s.color;
    ctx.beginPath();
    ctx.arc(x + size / 2, y + size / 2, size / 3, 0, 2 * Math.PI);
    ctx.fill();
  } else {
    const w = Math.max(1, size / 5);
    ctx.strokeStyle = s.color;
    ctx.lineWidth = s.centre ? w * 1.4 : w;
    const dashed = s.dash && s.dash.length > 0 && s.dash[0]! > 0;
    ctx.setLineDash(dashed ? s.dash!.map((n) => n * w) : []);
    ctx.beginPath();
    ctx.moveTo(x, y + size / 2);
    ctx.lineTo(x + size * 1.6, y + size / 2);
    ctx.stroke();
    if (s.centre) {
      ctx.strokeStyle = s.centre;
      ctx.lineWidth = w / 3;
      ctx.stroke();
    }
  }
  ctx.restore();
}

/** A scale bar `px` long with its `label`, its left end at (x, baseline y); `unit` sets sizes. */
export function drawScaleBar(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  px: number,
  label: string,
  unit: number,
): void {
  ctx.save();
  const h = unit * 0.8;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x, y - h, px, h);
  ctx.fillStyle = '#222222';
  ctx.fillRect(x, y - h, px / 2, h);
  ctx.strokeStyle = '#222222';
  ctx.lineWidth = Math.max(1, unit / 8);
  ctx.strokeRect(x, y - h, px, h);
  ctx.font = `${1.6 * unit}px "Noto Sans", sans-serif`;
  ctx.textBaseline = 'bottom';
  ctx.fillText(label, x + px + unit, y + unit * 0.3);
  ctx.restore();
}

/**
 * A north arrow centred at (cx, cy), `size` pixels tall, pointing at map north: rotated by
 * −bearing (a map turned `bearing` degrees clockwise has north that far anticlockwise). `n` is the
 * letter under it, from the locale table.
 */
export function drawNorthArrow(
  ctx: CanvasRenderingContext2D,
  cx: number,
  cy: number,
  size: number,
  bearing: number,
  n: string,
): void {
  ctx.save();
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.beginPath();
  ctx.arc(cx, cy, size * 0.62, 0, 2 * Math.PI);
  ctx.fill();
  ctx.translate(cx, cy);
  ctx.rotate((-bearing * Math.PI) / 180);
  ctx.fillStyle = '#222222';
  ctx.beginPath();
  ctx.moveTo(0, -size / 2);
  ctx.lineTo(size / 4, size / 4);
  ctx.lineTo(0, size / 8);
  ctx.lineTo(-size / 4, size / 4);
  ctx.closePath();
  ctx.fill();
  ctx.font = `700 ${size / 3.2}px "Noto Sans", sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillText(n, 0, size / 4);
  ctx.restore();
}
