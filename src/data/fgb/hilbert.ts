// The Hilbert curve position FlatGeobuf sorts features by (spec: "packed Hilbert R-tree").
//
// FlatGeobuf's writers (the C++ one inside GDAL, the Rust and TypeScript ones) all use the same
// branch-free 16-bit Hilbert index (public-domain algorithm from github.com/rawrunprotected/
// hilbert_curves) on box centres scaled to 0..65535 over the layer's extent. An index is only
// byte-identical to GDAL's if the curve, the scaling and the rounding are the same, so this is
// written from that description and checked against GDAL-written files in packed-rtree.test.ts.

/** The largest grid coordinate: centres are scaled to 0..HILBERT_MAX on each axis. */
export const HILBERT_MAX = 0xffff;

/**
 * Position along a Hilbert curve of order 16 of the cell (x, y), both integers in 0..65535.
 * Returns an unsigned 32-bit integer (0..2^32−1).
 */
export function hilbert(x: number, y: number): number {
  let a = x ^ y;
  let b = 0xffff ^ a;
  let c = 0xffff ^ (x | y);
  let d = x & (y ^ 0xffff);

  let A = a | (b >>> 1);
  let B = (a >>> 1) ^ a;
  let C = (c >>> 1) ^ (b & (d >>> 1)) ^ c;
  let D = (a & (c >>> 1)) ^ (d >>> 1) ^ d;

  // Three doubling steps (shifts of 2 and 4, then the last half-step of 8) fold the quadrant
  // state of every bit level into C and D.
  for (const s of [2, 4]) {
    a = A;
    b = B;
    c = C;
    d = D;
    A = (a & (a >>> s)) ^ (b & (b >>> s));
    B = (a & (b >>> s)) ^ (b & ((a ^ b) >>> s));
    C ^= (a & (c >>> s)) ^ (b & (d >>> s));
    D ^= (b & (c >>> s)) ^ ((a ^ b) & (d >>> s));
  }
  a = A;
  b = B;
  c = C;
  d = D;
  C ^= (a & (c >>> 8)) ^ (b & (d >>> 8));
  D ^= (b & (c >>> 8)) ^ ((a ^ b) & (d >>> 8));

  a = C ^ (C >>> 1);
  b = D ^ (D >>> 1);
  const i0 = spread(x ^ y);
  const i1 = spread(b | (0xffff ^ ((x ^ y) | a)));
  return ((i1 << 1) | i0) >>> 0;
}

/** Spreads the low 16 bits of v to the even bit positions (bit k goes to bit 2k). */
function spread(v: number): number {
  v &= 0xffff;
  v = (v | (v << 8)) & 0x00ff00ff;
  v = (v | (v << 4)) & 0x0f0f0f0f;
  v = (v | (v << 2)) & 0x33333333;
  v = (v | (v << 1)) & 0x55555555;
  return v;
}

/**
 * Hilbert position of a box's centre on a 65536 × 65536 grid laid over `extent`
 * [minX, minY, maxX, maxY]. The arithmetic is the reference writer's, operation for operation
 * (`floor(HILBERT_MAX * (centre − min) / size)`), since a different rounding would move features
 * to neighbouring cells and change the order. A zero-size extent on an axis (all centres on one
 * line) gives cell 0 on that axis, where C++ would convert NaN to an integer (undefined).
 */
export function hilbertOfBox(
  minX: number,
  minY: number,
  maxX: number,
  maxY: number,
  extent: readonly [number, number, number, number],
): number {
  const [eMinX, eMinY, eMaxX, eMaxY] = extent;
  const x = Math.floor((HILBERT_MAX * ((minX + maxX) / 2 - eMinX)) / (eMaxX - eMinX));
  const y = Math.floor((HILBERT_MAX * ((minY + maxY) / 2 - eMinY)) / (eMaxY - eMinY));
  return hilbert(Number.isFinite(x) ? x : 0, Number.isFinite(y) ? y : 0);
}
