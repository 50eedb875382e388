// Which features of a large layer's chunk lie in a box (the features-in-view list, InViewList.tsx):
// the same test as a small layer's (ui/in-view.ts, a feature's bounding box against the view's),
// computed from the chunk's typed arrays without building a feature. A chunk wholly inside the box
// takes every located feature without looking at a vertex; one wholly outside, none.
import type { BinaryChunk } from './types';

/** [west, south, east, north] in degrees. */
type Box = readonly [number, number, number, number];

const overlaps = (a: Box, b: Box) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/**
 * Chunk-local indices (ascending) of `chunk`'s located features whose bounding box overlaps `box`
 * (touching edges count) and that `mask` keeps (1; null keeps every feature). A feature's box is
 * that of its vertices in every geometry family, from the Float32 offsets plus the chunk's origin
 * (the positions the map draws: within about a centimetre of the file's).
 */
export function featuresInBox(chunk: BinaryChunk, box: Box, mask: Uint8Array | null): number[] {
  const out: number[] = [];
  const keep = (i: number) => chunk.geometryTypes[i] !== 0 && (mask === null || mask[i] === 1);
  if (!chunk.bbox || !overlaps(chunk.bbox, box)) return out;
  const [w, s, e, n] = chunk.bbox;
  if (w >= box[0] && s >= box[1] && e <= box[2] && n <= box[3]) {
    for (let i = 0; i < chunk.count; i++) if (keep(i)) out.push(i);
    return out;
  }
  // Per feature: [minX, minY, maxX, maxY] relative to the origin, over every family's vertices.
  const boxes = new Float64Array(chunk.count * 4);
  for (let b = 0; b < boxes.length; b += 4) {
    boxes[b] = boxes[b + 1] = Infinity;
    boxes[b + 2] = boxes[b + 3] = -Infinity;
  }
  for (const family of [chunk.points, chunk.lines, chunk.polygons]) {
    const starts = family.featureStarts.value;
    const xy = family.positions.value;
    if (starts.length === 0) continue;
    for (let i = 0; i < chunk.count; i++) {
      const b = i * 4;
      for (let v = starts[i]!; v < starts[i + 1]!; v++) {
        const x = xy[v * 2]!;
        const y = xy[v * 2 + 1]!;
        if (x < boxes[b]!) boxes[b] = x;
        if (y < boxes[b + 1]!) boxes[b + 1] = y;
        if (x > boxes[b + 2]!) boxes[b + 2] = x;
        if (y > boxes[b + 3]!) boxes[b + 3] = y;
      }
    }
  }
  const [ox, oy] = chunk.origin;
  for (let i = 0; i < chunk.count; i++) {
    const b = i * 4;
    if (!keep(i) || boxes[b] === Infinity) continue;
    // No array per feature: this runs over every feature of a chunk the view cuts.
    if (
      boxes[b]! + ox <= box[2] &&
      boxes[b + 2]! + ox >= box[0] &&
      boxes[b + 1]! + oy <= box[3] &&
      boxes[b + 3]! + oy >= box[1]
    )
      out.push(i);
  }
  return out;
}
