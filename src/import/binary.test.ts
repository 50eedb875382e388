// Large layers through the worker's API (called directly, as the worker runs it): a FlatGeobuf whose
// header counts ≥ BIG_LAYER_FEATURES is streamed as chunks, other formats are converted after their
// checks, the CRS question still comes first, and without onChunk nothing changes.
import * as flatbuffers from 'flatbuffers';
import { fromByteBuffer } from 'flatgeobuf/lib/mjs/header-meta.js';
import { calcTreeSize } from 'flatgeobuf/lib/mjs/packedrtree.js';
import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featuresToChunks } from '../data/binary/builder';
import { featureAt } from '../data/binary/feature';
import type { BinaryChunk } from '../data/binary/types';
import { readFeatureCollection, writeFeatures } from '../data/fgb';
import { readChunks } from '../data/fgb/binary';
import { parcels } from '../data/fgb/test-parcels';
import { createImportApi } from './api';
import { pieces, transferring } from './binary';
import type { ImportProgress } from './types';

const N = 25_000;
const fgb = writeFeatures([...parcels(N)]) as Uint8Array<ArrayBuffer>;

describe('a 25,000-parcel FlatGeobuf with onChunk', () => {
  it('streams chunks whose counts sum to 25,000; the result has no features and a binary summary', async () => {
    const api = createImportApi();
    const chunks: BinaryChunk[] = [];
    const progress: ImportProgress[] = [];
    let progressAtFirstChunk = -1;
    const out = await api.importFile(
      1,
      new Blob([fgb]),
      'parcels.fgb',
      {},
      (p) => progress.push(p),
      (chunk) => {
        if (chunks.length === 0) progressAtFirstChunk = progress.length;
        chunks.push(chunk);
      },
    );
    if (!out.ok) throw new Error(out.error.message);
    expect(chunks.reduce((n, c) => n + c.count, 0)).toBe(N);
    // Chunks end at 65,000 polygon vertices: 3,612 parcels of 18 positions.
    expect(chunks.map((c) => c.first)).toEqual([0, 3612, 7224, 10836, 14448, 18060, 21672]);
    expect(out.result.features).toEqual([]);
    expect(out.result.binary).toMatchObject({
      count: N,
      geometry: 'polygon',
      fields: ['id', 'use', 'area_m2'],
    });
    expect(out.result).toMatchObject({
      format: 'flatgeobuf',
      problems: [],
      warnings: [],
      crs: { source: 'prj' },
    });
    // Streamed: when the first chunk came, the progress had said only its features, and the file was
    // not yet read to its end (the chunk's hand-over waits for the app to draw it).
    expect(progressAtFirstChunk).toBe(1);
    expect(progress[0]!.featuresRead).toBe(3612);
    // The bytes are the decoder's place, not the reads' (3 MiB read by the first chunk): the offset just
    // past each chunk's last feature, found here by walking the file's size prefixes.
    expect(progress.map((p) => p.bytesRead)).toEqual(
      chunks.map((c) => featureEnds(fgb)[c.first + c.count - 1]),
    );
    expect(progress.at(-1)).toMatchObject({ featuresRead: N, bytesRead: fgb.length, totalBytes: fgb.length });
    // The same features as the GeoJSON reader, in file order.
    const { collection } = await readFeatureCollection(fgb);
    for (const k of [0, 3611, 3612, 17_321, N - 1]) {
      const chunk = chunks.findLast((c) => c.first <= k)!;
      expect(featureAt(chunk, k - chunk.first).properties).toEqual(collection.features[k]!.properties);
    }
  });

  it('without onChunk, the same file gives 25,000 features as before', async () => {
    const out = await createImportApi().importFile(2, new Blob([fgb]), 'parcels.fgb');
    if (!out.ok) throw new Error(out.error.message);
    expect(out.result.features).toHaveLength(N);
    expect(out.result.binary).toBeUndefined();
  });

  it('a damaged big FlatGeobuf is import.error.fgbDamaged', async () => {
    const cut = fgb.slice(0, fgb.length - 100);
    const out = await createImportApi().importFile(3, new Blob([cut]), 'cut.fgb', {}, undefined, () => {});
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.error).toMatchObject({ key: 'import.error.fgbDamaged', params: { file: 'cut.fgb' } });
      // The message already says "damaged or truncated FlatGeobuf": the detail does not repeat it.
      const detail = String((out.error.params as { detail: string }).detail);
      expect(detail.length).toBeGreaterThan(10);
      expect(detail).not.toMatch(/FlatGeobuf file:/);
    }
  });
});

