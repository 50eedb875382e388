// One FlatGeobuf geometry read into a per-feature scratch of flat xy values and parts, without GeoJSON
// objects (the binary decoder, binary.ts). The damage checks are geometry.ts's (same FlatGeobufError
// messages); whether the coordinates are usable (finite, enough positions, closed rings, in range
// after reprojection) is judged here as src/data/boundary judges GeoJSON, as a fault with the same
// problem keys, and such a feature is kept without geometry.
import type { Geometry as FgbGeometry } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { GrowableF64 } from '../binary/growable';
import { GEOMETRY_CODE, type GeometryCode } from '../binary/types';
import type { GeometryFault } from '../boundary';
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

export class ScratchGeometry {
  readonly xy = new GrowableF64();
  readonly ops: number[] = [];
  code: GeometryCode = GEOMETRY_CODE.none;
  fault: GeometryFault | null = null;

  /** Reads `g` (header type `headerType`); throws FlatGeobufError for damage (lengths, types). */
  read(g: FgbGeometry, headerType: GeometryType): void {
    this.xy.clear();
    this.ops.length = 0;
    this.fault = null;
    this.code = this.geometry(g, headerType);
  }

  private note(f: GeometryFault): void {
    this.fault ??= f;
  }

  /** Appends the positions of `g` to the scratch; returns [first, end) vertex and the ring ends. */
  private take(g: FgbGeometry): { base: number; count: number; z: Float64Array | null } {
    const { xy, z, count } = flatArrays(g);
    const base = this.xy.length / 2;
    for (let i = 0; i < 2 * count; i += 2) {
      const x = xy![i]!;
      const y = xy![i + 1]!;
      if (!Number.isFinite(x) || !Number.isFinite(y) || (z && !Number.isFinite(z[i / 2]!))) {
        this.note(fault('problem.geometry.nonFinite', `position ${i / 2 + 1} is [${x}, ${y}]: not finite.`));
      }
      this.xy.push2(x, y);
    }
    return { base, count, z };
  }

  /** Ring or part ranges split at the geometry's ends, checked as geometry.ts checks them. */
  private ranges(g: FgbGeometry, count: number): [number, number][] {
    return ringRanges(g.endsArray(), count);
  }

  private polygon(g: FgbGeometry): void {
    const { base, count, z } = this.take(g);
    const rings = this.ranges(g, count);
    if (rings.length === 0) this.note(fault('problem.geometry.empty', 'a polygon has no rings.'));
    this.ops.push(OP_POLYGON, base, base);
    const d = this.xy.data;
    for (const [s, e] of rings) {
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
      this.ops.push(OP_RING, base + s, base + e);
    }
  }

  private lines(g: FgbGeometry, multi: boolean): void {
    const { base, count } = this.take(g);
    const parts = this.ranges(g, count);
    if (!multi) parts.splice(0, parts.length, ...(count > 0 ? ([[0, count]] as [number, number][]) : []));
    if (parts.length === 0) this.note(fault('problem.geometry.empty', 'the line is empty.'));
    for (const [s, e] of parts) {
      if (e - s < 2)
        this.note(
          fault('problem.geometry.degenerate', `a line has ${e - s} position; a line needs at least 2.`),
        );
      this.ops.push(OP_LINE, base + s, base + e);
    }
  }

  private geometry(g: FgbGeometry, headerType: GeometryType): GeometryCode {
    const type = headerType === GeometryType.Unknown ? g.type() : headerType;
    switch (type) {
      case GeometryType.Point:
      case GeometryType.MultiPoint: {
        const { base, count } = this.take(g);
        if (type === GeometryType.Point && count > 1)
          throw new FlatGeobufError(`its Point has ${count} positions.`);
        if (count === 0) this.note(fault('problem.geometry.empty', 'the position of the point is empty.'));
        this.ops.push(OP_POINTS, base, base + count);
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
