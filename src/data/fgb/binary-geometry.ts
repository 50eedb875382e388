// One FlatGeobuf geometry read into a per-feature scratch of flat xy values and parts, without GeoJSON
// objects (the binary decoder, binary.ts). The damage checks are geometry.ts's (same FlatGeobufError
// messages); whether the coordinates are usable (finite, enough positions, closed rings, in range
// after reprojection) is judged here as src/data/boundary judges GeoJSON, as a fault with the same
// problem keys, and such a feature is kept without geometry.
import type { Geometry as FgbGeometry } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { GrowableF64, GrowableU32 } from '../binary/growable';
import { GEOMETRY_CODE, type GeometryCode } from '../binary/types';
import type { GeometryFault } from '../boundary';
import { BufferViews } from './buffer-views';
import { flatArrays, ringRanges } from './geometry';
import { FlatGeobufError } from './types';

/** Part kinds in `ops` (triples [op, firstVertex, endVertex]). */
export const OP_POINTS = 0;
export const OP_LINE = 1;
export const OP_POLYGON = 2; // starts a polygon; its rings follow as OP_RING
export const OP_RING = 3;

const fault = (messageKey: GeometryFault['messageKey'], message: string): GeometryFault => ({
  messageKey,
  message,
});

/** The vtable slot of Geometry.xy (FlatGeobuf's schema: ends 4, xy 6, z 8, m 10). */
const XY_SLOT = 6;

export class ScratchGeometry {
  private readonly views = new BufferViews();
  readonly xy = new GrowableF64();
  /** [op, firstVertex, endVertex] triples, in `ops.data[0 … ops.length)` (a typed array: emptying
   * a JS array per feature, `length = 0`, was a measurable cost). */
  readonly ops = new GrowableU32();
  code: GeometryCode = GEOMETRY_CODE.none;
  fault: GeometryFault | null = null;
  /**
   * Whether every position read is within longitude ±180° and latitude ±90° (noted while reading,
   * so a file already in lon/lat needs no second pass over its positions to check them).
   */
  inRange = true;

  /** Reads `g` (header type `headerType`); throws FlatGeobufError for damage (lengths, types). */
  read(g: FgbGeometry, headerType: GeometryType): void {
    this.xy.clear();
    this.ops.clear();
    this.fault = null;
    this.inRange = true;
    this.code = this.geometry(g, headerType);
  }

  private op(kind: number, from: number, to: number): void {
    this.ops.push(kind);
    this.ops.push(from);
    this.ops.push(to);
  }

  private note(f: GeometryFault): void {
    this.fault ??= f;
  }

  // What take() read, in fields rather than a returned object: this runs for every feature of a
  // large file, and per-feature objects and arrays were a measurable part of its time and GC.
  /** First vertex of the positions take() appended, and how many. */
  private base = 0;
  private count = 0;
  private z: Float64Array | null = null;
  /** The geometry's ends as ranges: range k is [ends[k − 1] (or 0), ends[k]). */
  private ends: Uint32Array | null = null;
  private parts = 0;

