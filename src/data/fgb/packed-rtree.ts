// Building the packed Hilbert R-tree of a FlatGeobuf file (the spec's "index" section).
//
// Layout (FlatGeobuf spec, and what GDAL writes): an array of nodes of 40 bytes each, little
// endian: minX, minY, maxX, maxY (float64) and an offset (uint64). The root comes first, then each
// level down to the leaves, which are last and hold one node per feature in file order. A leaf's
// offset is its feature's byte offset from the start of the features section; a parent's offset
// is the node index (in the whole array) of its first child; each parent covers up to `nodeSize`
// consecutive children. A tree of n items thus has exactly the size `calcTreeSize(n, nodeSize)`
// of the reader, whatever the data, and the layout is fully determined by the leaves.

export const NODE_BYTES = 40;
export const DEFAULT_NODE_SIZE = 16;

/**
 * [start, end) node indexes of each level, leaves first and root last (as the spec's readers
 * walk it). Throws for a node size below 2 or no items (an index needs at least one feature).
 */
export function levelBounds(numItems: number, nodeSize: number): [number, number][] {
  if (!Number.isInteger(nodeSize) || nodeSize < 2 || nodeSize > 0xffff) {
    throw new RangeError(`Node size must be an integer from 2 to 65535, not ${nodeSize}.`);
  }
  if (!Number.isSafeInteger(numItems) || numItems < 1) {
    throw new RangeError(`An index needs at least one item, not ${numItems}.`);
  }
  const counts = [numItems];
  let n = numItems;
  do {
    n = Math.ceil(n / nodeSize);
    counts.push(n);
  } while (n !== 1);
  const total = counts.reduce((s, c) => s + c, 0);
  const bounds: [number, number][] = [];
  let end = total;
  for (const count of counts) {
    bounds.push([end - count, end]);
    end -= count;
  }
  return bounds;
}

/**
 * The index bytes for leaves already in file order. `boxes` holds minX, minY, maxX, maxY per
 * item (length 4n); `offsets[i]` is item i's byte offset in the features section (a safe
 * integer). Returns `NODE_BYTES × (number of nodes)` bytes.
 */
export function buildPackedRTree(
  boxes: Float64Array,
  offsets: ArrayLike<number>,
  nodeSize = DEFAULT_NODE_SIZE,
): Uint8Array {
  const numItems = offsets.length;
  if (boxes.length !== numItems * 4) {
    throw new RangeError(`${boxes.length} box values for ${numItems} items (4 per item expected).`);
  }
  const levels = levelBounds(numItems, nodeSize);
  const numNodes = levels[0]![1];
  const box = new Float64Array(numNodes * 4);
  const offset = new Float64Array(numNodes); // exact up to 2^53, far past any file here
  const firstLeaf = numNodes - numItems;
  box.set(boxes, firstLeaf * 4);
  for (let i = 0; i < numItems; i++) offset[firstLeaf + i] = offsets[i]!;

  for (let level = 0; level < levels.length - 1; level++) {
    let [pos, end] = levels[level]!;
    let parent = levels[level + 1]![0];
    while (pos < end) {
      offset[parent] = pos;
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (let j = 0; j < nodeSize && pos < end; j++, pos++) {
        // Strict comparisons as the reference's expand (Math.min would prefer −0 over 0).
        if (box[pos * 4]! < minX) minX = box[pos * 4]!;
        if (box[pos * 4 + 1]! < minY) minY = box[pos * 4 + 1]!;
        if (box[pos * 4 + 2]! > maxX) maxX = box[pos * 4 + 2]!;
        if (box[pos * 4 + 3]! > maxY) maxY = box[pos * 4 + 3]!;
      }
      box.set([minX, minY, maxX, maxY], parent * 4);
      parent++;
    }
  }

  const out = new Uint8Array(numNodes * NODE_BYTES);
  const view = new DataView(out.buffer);
  for (let i = 0; i < numNodes; i++) {
    const at = i * NODE_BYTES;
    for (let k = 0; k < 4; k++) view.setFloat64(at + k * 8, box[i * 4 + k]!, true);
    const o = offset[i]!;
    view.setUint32(at + 32, o % 0x100000000, true);
    view.setUint32(at + 36, Math.floor(o / 0x100000000), true);
  }
  return out;
}
