// Ordering features for a spatially indexed FlatGeobuf file and building its index: the part of
// writing that the flatgeobuf package's TypeScript writer leaves out.
import { hilbertOfBox } from './hilbert';
import { buildPackedRTree, DEFAULT_NODE_SIZE } from './packed-rtree';

export interface IndexLayout {
  /** order[k] = input position of the feature written k-th. */
  order: Uint32Array;
  /** The index section (see packed-rtree.ts), to write between the header and the features. */
  index: Uint8Array;
  /** Bounds of every box, [minX, minY, maxX, maxY]: the header's envelope. */
  extent: [number, number, number, number];
}

/** Bounds of boxes (minX, minY, maxX, maxY per item); null when there are none. */
export function extentOf(boxes: Float64Array): [number, number, number, number] | null {
  if (boxes.length === 0) return null;
  const e: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < boxes.length; i += 4) {
    if (boxes[i]! < e[0]) e[0] = boxes[i]!;
    if (boxes[i + 1]! < e[1]) e[1] = boxes[i + 1]!;
    if (boxes[i + 2]! > e[2]) e[2] = boxes[i + 2]!;
    if (boxes[i + 3]! > e[3]) e[3] = boxes[i + 3]!;
  }
  return e;
}

/**
 * Sorts features by the Hilbert position of their box centres over the layer's extent,
 * DESCENDING (as GDAL and the reference C++ writer do; the spec does not fix the direction and
 * readers do not depend on it), and builds the packed R-tree over them in that order.
 * `boxes`: minX, minY, maxX, maxY of each feature in input order (length 4n); `sizes`: the
 * byte length of each feature as written, size prefix included. Features with equal Hilbert
 * positions keep their input order (a stable sort; GDAL's std::sort leaves ties unspecified).
 * Throws RangeError for no features or mismatched lengths.
 */
export function layoutIndexed(
  boxes: Float64Array,
  sizes: ArrayLike<number>,
  nodeSize = DEFAULT_NODE_SIZE,
): IndexLayout {
  const n = sizes.length;
  if (boxes.length !== n * 4) throw new RangeError(`${boxes.length} box values for ${n} features.`);
  const extent = extentOf(boxes);
  if (!extent) throw new RangeError('An index needs at least one feature.');
  const keys = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    keys[i] = hilbertOfBox(boxes[i * 4]!, boxes[i * 4 + 1]!, boxes[i * 4 + 2]!, boxes[i * 4 + 3]!, extent);
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => keys[b]! - keys[a]! || a - b);

  const sorted = new Float64Array(n * 4);
  const offsets = new Float64Array(n);
  let at = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    sorted.set(boxes.subarray(i * 4, i * 4 + 4), k * 4);
    offsets[k] = at;
    at += sizes[i]!;
  }
  return { order, index: buildPackedRTree(sorted, offsets, nodeSize), extent };
}
