// Our packed Hilbert R-tree against the indexes GDAL wrote into the upstream test files
// (../shared/data/flatgeobuf-testdata): the features of each file, handed to our index writer in
// a scrambled order, must come back in GDAL's order with GDAL's index, byte for byte. Feature
// boxes are read here with the package's generated Feature table, not with our writer's code.
import { readFileSync } from 'node:fs';
import * as flatbuffers from 'flatbuffers';
import { Feature } from 'flatgeobuf/lib/mjs/flat-geobuf/feature.js';
import type { Geometry } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry.js';
import { Header } from 'flatgeobuf/lib/mjs/flat-geobuf/header.js';
import { calcTreeSize } from 'flatgeobuf/lib/mjs/packedrtree.js';
import { describe, expect, it } from 'vitest';
import { hilbert } from './hilbert';
import { layoutIndexed } from './index-writer';
import { buildPackedRTree, levelBounds } from './packed-rtree';

const TESTDATA = new URL('../../../../shared/data/flatgeobuf-testdata/', import.meta.url);

interface GdalFile {
  nodeSize: number;
  envelope: number[];
  index: Uint8Array;
  features: Uint8Array[];
  boxes: number[][];
}

function boxOfFgbGeometry(g: Geometry | null, box: number[]): void {
  if (!g) return;
  const xy = g.xyArray();
  for (let i = 0; xy && i < xy.length; i += 2) {
    box[0] = Math.min(box[0]!, xy[i]!);
    box[1] = Math.min(box[1]!, xy[i + 1]!);
    box[2] = Math.max(box[2]!, xy[i]!);
    box[3] = Math.max(box[3]!, xy[i + 1]!);
  }
  for (let k = 0; k < g.partsLength(); k++) boxOfFgbGeometry(g.parts(k), box);
}

function readGdalFile(name: string): GdalFile {
  const b = new Uint8Array(readFileSync(new URL(name, TESTDATA)));
  const view = new DataView(b.buffer, b.byteOffset);
  const headerLength = view.getUint32(8, true);
  const header = Header.getSizePrefixedRootAsHeader(
    new flatbuffers.ByteBuffer(b.slice(8, 12 + headerLength)),
  );
  const n = Number(header.featuresCount());
  const nodeSize = header.indexNodeSize();
  const indexStart = 12 + headerLength;
  const indexEnd = indexStart + calcTreeSize(n, nodeSize);
  const features: Uint8Array[] = [];
  const boxes: number[][] = [];
  for (let p = indexEnd; p < b.length; ) {
    const bytes = b.slice(p, p + 4 + view.getUint32(p, true));
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    boxOfFgbGeometry(Feature.getSizePrefixedRootAsFeature(new flatbuffers.ByteBuffer(bytes)).geometry(), box);
    features.push(bytes);
    boxes.push(box);
    p += bytes.length;
  }
  expect(features).toHaveLength(n);
  return {
    nodeSize,
    envelope: Array.from(header.envelopeArray() ?? []),
    index: b.slice(indexStart, indexEnd),
    features,
    boxes,
  };
}

/** A fixed scramble of 0..n-1 (a stride coprime with n, then reversed halves). */
function scramble(n: number): number[] {
  let stride = 7;
  while (gcd(stride, n) !== 1) stride++;
  const out = Array.from({ length: n }, (_, i) => (i * stride) % n);
  return [...out.slice(n >> 1).reverse(), ...out.slice(0, n >> 1)];
}
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

// Every upstream file that GDAL wrote with an index (topp_states.fgb is a version-2 file without
// one; heterogeneous.fgb and the empty/attribute-only files have none either).
const INDEXED = [
  ['countries.fgb', 179],
  ['countries_nocrs.fgb', 179],
  ['poly00.fgb', 10],
  ['mp_overlapping.fgb', 2],
  ['triangle.fgb', 1],
  ['no_properties.fgb', 1],
  ['alldatatypes.fgb', 1],
] as const;

