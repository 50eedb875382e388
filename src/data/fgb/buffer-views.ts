// Views over a whole buffer of features, made once per buffer instead of once per feature: the
// binary decoder reads a feature's properties and xy vectors in place through them (the
// FlatGeobuf accessors' propertiesArray()/xyArray() make a new typed array per call; for a large
// file that was three views per feature for the garbage collector).

/** A Uint8Array, a DataView and a Float64Array (its first ⌊byteLength / 8⌋ × 8 bytes) over one buffer. */
export class BufferViews {
  private buffer: ArrayBufferLike | null = null;
  u8: Uint8Array = new Uint8Array(0);
  view: DataView = new DataView(new ArrayBuffer(0));
  f64: Float64Array = new Float64Array(0);

  /** These views, over `buffer` (remade only when the buffer changes). */
  over(buffer: ArrayBufferLike): this {
    if (buffer !== this.buffer) {
      this.buffer = buffer;
      this.u8 = new Uint8Array(buffer);
      this.view = new DataView(buffer);
      this.f64 = new Float64Array(buffer, 0, Math.floor(buffer.byteLength / 8));
    }
    return this;
  }
}
