// Distance primitives shared by the indexes. Distances are great-circle (haversine) on Turf's sphere
// (R = 6371.0088 km), so they agree with @turf/distance and @turf/point-to-line-distance
// ({ method: 'geodesic' }) to well under 0.5 % (measured in tests/unit/analysis-real-data.test.ts).
//
// Point-to-segment: a segment is the great-circle arc between its vertices, as in Turf's geodesic
// nearestPointOnLine, computed with unit vectors: with n the unit normal of the arc's plane, the
// foot of the perpendicular from P lies on the arc iff (n×A)·P ≥ 0 and (B×n)·P ≥ 0, and then the
// distance is R·asin(|n·P|); otherwise it is the distance to the nearer end. This is the same
// quantity Turf computes (to floating-point error), at a fraction of the cost.

/** Turf's mean Earth radius (helpers.earthRadius), km. */
export const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;
const DEG = 180 / Math.PI;

export type LonLat = [number, number];

export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLon / 2);
  const a = s1 * s1 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * s2 * s2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Unit vector of a lon/lat position, written to out[o..o+2]. */
export function writeUnitVector(lon: number, lat: number, out: Float64Array, o: number): void {
  const la = lat * RAD;
  const lo = lon * RAD;
  const c = Math.cos(la);
  out[o] = c * Math.cos(lo);
  out[o + 1] = c * Math.sin(lo);
  out[o + 2] = Math.sin(la);
}

/** Central angle (radians) between unit vectors, accurate for small angles (chord based). */
export function chordAngle(ax: number, ay: number, az: number, bx: number, by: number, bz: number): number {
  const dx = ax - bx;
  const dy = ay - by;
  const dz = az - bz;
  return 2 * Math.asin(Math.min(1, Math.sqrt(dx * dx + dy * dy + dz * dz) / 2));
}

/** Lon/lat of a (not necessarily unit) vector. */
export function vectorLonLat(x: number, y: number, z: number): LonLat {
  const m = Math.sqrt(x * x + y * y + z * z);
  return [Math.atan2(y, x) * DEG, Math.asin(Math.max(-1, Math.min(1, z / m))) * DEG];
}

/**
 * Per-segment constants for `arcDistance`: the unit normal n of the arc's plane, n×A and B×n (9
 * numbers written to out[o..o+8]). Returns false for a degenerate arc (A = B, or antipodal), which is
 * then measured as its end points.
 */
export function writeArcFrame(
  A: ArrayLike<number>,
  ao: number,
  B: ArrayLike<number>,
  bo: number,
  out: Float64Array,
  o: number,
): boolean {
  const ax = A[ao]!;
  const ay = A[ao + 1]!;
  const az = A[ao + 2]!;
  const bx = B[bo]!;
  const by = B[bo + 1]!;
  const bz = B[bo + 2]!;
  let nx = ay * bz - az * by;
  let ny = az * bx - ax * bz;
  let nz = ax * by - ay * bx;
  const m = Math.sqrt(nx * nx + ny * ny + nz * nz);
  if (!(m > 1e-15)) {
    out.fill(0, o, o + 9);
    return false;
  }
  nx /= m;
  ny /= m;
  nz /= m;
  out[o] = nx;
  out[o + 1] = ny;
  out[o + 2] = nz;
  // n × A
  out[o + 3] = ny * az - nz * ay;
  out[o + 4] = nz * ax - nx * az;
  out[o + 5] = nx * ay - ny * ax;
  // B × n
  out[o + 6] = by * nz - bz * ny;
  out[o + 7] = bz * nx - bx * nz;
  out[o + 8] = bx * ny - by * nx;
  return true;
}

/**
 * Central angle (radians) from unit vector P to the arc with frame F (from writeArcFrame) and end
 * vectors A, B. `inside` tells whether the nearest point is interior (then it is P − (n·P) n).
 */
export function arcAngle(
  px: number,
  py: number,
  pz: number,
  F: ArrayLike<number>,
  fo: number,
  ok: boolean,
  A: ArrayLike<number>,
  ao: number,
  B: ArrayLike<number>,
  bo: number,
): number {
  if (
    ok &&
    F[fo + 3]! * px + F[fo + 4]! * py + F[fo + 5]! * pz >= 0 &&
    F[fo + 6]! * px + F[fo + 7]! * py + F[fo + 8]! * pz >= 0
  ) {
    const s = F[fo]! * px + F[fo + 1]! * py + F[fo + 2]! * pz;
    return Math.asin(Math.min(1, Math.abs(s)));
  }
  const ea = chordAngle(px, py, pz, A[ao]!, A[ao + 1]!, A[ao + 2]!);
  const eb = chordAngle(px, py, pz, B[bo]!, B[bo + 1]!, B[bo + 2]!);
  return Math.min(ea, eb);
}

/**
 * Distance (km) from p to the great-circle segment a–b, and the nearest point on it. Standalone form
 * of what LineIndex does with precomputed vectors.
 */