describe('packed Hilbert R-tree against GDAL-written files', () => {
  for (const [name, count] of INDEXED) {
    it(`${name}: the same feature order and the same index bytes from scrambled input`, () => {
      const gdal = readGdalFile(name);
      expect(gdal.features).toHaveLength(count);
      expect(gdal.nodeSize).toBe(16);
      const perm = scramble(count);
      const boxes = new Float64Array(perm.flatMap((i) => gdal.boxes[i]!));
      const layout = layoutIndexed(
        boxes,
        perm.map((i) => gdal.features[i]!.length),
        gdal.nodeSize,
      );
      // Our k-th feature is GDAL's k-th feature.
      expect(Array.from(layout.order, (k) => perm[k])).toEqual(perm.map((_, i) => i));
      expect(layout.extent).toEqual(gdal.envelope);
      expect(layout.index.length).toBe(gdal.index.length);
      expect(Buffer.from(layout.index).equals(Buffer.from(gdal.index))).toBe(true);
    });
  }

  it('countries.fgb: root and level boxes as GDAL wrote them (node by node)', () => {
    const gdal = readGdalFile('countries.fgb');
    const layout = layoutIndexed(
      new Float64Array(gdal.boxes.flat()),
      gdal.features.map((f) => f.length),
    );
    const node = (bytes: Uint8Array, i: number) => {
      const v = new DataView(bytes.buffer, bytes.byteOffset + i * 40, 40);
      return [0, 8, 16, 24].map((k) => v.getFloat64(k, true)).concat(Number(v.getBigUint64(32, true)));
    };
    // 179 leaves → 12 → 1: 192 nodes; the root spans the world box and points at node 1.
    expect(layout.index.length / 40).toBe(192);
    expect(node(gdal.index, 0)).toEqual([-180, -85.609038, 180, 83.64513, 1]);
    for (let i = 0; i < 192; i++) expect(node(layout.index, i)).toEqual(node(gdal.index, i));
  });
});

describe('hilbert', () => {
  // The textbook xy2d (Wikipedia "Hilbert curve"), a different algorithm, on the 65536² grid.
  function xy2d(n: number, x: number, y: number): number {
    let d = 0;
    for (let s = n / 2; s >= 1; s /= 2) {
      const rx = (x & s) > 0 ? 1 : 0;
      const ry = (y & s) > 0 ? 1 : 0;
      d += s * s * ((3 * rx) ^ ry);
      if (ry === 0) {
        if (rx === 1) {
          x = s - 1 - x;
          y = s - 1 - y;
        }
        [x, y] = [y, x];
      }
    }
    return d;
  }
  it('agrees with the textbook curve on 3000 cells, corners included', () => {
    const cells = [
      [0, 0],
      [65535, 0],
      [0, 65535],
      [65535, 65535],
    ];
    for (let i = 0; i < 3000; i++) cells.push([(i * 7919) % 65536, (i * 104729 + 17) % 65536]);
    for (const [x, y] of cells) expect(hilbert(x!, y!)).toBe(xy2d(65536, x!, y!));
  });
});

describe('levelBounds and buildPackedRTree', () => {
  it('lays levels out root first, leaves last', () => {
    expect(levelBounds(179, 16)).toEqual([
      [13, 192],
      [1, 13],
      [0, 1],
    ]);
    expect(levelBounds(1, 16)).toEqual([
      [1, 2],
      [0, 1],
    ]);
    expect(() => levelBounds(0, 16)).toThrow(RangeError);
    expect(() => levelBounds(5, 1)).toThrow(RangeError);
  });
  it('writes parent boxes as the union of their children and offsets as first-child indexes', () => {
    const boxes = new Float64Array([0, 0, 1, 1, 2, 2, 3, 3, 5, -1, 6, 0]);
    const bytes = buildPackedRTree(boxes, [0, 100, 250], 2);
    const v = new DataView(bytes.buffer);
    const at = (i: number) =>
      [0, 8, 16, 24].map((k) => v.getFloat64(i * 40 + k, true)).concat(v.getUint32(i * 40 + 32, true));
    // 3 leaves (nodes 3..5) → 2 parents (1..2) → root (0).
    expect(bytes.length).toBe(6 * 40);
    expect(at(0)).toEqual([0, -1, 6, 3, 1]);
    expect(at(1)).toEqual([0, 0, 3, 3, 3]);
    expect(at(2)).toEqual([5, -1, 6, 0, 5]);
    expect(at(5)).toEqual([5, -1, 6, 0, 250]);
  });
});
