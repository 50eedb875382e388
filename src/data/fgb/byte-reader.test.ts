import { describe, expect, it } from 'vitest';
import { ByteReader } from './byte-reader';

/** A stream of the given pieces, each its own buffer. */
function streamOf(...pieces: number[][]): ReadableStream<Uint8Array> {
  let k = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (k < pieces.length) controller.enqueue(Uint8Array.from(pieces[k++]!));
      else controller.close();
    },
  });
}

describe('ByteReader', () => {
  it('peeks a uint32 across pieces without consuming it, then takes bytes across pieces', async () => {
    const source = new ByteReader(streamOf([1], [2, 3], [4, 5, 6, 7, 8, 9, 10]), undefined);
    expect(source.peekUint32()).toBeNull(); // nothing buffered yet
    expect([...(await source.read(1))]).toEqual([1]);
    await source.read(0);
    expect(source.peekUint32()).toBeNull(); // only [2, 3] buffered
    expect([...(await source.read(2))]).toEqual([2, 3]);
    expect(await source.readExactly(0, 'nothing')).toHaveLength(0);
    expect([...(await source.read(3))]).toEqual([4, 5, 6]);
    expect(source.peekUint32()).toBe(7 | (8 << 8) | (9 << 16) | (10 << 24));
    expect(source.buffered).toBe(4);
    const dest = new Uint8Array(5);
    expect(source.takeInto(dest)).toBe(false);
    expect(source.takeInto(dest.subarray(0, 4))).toBe(true);
    expect([...dest]).toEqual([7, 8, 9, 10, 0]);
    expect((await source.read(1)).length).toBe(0);
  });

  it('gives a view only of bytes that lie 8-byte aligned within one piece', () => {
    const bytes = Uint8Array.from({ length: 40 }, (_, i) => i);
    const source = new ByteReader(bytes, undefined);
    const first = source.takeAlignedView(16)!;
    expect(first.buffer).toBe(bytes.buffer);
    expect([...first.subarray(0, 3)]).toEqual([0, 1, 2]);
    expect(source.takeInto(new Uint8Array(3))).toBe(true);
    expect(source.takeAlignedView(8)).toBeNull(); // at offset 19
    expect(source.remaining).toBe(21);
    expect(source.takeAlignedView(100)).toBeNull();
  });
});
