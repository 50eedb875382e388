// The framing's zero-copy path: a feature lying aligned in the piece it was read in is handed over
// as a view of that piece; one that is not (across two pieces, or at an odd offset) is copied. Both
// must give the same bytes, 8-byte aligned, and the same damage errors.
import { describe, expect, it } from 'vitest';
import { ByteReader } from './byte-reader';
import { featureFrames } from './framing';
import { writeFeatures } from './index';
import { parcels } from './test-parcels';

async function framesOf(input: Uint8Array | ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const batch of featureFrames(input, undefined, () => {})) out.push(...batch);
  return out;
}

function piecesOf(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) controller.close();
      else controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

describe('featureFrames', () => {
  const bytes = writeFeatures([...parcels(300)]);

  it('hands over aligned features as views of the input and copies the rest, with equal bytes', async () => {
    const aligned = await framesOf(bytes);
    expect(aligned).toHaveLength(300);
    // Every frame of an aligned whole-file input is a view of it (the writer pads features to 8).
    expect(aligned.every((f) => f.buffer === bytes.buffer && f.byteOffset % 8 === 0)).toBe(true);

    // The same file 4 bytes into its buffer: every feature is misaligned there, so each is copied.
    const shifted = new Uint8Array(bytes.length + 4);
    shifted.set(bytes, 4);
    const copied = await framesOf(shifted.subarray(4));
    expect(copied.every((f) => f.buffer !== shifted.buffer && f.byteOffset % 8 === 0)).toBe(true);

    // Pieces of 4,096 bytes: features inside a piece are views of it, those across two are copies.
    const streamed = await framesOf(piecesOf(bytes, 4096));
    const views = streamed.filter((f) => f.buffer.byteLength === 4096).length;
    expect(views).toBeGreaterThan(0);
    expect(views).toBeLessThan(300);
    expect(streamed.every((f) => f.byteOffset % 8 === 0)).toBe(true);

    for (const frames of [copied, streamed]) {
      expect(frames.map((f) => [...f])).toEqual(aligned.map((f) => [...f]));
    }
  });

  it('checks a feature length read from the piece as the copying path does', async () => {
    // Feature 1's size prefix made larger than what follows it.
    const damaged = bytes.slice();
    const first = (await framesOf(bytes))[0]!;
    const at = first.byteOffset;
    new DataView(damaged.buffer).setUint32(at, bytes.length, true);
    const message = /feature 1 claims \d+ bytes but only \d+ follow/;
    await expect(framesOf(damaged)).rejects.toThrow(message);
    new DataView(damaged.buffer).setUint32(at, 0, true);
    await expect(framesOf(damaged)).rejects.toThrow('feature 1 claims 0 bytes');
  });
});

describe('ByteReader', () => {
  it('peeks a little-endian uint32 and takes views only within the first piece and aligned', async () => {
    const reader = new ByteReader(
      piecesOf(Uint8Array.from([1, 0, 0, 0, 2, 0, 0, 0, 9, 9, 9, 9, 9, 9, 9, 9]), 12),
      undefined,
    );
    expect(reader.peekUint32()).toBeNull(); // nothing read yet
    expect([...(await reader.read(4))]).toEqual([1, 0, 0, 0]);
    expect(reader.peekUint32()).toBe(2);
    expect(reader.takeView(4, 8)).toBeNull(); // offset 4 is not a multiple of 8
    expect([...reader.takeView(4, 4)!]).toEqual([2, 0, 0, 0]);
    expect(reader.takeView(8, 1)).toBeNull(); // only 4 bytes of the first piece are left
    expect(reader.peekUint32()).toBe(0x09090909);
    expect([...(await reader.read(8))]).toEqual([9, 9, 9, 9, 9, 9, 9, 9]); // across both pieces
    expect((await reader.read(4)).length).toBe(0);
  });
});
