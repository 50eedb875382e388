// MapLibre glyph PBFs generated at build time from the bundled Noto Sans (@fontsource/noto-sans),
// so map labels need no network and draw every Vietnamese letter from the same font as the UI.
// Output: tiles/build/fonts/<fontstack>/<start>-<end>.pbf, one file per 256 code points that the
// font covers, in the glyph protobuf format of node-fontnik (SDF at 24 px, 3 px buffer), which the
// style's `glyphs` URL (relative to style.json) points to. Written by scripts/build-data.ts.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
// opentype.js is CommonJS to Node: its default export is the module object.
import opentype, { type Font } from 'opentype.js';
import Pbf from 'pbf';
import { FONT_BOLD, FONT_REGULAR } from '../src/map/native/fonts.ts';
import { flatten, MAPLIBRE_SDF, sdfBitmap } from './sdf.ts';

/** Size MapLibre's glyph atlas is built for (ONE_EM in its shaping code). */
export const GLYPH_SIZE = 24;

/** CSS weight of each font stack the symbol layers name in `text-font`. */
const WEIGHTS: Record<string, number> = { [FONT_REGULAR]: 400, [FONT_BOLD]: 700 };

/**
 * fontsource splits the font into subsets; the first that maps a code point draws it (the
 * Vietnamese subset holds the precomposed letters with stacked marks, ầ ộ ữ, as composites).
 */
const SUBSETS = ['latin', 'vietnamese', 'latin-ext'];

/** Code-point ranges generated: Latin, Latin Extended A/B, combining marks, Vietnamese, punctuation, symbols. */
export const RANGE_STARTS = [0, 256, 512, 768, 7680, 8192, 8448, 8704];

export interface GlyphMetrics {
  id: number;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
  bitmap: Uint8Array<ArrayBufferLike>;
}

/** The subsets of Noto Sans at a CSS weight (400, 700), in lookup order. */
export function loadFonts(weight: number): Font[] {
  const require = createRequire(import.meta.url);
  const dir = resolve(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
  return SUBSETS.map((s) => {
    const buf = readFileSync(resolve(dir, `noto-sans-${s}-${weight}-normal.woff`));
    return opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
  });
}

/** The first subset that maps `codePoint`, or undefined. */
export function fontFor(fonts: Font[], codePoint: number): Font | undefined {
  const char = String.fromCodePoint(codePoint);
  return fonts.find((f) => f.charToGlyphIndex(char) > 0);
}

/**
 * One glyph's SDF and metrics at GLYPH_SIZE, or null when no subset maps the code point.
 * `top` follows MapLibre's convention for server glyphs: the bitmap's top edge above the
 * baseline minus 27 (MapLibre's own TinySDF glyphs use 27.5 to line up with server fonts).
 */
export function renderGlyph(fonts: Font[], codePoint: number): GlyphMetrics | null {
  const font = fontFor(fonts, codePoint);
  const char = String.fromCodePoint(codePoint);
  if (!font) return null;
  const glyph = font.charToGlyph(char);
  const scale = GLYPH_SIZE / font.unitsPerEm;
  const advance = Math.round((glyph.advanceWidth ?? 0) * scale);
  const segments = flatten(glyph.getPath(0, 0, GLYPH_SIZE).commands);
  if (segments.length === 0) {
    return { id: codePoint, width: 0, height: 0, left: 0, top: -27, advance, bitmap: new Uint8Array(0) };
  }
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const s of segments) {
    x0 = Math.min(x0, s[0], s[2]);
    x1 = Math.max(x1, s[0], s[2]);
    y0 = Math.min(y0, s[1], s[3]);
    y1 = Math.max(y1, s[1], s[3]);
  }
  const left = Math.floor(x0);
  const topRow = Math.floor(y0);
  const width = Math.ceil(x1) - left;
  const height = Math.ceil(y1) - topRow;
  const bitmap = sdfBitmap(segments, left, topRow, width, height, MAPLIBRE_SDF);
  return { id: codePoint, width, height, left, top: -topRow - 27, advance, bitmap };
}

/** The glyph protobuf of one range (glyphs → fontstack { name, range, glyph* }). */
export function encodeRange(name: string, start: number, glyphs: GlyphMetrics[]): Uint8Array {
  const pbf = new Pbf();
  pbf.writeMessage(
    1,
    (_: unknown, p: Pbf) => {
      p.writeStringField(1, name);
      p.writeStringField(2, `${start}-${start + 255}`);
      for (const g of glyphs) {
        p.writeMessage(
          3,
          (_g: unknown, q: Pbf) => {
            q.writeVarintField(1, g.id);
            if (g.bitmap.length > 0) q.writeBytesField(2, g.bitmap);
            q.writeVarintField(3, g.width);
            q.writeVarintField(4, g.height);
            q.writeSVarintField(5, g.left);
            q.writeSVarintField(6, g.top);
            q.writeVarintField(7, g.advance);
          },
          undefined,
        );
      }
    },
    undefined,
  );
  return pbf.finish();
}

/** Writes every range of every font stack under `outDir` (replacing it); returns files and bytes. */
export function buildGlyphs(outDir: string): { files: number; bytes: number } {
  rmSync(outDir, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  for (const [name, weight] of Object.entries(WEIGHTS)) {
    const fonts = loadFonts(weight);
    mkdirSync(resolve(outDir, name), { recursive: true });
    for (const start of RANGE_STARTS) {
      const glyphs: GlyphMetrics[] = [];
      for (let cp = start; cp < start + 256; cp++) {
        const g = renderGlyph(fonts, cp);
        if (g) glyphs.push(g);
      }
      const data = encodeRange(name, start, glyphs);
      writeFileSync(resolve(outDir, name, `${start}-${start + 255}.pbf`), data);
      files++;
      bytes += data.length;
    }
  }
  return { files, bytes };
}
