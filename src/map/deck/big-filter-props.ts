// A large layer's filter on the map (issue 10 §2): deck.gl's DataFilterExtension on each chunk's
// layers, the filter value of a vertex being its feature's entry in the chunk's mask (1 shown, 0
// hidden; src/state/big-filter.ts), so a filter change re-fills one attribute instead of rebuilding
// the chunk's data (no new positions, no new triangles). The extension instance is loaded on demand
// with @deck.gl/extensions by whoever fills BigLayerInput.filter; this module imports no deck.gl
// code. Every object handed over is cached (per extension, per mask), so a chunk whose mask did not
// change keeps props identical to the last call and its deck.gl layer is kept (MapDeck.setBig).
import type { BinaryChunk } from '../../data/binary/types';
import { featurePoints } from './feature-points';

/** What the map needs to draw a large layer filtered. */
export interface BigDrawFilter {
  /** A deck.gl DataFilterExtension({ filterSize: 1 }) instance. */
  extension: object;
  /** Per chunk (the layer's chunks' order), its mask; null when the layer is not filtered. */
  masks: readonly Uint8Array[] | null;
}

/** The DataFilterExtension props of one chunk's shapes or points layer. */
export interface ChunkFilterProps {
  extensions: readonly object[];
  filterEnabled: boolean;
  filterRange: readonly [number, number];
  getFilterValue: number | ((object: unknown, info: AccessorInfo) => number);
  updateTriggers: { getFilterValue: unknown };
}

/** What deck.gl passes an accessor of binary data: the row index and the (sub)layer's data. */
interface AccessorInfo {
  index: number;
  data: { startIndices?: ArrayLike<number>; featureIds?: { value: ArrayLike<number> } };
}

/** Shown values: a mask entry of 1 passes, 0 does not. */
const RANGE = [0.5, 1] as const;
const UNFILTERED = { getFilterValue: 'all' };

const extensionLists = new WeakMap<object, readonly object[]>();
function extensionsOf(extension: object): readonly object[] {
  let list = extensionLists.get(extension);
  if (!list) {
    list = [extension];
    extensionLists.set(extension, list);
  }
  return list;
}

const unfiltered = new WeakMap<object, ChunkFilterProps>();
function allShown(extension: object): ChunkFilterProps {
  let p = unfiltered.get(extension);
  if (!p) {
    p = {
      extensions: extensionsOf(extension),
      filterEnabled: false,
      filterRange: RANGE,
      getFilterValue: 1,
      updateTriggers: UNFILTERED,
    };
    unfiltered.set(extension, p);
  }
  return p;
}

const shapeCache = new WeakMap<Uint8Array, ChunkFilterProps>();
const pointCache = new WeakMap<Uint8Array, ChunkFilterProps>();

/**
 * The filter props of a chunk's shapes (deck.gl's GeoJsonLayer over the chunk's binary data): a
 * polygon's or line's row is its first vertex (`startIndices`), a point's row is its vertex; the
 * vertex's chunk-local feature id indexes the mask.
 */
export function shapeFilterProps(extension: object, mask: Uint8Array | null): ChunkFilterProps {
  if (!mask) return allShown(extension);
  let p = shapeCache.get(mask);
  if (!p) {
    p = {
      extensions: extensionsOf(extension),
      filterEnabled: true,
      filterRange: RANGE,
      getFilterValue: (_o, { index, data }) => {
        const vertex = data.startIndices ? data.startIndices[index]! : index;
        return mask[data.featureIds!.value[vertex]!] ?? 0;
      },
      updateTriggers: { getFilterValue: mask },
    };
    shapeCache.set(mask, p);
  }
  return p;
}

/** The filter props of a chunk's points layer (one point per located feature: featurePoints). */
export function pointFilterProps(
  extension: object,
  chunk: BinaryChunk,
  mask: Uint8Array | null,
): ChunkFilterProps {
  if (!mask) return allShown(extension);
  let p = pointCache.get(mask);
  if (!p) {
    p = {
      extensions: extensionsOf(extension),
      filterEnabled: true,
      filterRange: RANGE,
      // featurePoints is cached per chunk: computed here only if the chunk is drawn as points.
      getFilterValue: (_o, { index }) => mask[featurePoints(chunk).ordinals[index]! - chunk.first] ?? 0,
      updateTriggers: { getFilterValue: mask },
    };
    pointCache.set(mask, p);
  }
  return p;
}

/** Both filter props of chunk `n` of a layer drawn with `filter`. */
export function chunkFilterProps(
  filter: BigDrawFilter,
  chunk: BinaryChunk,
  n: number,
): { shapes: ChunkFilterProps; points: ChunkFilterProps } {
  const mask = filter.masks?.[n] ?? null;
  return {
    shapes: shapeFilterProps(filter.extension, mask),
    points: pointFilterProps(filter.extension, chunk, mask),
  };
}
