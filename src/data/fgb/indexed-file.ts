// Laying out a whole FlatGeobuf file: magic, header, index, features in index order. Features are
// given already encoded (size-prefixed FlatBuffers), so a caller with a million of them can keep
// them in one buffer and stream the file out in pieces instead of holding GeoJSON objects.
import { magicbytes } from 'flatgeobuf/lib/mjs/constants.js';
import { buildHeaderBytes, type HeaderSpec } from './header-writer';
import { extentOf, layoutIndexed } from './index-writer';

export interface EncodedFeatures {
  count: number;
  /** minX, minY, maxX, maxY of each feature (length 4 × count). */
  boxes: Float64Array;
  /** The i-th feature's encoded bytes, size prefix included. */
  bytesOf: (i: number) => Uint8Array;
}

/**
 * Emits the file's bytes to `sink` in order (magic, header, index, then each feature). With
 * `indexNodeSize` 0 the features keep their given order and no index is written; else they are
 * written in the index's Hilbert order (index-writer.ts). The header's envelope is the extent of
 * all boxes. Throws RangeError for no features.
 */
export function emitFile(
  header: Omit<HeaderSpec, 'envelope' | 'featuresCount'>,
  features: EncodedFeatures,
  sink: (chunk: Uint8Array) => void,
): void {
  const { count, boxes, bytesOf } = features;
  const layout =
    header.indexNodeSize > 0
      ? layoutIndexed(
          boxes,
          Array.from({ length: count }, (_, i) => bytesOf(i).length),
          header.indexNodeSize,
        )
      : null;
  sink(magicbytes);
  sink(buildHeaderBytes({ ...header, featuresCount: count, envelope: layout?.extent ?? extentOf(boxes) }));
  if (layout) sink(layout.index);
  for (let k = 0; k < count; k++) sink(bytesOf(layout ? layout.order[k]! : k));
}

/** `emitFile` into one Uint8Array. */
export function fileBytes(
  header: Omit<HeaderSpec, 'envelope' | 'featuresCount'>,
  features: EncodedFeatures,
): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  emitFile(header, features, (c) => {
    chunks.push(c);
    total += c.length;
  });
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
