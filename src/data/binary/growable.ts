// Append-only typed arrays for the chunk builder: doubling growth, then one exact-size copy when a
// chunk is emitted (so what is transferred holds no slack).

export class GrowableF64 {
  data = new Float64Array(1024);
  length = 0;

  push2(a: number, b: number): void {
    if (this.length + 2 > this.data.length) this.grow(this.length + 2);
    this.data[this.length++] = a;
    this.data[this.length++] = b;
  }

  /** Empties it, keeping the memory (a per-feature scratch, or a builder's buffer between chunks). */
  clear(): void {
    this.length = 0;
  }

  /** Makes room for `n` more values (then written straight into `data` from `length` on). */
  reserve(n: number): void {
    if (this.length + n > this.data.length) this.grow(this.length + n);
  }

  private grow(min: number): void {
    const next = new Float64Array(Math.max(min, this.data.length * 2));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
}

export class GrowableU32 {
  data = new Uint32Array(256);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }

  /** Empties it, keeping the memory. */
  clear(): void {
    this.length = 0;
  }

  /** An exact-size copy, with `end` appended when given (the index arrays' closing entry). */
  copy(end?: number): Uint32Array {
    const out = new Uint32Array(this.length + (end === undefined ? 0 : 1));
    out.set(this.data.subarray(0, this.length));
    if (end !== undefined) out[this.length] = end;
    return out;
  }
}