const pointsDoc = (coords: (i: number) => [number, number]) =>
  new TextEncoder().encode(
    JSON.stringify({
      type: 'FeatureCollection',
      features: Array.from(
        { length: N },
        (_, i): Feature<Point> => ({
          type: 'Feature',
          properties: { i, name: `p${i}` },
          geometry: { type: 'Point', coordinates: coords(i) },
        }),
      ),
    }),
  );

describe('other formats with onChunk', () => {
  it('a 25,000-point GeoJSON is converted after its checks', async () => {
    const chunks: BinaryChunk[] = [];
    const bytes = pointsDoc((i) => [106.6 + i * 1e-6, 11]);
    const out = await createImportApi().importFile(
      4,
      new Blob([bytes]),
      'pts.geojson',
      {},
      undefined,
      (c) => {
        chunks.push(c);
      },
    );
    if (!out.ok) throw new Error(out.error.message);
    expect(out.result.features).toEqual([]);
    expect(out.result.binary).toMatchObject({ count: N, geometry: 'point', fields: ['i', 'name'] });
    expect(chunks.reduce((n, c) => n + c.count, 0)).toBe(N);
    expect(featureAt(chunks[4]!, 999)).toMatchObject({ properties: { i: 20_999, name: 'p20999' } });
  });

  it('projected coordinates without a CRS: the question comes first, the chunks after the answer', async () => {
    const api = createImportApi();
    const chunks: BinaryChunk[] = [];
    const bytes = pointsDoc((i) => [603269.965 + i, 1192041.07]);
    const first = await api.importFile(5, new Blob([bytes]), 'diem.geojson', {}, undefined, (c) => {
      chunks.push(c);
    });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.result.crsQuestion?.choices[0]).toBe('vn2000-tm3-10545');
    expect(chunks).toEqual([]);
    expect(first.result.features).toHaveLength(N);
    const answered = await api.applyCrsToChunks(first.result, 'vn2000-tm3-10545', (c) => {
      chunks.push(c);
    });
    if (!answered.ok) throw new Error(answered.error.message);
    expect(answered.result.features).toEqual([]);
    expect(answered.result.binary?.count).toBe(N);
    expect(chunks.reduce((n, c) => n + c.count, 0)).toBe(N);
    // The README point: VN-2000 / TM-3 105°45′ (603269.965, 1192041.07) is 106.696082, 10.777808.
    const [lon, lat] = (featureAt(chunks[0]!, 0).geometry as Point).coordinates as [number, number];
    expect(Math.abs(lon - 106.696082) * 109_000).toBeLessThan(5);
    expect(Math.abs(lat - 10.777808) * 110_600).toBeLessThan(5);
  });
});

/** Every piece of a stream, in order (the DOM lib types no async iterator on ReadableStream). */
async function all(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) out.push(r.value);
  return out;
}

/**
 * The byte offset just past each feature of a FlatGeobuf file, walked from its size prefixes after
 * the header and the index (sized by the flatgeobuf package's own header reader and calcTreeSize;
 * a header that does not count its features has no index, and calcTreeSize(0) would never return).
 */
function featureEnds(file: Uint8Array): number[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const headerLength = view.getUint32(8, true);
  const meta = fromByteBuffer(new flatbuffers.ByteBuffer(file.subarray(8, 12 + headerLength)));
  let at =
    12 +
    headerLength +
    (meta.indexNodeSize > 0 && meta.featuresCount > 0
      ? calcTreeSize(meta.featuresCount, meta.indexNodeSize)
      : 0);
  const ends: number[] = [];
  while (at < file.length) {
    at += 4 + view.getUint32(at, true);
    ends.push(at);
  }
  return ends;
}

