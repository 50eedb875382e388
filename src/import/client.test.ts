// The client over a real Comlink channel (a MessageChannel standing in for the worker): the
// outcome survives structured cloning, progress arrives through the proxy, abort cancels, and
// properties get their null prototype back on this side.
import { MessageChannel } from 'node:worker_threads';
import { expose } from 'comlink';
import { describe, expect, it } from 'vitest';
import type { BinaryChunk } from '../data/binary/types';
import { writeFeatures } from '../data/fgb';
import { parcels } from '../data/fgb/test-parcels';
import { createImportApi } from './api';
import { createImportClient } from './client';
import type { ImportProgress } from './types';

function connected() {
  const { port1, port2 } = new MessageChannel();
  expose(createImportApi(), port1 as unknown as Parameters<typeof expose>[1]);
  const client = createImportClient(port2 as unknown as Worker);
  const close = () => {
    port1.close();
    port2.close();
  };
  return { client, close };
}

const feature = (props: string) =>
  `{"type":"Feature","properties":${props},"geometry":{"type":"Point","coordinates":[106.7,11]}}`;

describe('import client over Comlink', () => {
  it('returns features with null-prototype properties and reports progress', async () => {
    const { client, close } = connected();
    try {
      const seen: ImportProgress[] = [];
      const out = await client.importFile(new Blob([feature('{"__proto__":{"x":1},"a":"b"}')]), {
        name: 'one.geojson',
        onProgress: (p) => seen.push(p),
      });
      if (!out.ok) throw new Error(out.error.message);
      const p = out.result.features[0]!.properties;
      expect(Object.getPrototypeOf(p)).toBeNull();
      expect(Object.keys(p).sort()).toEqual(['__proto__', 'a']);
      expect(seen.length).toBeGreaterThan(0);
    } finally {
      close();
    }
  });

  it('an aborted signal ends the job as cancelled', async () => {
    const { client, close } = connected();
    try {
      const controller = new AbortController();
      const lines = Array.from({ length: 30000 }, () => feature('{"a":1}')).join('\n');
      const out = await client.importFile(new Blob([lines]), {
        name: 'many.geojsonl',
        signal: controller.signal,
        onProgress: (p) => {
          if (p.featuresRead > 0) controller.abort();
        },
      });
      expect(out.ok).toBe(false);
      if (!out.ok)
        expect(out.error).toMatchObject({ key: 'import.error.cancelled', params: { file: 'many.geojsonl' } });
    } finally {
      close();
    }
  });

  it('a large layer arrives as chunks of typed arrays before the outcome, which has no features', async () => {
    const { client, close } = connected();
    try {
      const bytes = writeFeatures([...parcels(21_000)]) as Uint8Array<ArrayBuffer>;
      const chunks: BinaryChunk[] = [];
      const out = await client.importFile(new Blob([bytes]), {
        name: 'parcels.fgb',
        onChunk: (c) => chunks.push(c),
      });
      if (!out.ok) throw new Error(out.error.message);
      expect(out.result.features).toEqual([]);
      expect(out.result.binary?.count).toBe(21_000);
      // Chunks end at 65,000 polygon vertices: 3,612 parcels of 18 positions.
      expect(chunks.map((c) => c.count)).toEqual([3612, 3612, 3612, 3612, 3612, 2940]);
      expect(chunks[4]!.polygons.positions.value).toBeInstanceOf(Float32Array);
      expect(chunks[5]!.polygons.positions.value.length).toBe(2940 * 18 * 2);
      expect(chunks[4]!.polygons.positions.value.length).toBe(3612 * 18 * 2);
    } finally {
      close();
    }
  });
});
