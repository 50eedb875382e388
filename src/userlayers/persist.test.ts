// Large layers' chunks as earlier versions stored them in IndexedDB, read back by loadBig in the
// current form (fake-indexeddb: the real idb-keyval code path, structured clone included).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { featuresToChunks } from '../data/binary/builder';
import { featureAt } from '../data/binary/feature';
import { dictionarySize, texts } from '../data/binary/text-dictionary';
import type { BinaryChunk } from '../data/binary/types';
import { parcels } from '../data/fgb/test-parcels';
import { userDescriptionOfKind } from '../layers/user-description';
import { IdbUserLayerStore } from './persist';

/** Stores `chunk` as the one chunk of large layer `user:<n>` (10 parcels). */
async function saveOneChunkLayer(store: IdbUserLayerStore, n: number, chunk: BinaryChunk): Promise<void> {
  const id = `user:${n}`;
  await store.saveChunk(id, 0, chunk);
  await store.saveBig({
    id,
    fileName: 'parcels.fgb',
    description: userDescriptionOfKind(id, 'parcels.fgb', 'polygon', n - 1),
    n,
    summary: { count: 10, bbox: null, fields: Object.keys(chunk.columns), geometry: 'polygon' },
    chunkCount: 1,
  });
}

describe('loadBig', () => {
  it('converts the string[] text dictionaries of chunks stored by earlier versions', async () => {
    const store = new IdbUserLayerStore('persist-legacy-text');
    const [chunk] = featuresToChunks([...parcels(10)]);
    const want = Array.from({ length: 10 }, (_, i) => featureAt(chunk!, i).properties);
    // The chunk as stored before text dictionaries were UTF-8 bytes: `dictionary: string[]`.
    const legacy = {
      ...chunk!,
      columns: Object.fromEntries(
        Object.entries(chunk!.columns).map(([name, c]) => [
          name,
          c.kind === 'text' ? { ...c, dictionary: texts(c.dictionary) } : c,
        ]),
      ),
    } as unknown as BinaryChunk;
    expect(Array.isArray((legacy.columns.id as unknown as { dictionary: unknown }).dictionary)).toBe(true);
    await saveOneChunkLayer(store, 1, legacy);

    const [back] = await store.loadBig();
    const c = back!.chunks[0]!;
    const id = c.columns.id!;
    if (id.kind !== 'text') throw new Error('id is not a text column');
    expect(id.dictionary.bytes).toBeInstanceOf(Uint8Array);
    expect(id.dictionary.offsets).toBeInstanceOf(Uint32Array);
    expect(dictionarySize(id.dictionary)).toBe(10);
    expect(Array.from({ length: 10 }, (_, i) => featureAt(c, i).properties)).toEqual(want);
  });

  it('reads chunks stored in the current form as they are', async () => {
    const store = new IdbUserLayerStore('persist-current-text');
    const [chunk] = featuresToChunks([...parcels(10)]);
    await saveOneChunkLayer(store, 2, chunk!);
    const [back] = await store.loadBig();
    const id = back!.chunks[0]!.columns.id!;
    if (id.kind !== 'text') throw new Error('id is not a text column');
    expect(texts(id.dictionary)).toEqual(Array.from({ length: 10 }, (_, i) => `parcel_${i}`));
  });
});