export function pointSegmentKm(p: LonLat, a: LonLat, b: LonLat): { km: number; point: LonLat } {
  const v = new Float64Array(9);
  writeUnitVector(p[0], p[1], v, 0);
  writeUnitVector(a[0], a[1], v, 3);
  writeUnitVector(b[0], b[1], v, 6);
  const f = new Float64Array(9);
  const okFrame = writeArcFrame(v, 3, v, 6, f, 0);
  const angle = arcAngle(v[0]!, v[1]!, v[2]!, f, 0, okFrame, v, 3, v, 6);
  return { km: angle * EARTH_RADIUS_KM, point: arcNearestPoint(v, 0, f, 0, okFrame, v, 3, a, v, 6, b) };
}

/** The nearest point (lon/lat) of the arc to P; the arguments as for arcAngle plus the end positions. */
export function arcNearestPoint(
  P: ArrayLike<number>,
  po: number,
  F: ArrayLike<number>,
  fo: number,
  ok: boolean,
  A: ArrayLike<number>,
  ao: number,
  a: LonLat,
  B: ArrayLike<number>,
  bo: number,
  b: LonLat,
): LonLat {
  const px = P[po]!;
  const py = P[po + 1]!;
  const pz = P[po + 2]!;
  if (
    ok &&
    F[fo + 3]! * px + F[fo + 4]! * py + F[fo + 5]! * pz >= 0 &&
    F[fo + 6]! * px + F[fo + 7]! * py + F[fo + 8]! * pz >= 0
  ) {
    const s = F[fo]! * px + F[fo + 1]! * py + F[fo + 2]! * pz;
    return vectorLonLat(px - s * F[fo]!, py - s * F[fo + 1]!, pz - s * F[fo + 2]!);
  }
  const ea = chordAngle(px, py, pz, A[ao]!, A[ao + 1]!, A[ao + 2]!);
  const eb = chordAngle(px, py, pz, B[bo]!, B[bo + 1]!, B[bo + 2]!);
  return ea <= eb ? [a[0], a[1]] : [b[0], b[1]];
}

/**
 * How far (km) the great-circle arc of a segment of length lengthKm can stray from the lon/lat box
 * of its end points, near latitude |lat| ≤ latAbsMax: the poleward bulge is about
 * L²·tan φ / (8R); this returns twice that (plus 1 mm) as a safe margin.
 */
export function arcBulgeKm(lengthKm: number, latAbsMax: number): number {
  const t = Math.tan(Math.min(89, latAbsMax) * RAD);
  return ((lengthKm * lengthKm) / (4 * EARTH_RADIUS_KM)) * (1 + t) + 1e-6;
}

/**
 * Half-sizes (degrees) of a lon/lat box around (lon, lat) that contains every point whose haversine
 * distance is ≤ km. Proof: hav(d/R) = hav(Δφ) + cos φq cos φp hav(Δλ), so |Δφ| ≤ d/R, and with
 * |φp| ≤ |φq| + d/R =: φmax, sin(Δλ/2) ≤ sin(d/2R) / sqrt(cos φq · cos φmax). Near a pole (or for a
 * radius past a quarter of the globe) the box spans all longitudes.
 */
export function degreeBox(_lon: number, lat: number, km: number): { dLon: number; dLat: number } {
  const ang = km / EARTH_RADIUS_KM;
  const dLat = ang * DEG * (1 + 1e-9) + 1e-12;
  const latMax = Math.abs(lat) + dLat;
  if (latMax >= 90 || ang >= Math.PI / 2) return { dLon: 360, dLat };
  const s = Math.sin(ang / 2) / Math.sqrt(Math.cos(lat * RAD) * Math.cos(latMax * RAD));
  if (!(s < 1)) return { dLon: 360, dLat };
  return { dLon: 2 * Math.asin(s) * DEG * (1 + 1e-9) + 1e-12, dLat };
}

/** Area-weighted (planar lon/lat) centroid of a ring; the vertex mean for a degenerate ring. */
export function ringCentroid(ring: ReadonlyArray<ReadonlyArray<number>>): LonLat {
  let a2 = 0;
  let cx = 0;
  let cy = 0;
  const n = ring.length;
  if (n === 0) return [Number.NaN, Number.NaN];
  const ox = ring[0]![0]!;
  const oy = ring[0]![1]!;
  for (let i = 0; i < n - 1; i++) {
    const x0 = ring[i]![0]! - ox;
    const y0 = ring[i]![1]! - oy;
    const x1 = ring[i + 1]![0]! - ox;
    const y1 = ring[i + 1]![1]! - oy;
    const cross = x0 * y1 - x1 * y0;
    a2 += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (Math.abs(a2) < 1e-18) {
    let sx = 0;
    let sy = 0;
    for (const p of ring) {
      sx += p[0]!;
      sy += p[1]!;
    }
    return [sx / n, sy / n];
  }
  return [ox + cx / (3 * a2), oy + cy / (3 * a2)];
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
