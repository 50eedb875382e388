// Which feature each vertex belongs to. A chunk holds, per geometry family, the start vertex of each
// feature (`featureStarts`, 4 bytes a feature); deck.gl's binary layers want one id per vertex
// (`featureIds`, and `globalFeatureIds` for picking: 36 bytes of a 17-corner parcel as Uint16). The
// per-vertex array is made only for a chunk the map draws as shapes, as its triangles are
// (triangulate.ts): a chunk drawn as points, or never drawn, never holds it (issue 10 §2, memory).
import type { BinaryChunk, BinaryPoints } from './types';

type Family = Pick<BinaryPoints, 'positions' | 'featureIds' | 'globalFeatureIds' | 'featureStarts'>;

/** The vertex range [from, to) of local feature `i` in a family ([0, 0] for an empty family). */
export function vertexRange(starts: ArrayLike<number>, i: number): [number, number] {
  if (starts.length === 0) return [0, 0];
  return [starts[i]!, starts[i + 1]!];
}

/**
 * Per-vertex local feature ids from `starts` (each feature's start vertex plus the end, length
 * count + 1, or empty): Uint16 when `count` fits, else Uint32.
 */
export function featureIdsFrom(starts: ArrayLike<number>, count: number): Uint16Array | Uint32Array {
  const n = starts.length === 0 ? 0 : starts[starts.length - 1]!;
  const ids = count <= 0xffff ? new Uint16Array(n) : new Uint32Array(n);
  for (let f = 0; f + 1 < starts.length; f++) ids.fill(f, starts[f]!, starts[f + 1]!);
  return ids;
}

/**
 * Each feature's start vertex plus the end (length count + 1; empty for no vertices) from ascending
 * per-vertex ids: for chunks stored before `featureStarts` existed (userlayers/persist.ts).
 */
export function featureStartsFrom(ids: ArrayLike<number>, count: number): Uint32Array {
  if (ids.length === 0) return new Uint32Array(0);
  const starts = new Uint32Array(count + 1);
  let v = 0;
  for (let f = 0; f <= count; f++) {
    while (v < ids.length && ids[v]! < f) v++;
    starts[f] = v;
  }
  return starts;
}

/** Whether every family of `chunk` has its per-vertex ids. */
export function hasFeatureIds(chunk: BinaryChunk): boolean {
  return families(chunk).every((p) => p.featureIds.value.length === p.positions.value.length / 2);
}

/**
 * Gives every family of `chunk` its per-vertex `featureIds` (and `globalFeatureIds`, the same
 * array) where missing, in place; returns the chunk. ≈ 0.1 ms for 65,000 vertices.
 */
export function withFeatureIds(chunk: BinaryChunk): BinaryChunk {
  for (const p of families(chunk)) {
    if (p.featureIds.value.length === p.positions.value.length / 2) continue;
    const ids = featureIdsFrom(p.featureStarts.value, chunk.count);
    p.featureIds = { value: ids, size: 1 };
    p.globalFeatureIds = { value: ids, size: 1 };
  }
  return chunk;
}

function families(chunk: BinaryChunk): Family[] {
  return [chunk.points, chunk.lines, chunk.polygons];
}