  /**
   * Appends the positions of `g` to the scratch (base, count, z). The checks and messages are
   * flatArrays' (geometry.ts), which is called to throw when one fails; the arrays are the same
   * calls', made only when the geometry has them.
   */
  private take(g: FgbGeometry): void {
    // The xy vector read in place through a Float64Array over the whole buffer (buffer-views.ts)
    // when it lies aligned inside it; else the package's own view (which throws as it would).
    const bb = g.bb!;
    const slot = bb.__offset(g.bb_pos, XY_SLOT);
    let xy: Float64Array | null = null;
    let first = 0;
    let length = 0;
    if (slot) {
      const bytes = bb.bytes();
      const at = bytes.byteOffset + bb.__vector(g.bb_pos + slot);
      length = bb.__vector_len(g.bb_pos + slot);
      if (at >= 0 && at % 8 === 0 && length >= 0 && at + 8 * length <= bytes.buffer.byteLength) {
        xy = this.views.over(bytes.buffer).f64;
        first = at / 8;
      } else {
        xy = g.xyArray()!;
        length = xy.length;
      }
    }
    if (length % 2 !== 0) flatArrays(g);
    const count = length / 2;
    const z = g.zArray();
    const m = g.mArray();
    if ((z && z.length > 0 && z.length !== count) || (m && m.length > 0 && m.length !== count)) flatArrays(g);
    const zs = z && z.length > 0 ? z : null;
    const base = this.xy.length / 2;
    this.xy.reserve(length);
    const d = this.xy.data;
    let at = this.xy.length;
    for (let i = 0; i < length; i += 2) {
      const x = xy![first + i]!;
      const y = xy![first + i + 1]!;
      if (!Number.isFinite(x) || !Number.isFinite(y) || (zs && !Number.isFinite(zs[i / 2]!))) {
        this.note(fault('problem.geometry.nonFinite', `position ${i / 2 + 1} is [${x}, ${y}]: not finite.`));
      }
      if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90)) this.inRange = false;
      d[at++] = x;
      d[at++] = y;
    }
    this.xy.length = at;
    this.base = base;
    this.count = count;
    this.z = zs;
  }

  /**
   * The ring or part ranges of the geometry's ends over `count` positions (ends, parts), checked
   * as ringRanges (geometry.ts) checks them: it is called to throw when a check fails.
   */
  private ranges(g: FgbGeometry, count: number): void {
    const ends = g.endsArray();
    if (!ends || ends.length === 0) {
      this.ends = null;
      this.parts = count > 0 ? 1 : 0;
      return;
    }
    let start = 0;
    for (let k = 0; k < ends.length; k++) {
      const end = ends[k]!;
      if (end > count || end <= start) ringRanges(ends, count);
      start = end;
    }
    if (start !== count) ringRanges(ends, count);
    this.ends = ends;
    this.parts = ends.length;
  }

  /** Range k of ranges(): its start and end (relative to the geometry's first position). */
  private rangeStart(k: number): number {
    return k === 0 ? 0 : this.ends![k - 1]!;
  }
  private rangeEnd(k: number): number {
    return this.ends ? this.ends[k]! : this.count;
  }

  private polygon(g: FgbGeometry): void {
    this.take(g);
    const { base, count, z } = this;
    this.ranges(g, count);
    const rings = this.parts;
    if (rings === 0) this.note(fault('problem.geometry.empty', 'a polygon has no rings.'));
    this.op(OP_POLYGON, base, base);
    const d = this.xy.data;
    for (let r = 0; r < rings; r++) {
      const s = this.rangeStart(r);
      const e = this.rangeEnd(r);
      if (e - s < 4) {
        this.note(
          fault(
            'problem.geometry.degenerate',
            `a ring has ${e - s} positions; a closed ring needs at least 4.`,
          ),
        );
      } else {
        const a = 2 * (base + s);
        const b = 2 * (base + e - 1);
        if (d[a] !== d[b] || d[a + 1] !== d[b + 1] || (z && z[s] !== z[e - 1])) {
          this.note(
            fault(
              'problem.geometry.degenerate',
              'a ring is not closed (its last position is not its first).',
            ),
          );
        }
      }
      this.op(OP_RING, base + s, base + e);
    }
  }

  private lines(g: FgbGeometry, multi: boolean): void {
    this.take(g);
    const { base, count } = this;
    this.ranges(g, count);
    if (!multi) {
      // A LineString is one part whatever its ends say (they are still checked).
      this.ends = null;
      this.parts = count > 0 ? 1 : 0;
    }
    const parts = this.parts;
    if (parts === 0) this.note(fault('problem.geometry.empty', 'the line is empty.'));
    for (let p = 0; p < parts; p++) {
      const s = this.rangeStart(p);
      const e = this.rangeEnd(p);
      if (e - s < 2)
        this.note(
          fault('problem.geometry.degenerate', `a line has ${e - s} position; a line needs at least 2.`),
        );
      this.op(OP_LINE, base + s, base + e);
    }
  }

  private geometry(g: FgbGeometry, headerType: GeometryType): GeometryCode {
    const type = headerType === GeometryType.Unknown ? g.type() : headerType;
    switch (type) {
      case GeometryType.Point:
      case GeometryType.MultiPoint: {
        this.take(g);
        const { base, count } = this;
        if (type === GeometryType.Point && count > 1)
          throw new FlatGeobufError(`its Point has ${count} positions.`);
        if (count === 0) this.note(fault('problem.geometry.empty', 'the position of the point is empty.'));
        this.op(OP_POINTS, base, base + count);
        return type === GeometryType.Point ? GEOMETRY_CODE.Point : GEOMETRY_CODE.MultiPoint;
      }
      case GeometryType.LineString:
        this.lines(g, false);
        return GEOMETRY_CODE.LineString;
      case GeometryType.MultiLineString:
        this.lines(g, true);
        return GEOMETRY_CODE.MultiLineString;
      case GeometryType.Polygon:
      case GeometryType.Triangle:
        this.polygon(g);
        return GEOMETRY_CODE.Polygon;
      case GeometryType.MultiPolygon:
      case GeometryType.TIN:
      case GeometryType.PolyhedralSurface: {
        const parts = g.partsLength();
        // A MultiPolygon written without parts (one polygon in the geometry itself) is still read.
        if (parts === 0) {
          if (flatArrays(g).count > 0) this.polygon(g);
          else this.note(fault('problem.geometry.empty', 'the MultiPolygon is empty.'));
        }
        for (let i = 0; i < parts; i++) {
          const part = g.parts(i);
          if (part) this.polygon(part);
          else this.note(fault('problem.geometry.empty', `part ${i + 1} of the MultiPolygon has no rings.`));
        }
        return GEOMETRY_CODE.MultiPolygon;
      }
      case GeometryType.GeometryCollection: {
        const parts = g.partsLength();
        if (parts === 0) this.note(fault('problem.geometry.empty', 'the GeometryCollection is empty.'));
        for (let i = 0; i < parts; i++) {
          const part = g.parts(i);
          if (!part) throw new FlatGeobufError(`part ${i + 1} of its GeometryCollection cannot be read.`);
          this.geometry(part, GeometryType.Unknown);
        }
        return GEOMETRY_CODE.GeometryCollection;
      }
      default:
        throw new FlatGeobufError(
          `geometry type ${GeometryType[type] ?? type} (a curve or an unknown type) cannot be shown by this 2D viewer.`,
        );
    }
  }
}
