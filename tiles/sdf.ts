// Signed distance fields from glyph outlines, computed from the geometry itself (no canvas): the
// outline is flattened to segments, each pixel centre gets its distance to the nearest segment,
// and the non-zero winding rule of TrueType outlines says whether it is inside. This is what
// node-fontnik / sdf-glyph-foundry do with FreeType, and what MapLibre expects in a glyph PBF.

import type { PathCommand } from 'opentype.js';

/** A segment [x0, y0, x1, y1] in pixels, y down (opentype.js path coordinates). */
export type Segment = [number, number, number, number];

/** Straight segments of an outline; quadratic and cubic curves are cut into `steps` pieces. */
export function flatten(commands: PathCommand[], steps = 8): Segment[] {
  const out: Segment[] = [];
  let sx = 0;
  let sy = 0;
  let x = 0;
  let y = 0;
  const lineTo = (nx: number, ny: number) => {
    if (nx !== x || ny !== y) out.push([x, y, nx, ny]);
    x = nx;
    y = ny;
  };
  for (const c of commands) {
    if (c.type === 'M') {
      if (x !== sx || y !== sy) lineTo(sx, sy);
      sx = x = c.x!;
      sy = y = c.y!;
    } else if (c.type === 'L') {
      lineTo(c.x!, c.y!);
    } else if (c.type === 'Q') {
      const [x0, y0] = [x, y];
      for (let i = 1; i <= steps; i++) {
        const t = i / steps;
        const u = 1 - t;
        lineTo(u * u * x0 + 2 * u * t * c.x1! + t * t * c.x!, u * u * y0 + 2 * u * t * c.y1! + t * t * c.y!);
      }
    } else if (c.type === 'C') {
      const [x0, y0] = [x, y];
      for (let i = 1; i <= steps; i++) {
        const t = i / steps;
        const u = 1 - t;
        const a = u * u * u;
        const b = 3 * u * u * t;
        const d = 3 * u * t * t;
        const e = t * t * t;
        lineTo(a * x0 + b * c.x1! + d * c.x2! + e * c.x!, a * y0 + b * c.y1! + d * c.y2! + e * c.y!);
      }
    } else if (c.type === 'Z') {
      lineTo(sx, sy);
    }
  }
  if (x !== sx || y !== sy) lineTo(sx, sy);
  return out;
}

function distanceToSegment(px: number, py: number, s: Segment): number {
  const dx = s[2] - s[0];
  const dy = s[3] - s[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((px - s[0]) * dx + (py - s[1]) * dy) / len2 : 0;
  t = Math.max(0, Math.min(1, t));
  const ex = s[0] + t * dx - px;
  const ey = s[1] + t * dy - py;
  return Math.sqrt(ex * ex + ey * ey);
}

/** Non-zero winding number of the closed outline around (px, py). */
export function winding(px: number, py: number, segments: Segment[]): number {
  let w = 0;
  for (const [x0, y0, x1, y1] of segments) {
    if (y0 <= py) {
      if (y1 > py && (x1 - x0) * (py - y0) - (px - x0) * (y1 - y0) > 0) w++;
    } else if (y1 <= py && (x1 - x0) * (py - y0) - (px - x0) * (y1 - y0) < 0) w--;
  }
  return w;
}

export interface SdfOptions {
  /** Pixels of field around the glyph box (MapLibre's glyph PBFs: 3). */
  buffer: number;
  /** Distance in pixels that spans the whole 0–255 range (MapLibre / TinySDF: 8). */
  radius: number;
  /** Share of the range below the edge (MapLibre / TinySDF: 0.25, so the edge is 191). */
  cutoff: number;
}

export const MAPLIBRE_SDF: SdfOptions = { buffer: 3, radius: 8, cutoff: 0.25 };

/**
 * The SDF bitmap of an outline whose box starts at pixel column `left` and row `top` (y down),
 * `width` × `height` pixels, plus `buffer` on each side; row-major, one byte a pixel: 255 deep
 * inside, 255 × (1 − cutoff) on the edge, 0 at `radius` × (1 − cutoff) outside.
 */
export function sdfBitmap(
  segments: Segment[],
  left: number,
  top: number,
  width: number,
  height: number,
  o: SdfOptions = MAPLIBRE_SDF,
): Uint8Array {
  const w = width + 2 * o.buffer;
  const h = height + 2 * o.buffer;
  const out = new Uint8Array(w * h);
  for (let j = 0; j < h; j++) {
    const py = top - o.buffer + j + 0.5;
    for (let i = 0; i < w; i++) {
      const px = left - o.buffer + i + 0.5;
      let d = Number.POSITIVE_INFINITY;
      for (const s of segments) d = Math.min(d, distanceToSegment(px, py, s));
      if (winding(px, py, segments) !== 0) d = -d;
      out[j * w + i] = Math.max(0, Math.min(255, Math.round(255 - 255 * (d / o.radius + o.cutoff))));
    }
  }
  return out;
}