describe('pieces (how a dropped file is read)', () => {
  it('reads a Blob in pieces of the size asked', async () => {
    const read = await all(pieces(new Blob([fgb.subarray(0, 10)]), 3));
    expect(read.map((p) => p.length)).toEqual([3, 3, 3, 1]);
    expect(Array.from(read[3]!)).toEqual([fgb[9]]);
    expect(await all(pieces(new Blob([]), 3))).toEqual([]);
  });

  it('reads a large file in pieces of 1 MiB first, doubling up to 16 MiB', async () => {
    const MiB = 1024 * 1024;
    const read = await all(pieces(new Blob([new Uint8Array(40 * MiB)])));
    expect(read.map((p) => p.length / MiB)).toEqual([1, 2, 4, 8, 16, 9]);
  });

  it('keeps two reads in flight and delivers the pieces in file order whatever order they finish in', async () => {
    const bytes = Uint8Array.from({ length: 10 }, (_, i) => i);
    let inFlight = 0;
    let most = 0;
    // A Blob whose later pieces finish first (each read takes longer the earlier it starts).
    const slow = {
      size: bytes.length,
      slice(start: number, end: number) {
        return {
          arrayBuffer: async () => {
            most = Math.max(most, ++inFlight);
            await new Promise((r) => setTimeout(r, 20 - 2 * start));
            inFlight--;
            return bytes.slice(start, end).buffer;
          },
        };
      },
    } as unknown as Blob;
    const read = await all(pieces(slow, 3));
    expect(read.map((p) => Array.from(p))).toEqual([[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]]);
    expect(most).toBe(2);
  });

  it("features cut by the pieces' edges decode as from the whole bytes", async () => {
    const small = writeFeatures([...parcels(300)]) as Uint8Array<ArrayBuffer>;
    const whole: BinaryChunk[] = [];
    for await (const c of readChunks(small)) whole.push(c);
    // 1,000-byte pieces: most of the 300 parcels (about 350 bytes each) straddle two of them.
    const cut: BinaryChunk[] = [];
    for await (const c of readChunks(pieces(new Blob([small]), 1000))) cut.push(c);
    expect(cut.reduce((n, c) => n + c.count, 0)).toBe(300);
    for (const k of [0, 1, 150, 299]) {
      expect(featureAt(cut[0]!, k)).toEqual(featureAt(whole[0]!, k));
    }
  });
});

describe('transferring (chunks handed to the main thread)', () => {
  // Twelve one-point chunks, told apart by their first ordinal.
  const chunks = featuresToChunks(
    [...Array(12)].map(
      (_, i): Feature<Point> => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [106.5 + i / 100, 11] },
        properties: {},
      }),
    ),
    0,
    { chunkFeatures: 1 },
  );

  it('waits for the answer to the first chunk, then only with 8 untaken, and drain waits for all', async () => {
    const takes: (() => void)[] = [];
    const sink = transferring(
      (c) =>
        new Promise<void>((done) => {
          takes[c.first] = done;
        }),
    );
    let sent = 0;
    const sending = (async () => {
      for (const c of chunks) {
        await sink(c);
        sent++;
      }
    })();
    await new Promise((r) => setTimeout(r, 0));
    // The first waits for its answer (the app gives it once the chunk is drawn).
    expect(sent).toBe(0);
    takes[0]!();
    await new Promise((r) => setTimeout(r, 0));
    // Then seven more without an answer; the ninth waits for the second to be taken.
    expect(sent).toBe(8);
    takes[1]!();
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toBe(9);
    for (const take of takes) take?.();
    await new Promise((r) => setTimeout(r, 0));
    for (const take of takes) take?.();
    await sending;
    expect(sent).toBe(12);
    let drained = false;
    const draining = sink.drain().then(() => {
      drained = true;
    });
    await draining;
    expect(drained).toBe(true);
  });

  it('a chunk the main thread failed to take fails the next send, or the drain', async () => {
    const sink = transferring(async (c) => {
      if (c.first === 1) throw new Error('taken badly');
    }, 8);
    await sink(chunks[0]!);
    await sink(chunks[1]!);
    await new Promise((r) => setTimeout(r, 0));
    await expect(sink(chunks[2]!)).rejects.toThrow('taken badly');
    const other = transferring(async () => {
      throw new Error('no room');
    });
    // The first chunk's answer is waited for: its failure fails that send.
    await expect(other(chunks[0]!)).rejects.toThrow('no room');
    const later = transferring(async (c) => {
      if (c.first === 2) throw new Error('no room');
    });
    await later(chunks[0]!);
    await later(chunks[1]!);
    await later(chunks[2]!);
    await expect(later.drain()).rejects.toThrow('no room');
  });
});
