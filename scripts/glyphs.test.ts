import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import Pbf from 'pbf';
import { describe, expect, it } from 'vitest';
import { corridorLabel, nameOf, shortDistrictName } from '../src/map/native/text.ts';
import {
  encodeRange,
  fontFor,
  type GlyphMetrics,
  loadFonts,
  RANGE_STARTS,
  renderGlyph,
} from '../tiles/glyphs.ts';
import { flatten, sdfBitmap } from '../tiles/sdf.ts';

/** Decodes a glyph PBF by the field numbers of fontnik's glyphs.proto (not with our encoder's code). */
function decode(bytes: Uint8Array): { name: string; range: string; glyphs: GlyphMetrics[] } {
  const out = { name: '', range: '', glyphs: [] as GlyphMetrics[] };
  new Pbf(bytes).readFields((tag, _o, pbf) => {
    if (tag !== 1) return;
    pbf.readMessage((t, _s, p) => {
      if (t === 1) out.name = p.readString();
      else if (t === 2) out.range = p.readString();
      else if (t === 3) {
        const g: GlyphMetrics = {
          id: 0,
          width: 0,
          height: 0,
          left: 0,
          top: 0,
          advance: 0,
          bitmap: new Uint8Array(0),
        };
        p.readMessage((f, _g, q) => {
          if (f === 1) g.id = q.readVarint();
          else if (f === 2) g.bitmap = q.readBytes();
          else if (f === 3) g.width = q.readVarint();
          else if (f === 4) g.height = q.readVarint();
          else if (f === 5) g.left = q.readSVarint();
          else if (f === 6) g.top = q.readSVarint();
          else if (f === 7) g.advance = q.readVarint();
        }, g);
        out.glyphs.push(g);
      }
    }, out);
  }, out);
  return out;
}

const regular = loadFonts(400);

describe('glyph PBFs', () => {
  it('encode the glyph protobuf MapLibre reads, with a (width+6)×(height+6) SDF per glyph', () => {
    const a = renderGlyph(regular, 'ầ'.codePointAt(0)!)!;
    const space = renderGlyph(regular, 32)!;
    const decoded = decode(encodeRange('NotoSans-Regular', 7680, [a, space]));
    expect(decoded.name).toBe('NotoSans-Regular');
    expect(decoded.range).toBe('7680-7935');
    expect(decoded.glyphs[0]).toMatchObject({ id: 0x1ea7, width: a.width, left: a.left, top: a.top });
    expect(decoded.glyphs[0]!.bitmap.length).toBe((a.width + 6) * (a.height + 6));
    expect(decoded.glyphs[1]).toMatchObject({ id: 32, width: 0, height: 0 });
    expect(decoded.glyphs[1]!.advance).toBeGreaterThan(0);
  });

  it('give precomposed Vietnamese letters the advance of their base letter, marks stacked above', () => {
    // Noto Sans draws ầ and ĩ as composites: same advance as a and i, and taller than them.
    const a = renderGlyph(regular, 'a'.codePointAt(0)!)!;
    const aa = renderGlyph(regular, 'ầ'.codePointAt(0)!)!;
    const i = renderGlyph(regular, 'i'.codePointAt(0)!)!;
    const ii = renderGlyph(regular, 'ĩ'.codePointAt(0)!)!;
    expect(aa.advance).toBe(a.advance);
    expect(ii.advance).toBe(i.advance);
    expect(aa.top).toBeGreaterThan(a.top + 4);
    // 24 px Noto Sans: 'a' is 0.561 em wide.
    expect(a.advance).toBe(Math.round(0.561 * 24));
  });

  it('have an SDF that is high inside a glyph and low outside it', () => {
    const o = renderGlyph(regular, 'o'.codePointAt(0)!)!;
    const w = o.width + 6;
    const at = (x: number, y: number) => o.bitmap[y * w + x]!;
    const midRow = Math.round((o.height + 6) / 2);
    // The first column is ≥ 2.5 px outside the ink: at most 255 − 255 × (2.5 / 8 + 0.25) = 111.6.
    // The bowl's hole (centre) is outside the ink; some pixel of the row is on a stroke, inside.
    expect(at(0, midRow)).toBeLessThanOrEqual(112);
    expect(at(Math.round(w / 2), midRow)).toBeLessThan(191);
    const row = [...Array(w).keys()].map((x) => at(x, midRow));
    expect(Math.max(...row)).toBeGreaterThan(191);
  });

  it('cover every character of every label the map draws', () => {
    const covered = (cp: number) => RANGE_STARTS.some((s) => cp >= s && cp < s + 256);
    const missing = new Set<string>();
    for (const file of ['parks', 'places', 'corridors', 'districts']) {
      const csv = readFileSync(resolve(import.meta.dirname, '..', 'data', 'curated', `${file}.csv`), 'utf8');
      const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
      for (const row of rows) {
        const f = { type: 'Feature' as const, geometry: null, properties: row };
        const texts = (['vi', 'en'] as const).flatMap((lang) => {
          const name = nameOf(f as never, lang);
          return [name, shortDistrictName(name), corridorLabel(f as never, lang)];
        });
        for (const ch of texts.join('')) {
          const cp = ch.codePointAt(0)!;
          if (ch !== '\n' && (!covered(cp) || !fontFor(regular, cp))) missing.add(ch);
        }
      }
    }
    expect([...missing]).toEqual([]);
  });
});

describe('sdfBitmap', () => {
  it('gives a square outline the distances of its edges', () => {
    // A 10 × 10 px square; pixel (i, j) of the bitmap has its centre at (i − 3 + 0.5, j − 3 + 0.5).
    const segments = flatten([
      { type: 'M', x: 0, y: 0 },
      { type: 'L', x: 10, y: 0 },
      { type: 'L', x: 10, y: 10 },
      { type: 'L', x: 0, y: 10 },
      { type: 'Z' },
    ]);
    const bitmap = sdfBitmap(segments, 0, 0, 10, 10);
    const at = (i: number, j: number) => bitmap[j * 16 + i]!;
    expect(bitmap.length).toBe(16 * 16);
    // 1.5 px outside the left edge: 255 − 255 × (1.5 / 8 + 0.25) = 143.4.
    expect(at(1, 8)).toBe(143);
    // 0.5 px inside: 255 − 255 × (−0.5 / 8 + 0.25) = 207.2.
    expect(at(3, 8)).toBe(207);
    // The centre, 4.5 px inside: clamped to 255.
    expect(at(8, 8)).toBe(255);
  });
});
