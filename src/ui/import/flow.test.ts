// The import flow over the engine's real API (through Comlink on a MessageChannel, as the worker
// is reached): a CSV's detected columns are asked about and can be swapped, a projected file
// without a .prj asks for its CRS, a broken file leaves a failure row, a success adds a layer.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Point } from 'geojson';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFeatures } from '../../data/fgb/writer';
import type { ImportClient } from '../../import/client';
import { useLayers } from '../../state/layers';
import { useUserLayers } from '../../state/user-layers';
import { answer, cancelImport, importBlob, importer, setImportClient, useImportQuestion } from './flow';
import { useImportQueue } from './queue';
import { withRealImportEngine } from './test-engine';
import { importUrl } from './url-import';

withRealImportEngine();

beforeEach(async () => {
  await answer(null); // a question left by a test would hold the import queue
  useLayers.getState().reset();
  useUserLayers.setState({ layers: {}, failures: [], job: null });
  useImportQuestion.setState({ question: null });
});

const coords = (id: string) =>
  (useLayers.getState().layers[id]!.features[0]!.geometry as Point | null)?.coordinates ?? null;

describe('import flow', () => {
  it('names an unreachable URL in the UI language, not with the browser’s English fetch error', async () => {
    // Port 9 (discard) is closed here: fetch rejects with a TypeError, as for a CORS refusal.
    await importUrl('http://127.0.0.1:9/ranh-gioi.fgb');
    const [failure] = useUserLayers.getState().failures;
    expect(failure).toMatchObject({
      fileName: 'ranh-gioi.fgb',
      key: 'userLayers.error.network',
      params: { file: 'ranh-gioi.fgb' },
    });
    expect(useLayers.getState().layers['user:1']).toBeUndefined();
  });

  it('names a web page sent in place of the file (a host answering every path with its page)', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Bản đồ</title>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as AddressInfo;
      await importUrl(`http://127.0.0.1:${port}/khong-co.geojson`);
    } finally {
      server.close();
    }
    expect(useUserLayers.getState().failures).toEqual([
      expect.objectContaining({
        fileName: 'khong-co.geojson',
        key: 'userLayers.error.html',
        params: { file: 'khong-co.geojson' },
      }),
    ]);
    expect(useLayers.getState().layers['user:1']).toBeUndefined();
  });

  it('shows a URL download as it arrives, and Cancel stops it: no layer, the request closed', async () => {
    const body = Buffer.from(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { ten: 'Điểm' },
            geometry: { type: 'Point', coordinates: [106.6, 11] },
          },
        ],
      }),
    );
    let closedEarly = false;
    let sent = 0;
    // A slow server: 16 bytes every 50 ms, with Content-Length.
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/geo+json', 'content-length': body.length });
      const timer = setInterval(() => {
        if (sent >= body.length) return clearInterval(timer);
        res.write(body.subarray(sent, sent + 16));
        sent += 16;
        if (sent >= body.length) res.end();
      }, 50);
      res.on('close', () => {
        clearInterval(timer);
        if (sent < body.length) closedEarly = true;
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as AddressInfo;
      const done = importUrl(`http://127.0.0.1:${port}/cham.geojson`);
      await vi.waitFor(() => expect(useUserLayers.getState().job?.progress?.bytesRead).toBeGreaterThan(0), {
        timeout: 5000,
      });
      expect(useUserLayers.getState().job).toMatchObject({
        fileName: 'cham.geojson',
        download: true,
        progress: { totalBytes: body.length },
      });
      cancelImport();
      await done;
      await vi.waitFor(() => expect(closedEarly).toBe(true), { timeout: 2000 });
    } finally {
      server.close();
    }
    expect(useUserLayers.getState().job).toBeNull();
    expect(useUserLayers.getState().failures).toEqual([
      expect.objectContaining({ fileName: 'cham.geojson', key: 'import.error.cancelled' }),
    ]);
    expect(useLayers.getState().layers['user:1']).toBeUndefined();
  });

  it('a small .fgb on a server that ignores Range is downloaded once: the probe’s copy is imported', async () => {
    const body = Buffer.from(
      writeFeatures(
        ['A', 'B', 'C'].map((ten, i) => ({
          type: 'Feature' as const,
          properties: { ten },
          geometry: { type: 'Point' as const, coordinates: [106.6 + i / 100, 11] },
        })),
      ),
    );
    // Every request gets the whole file with 200, whatever its Range header.
    const requests: (string | undefined)[] = [];
    const server = createServer((req, res) => {
      requests.push(req.headers.range);
      res.writeHead(200, { 'content-length': body.length }).end(body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/diem.fgb`;
    try {
      await importUrl(url);
    } finally {
      server.close();
    }
    expect(useUserLayers.getState().failures).toEqual([]);
    // (Written in its spatial index's order.)
    const names = useLayers.getState().layers['user:1']?.features.map((f) => String(f.properties?.ten));
    expect(names?.sort()).toEqual(['A', 'B', 'C']);
    expect(useUserLayers.getState().layers['user:1']?.url).toBe(url);
    // One request: the probe's range request, answered with the whole file (it was two).
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^bytes=0-/);
  });

  it('a missing .fgb is asked for once: the probe’s 404 is the answer', async () => {
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.writeHead(404).end('not here');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      await importUrl(`http://127.0.0.1:${(server.address() as AddressInfo).port}/khong-co.fgb`);
    } finally {
      server.close();
    }
    expect(useUserLayers.getState().failures).toEqual([
      expect.objectContaining({
        fileName: 'khong-co.fgb',
        key: 'userLayers.error.fetch',
        params: { file: 'khong-co.fgb', detail: 'HTTP 404' },
      }),
    ]);
    expect(requests).toEqual(['/khong-co.fgb']);
    expect(useUserLayers.getState().job).toBeNull();
  });

  it("shows an import's problems in the layer's row and its warnings under it", async () => {
    // A polygon whose only ring is two bad positions (kept without geometry: a problem naming it)
    // and a good point: the file also gets the "features without geometry" and "mixed types" warnings.
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'Thửa A' },
          geometry: { type: 'Polygon', coordinates: [[['x', 'y'], [1]]] },
        },
        {
          type: 'Feature',
          properties: { name: 'Điểm B' },
          geometry: { type: 'Point', coordinates: [106.6, 11] },
        },
      ],
    });
    await importBlob(new Blob([text]), 'hinh-sai.geojson');
    const entry = useLayers.getState().layers['user:1']!;
    expect(entry.count).toBe(2);
    expect(entry.problems).toHaveLength(1);
    expect(entry.problems[0]).toMatchObject({ name: 'Thửa A', messageKey: 'problem.geometry.degenerate' });
    const warnings = useUserLayers.getState().layers['user:1']!.warnings ?? [];
    expect(warnings.map((w) => w.key)).toContain('import.warn.nullGeometries');
    expect(warnings.find((w) => w.key === 'import.warn.nullGeometries')?.params).toMatchObject({
      file: 'hinh-sai.geojson',
      count: 1,
    });
  });

  const point = (name: string, lon: number) =>
    new Blob([
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: [lon, 11] } },
        ],
      }),
    ]);

  it('a file given during another’s import waits its turn instead of cancelling it', async () => {
    const first = importBlob(point('A', 106.6), 'a.geojson');
    const second = importBlob(point('B', 106.7), 'b.geojson');
    expect(useImportQueue.getState().waiting.map((w) => w.name)).toEqual(['a.geojson', 'b.geojson']);
    await Promise.all([first, second]);
    expect(useUserLayers.getState().failures).toEqual([]);
    expect(useUserLayers.getState().layers['user:1']?.fileName).toBe('a.geojson');
    expect(coords('user:1')).toEqual([106.6, 11]);
    expect(useUserLayers.getState().layers['user:2']?.fileName).toBe('b.geojson');
    expect(coords('user:2')).toEqual([106.7, 11]);
    expect(useImportQueue.getState().waiting).toEqual([]);
  });

  it("the job's bar knows the file's size before the first byte is read", async () => {
    const real = importer();
    let first: unknown;
    const watching: ImportClient = {
      ...real,
      importFile: async (file, o) => {
        first = useUserLayers.getState().job?.progress;
        return real.importFile(file, o);
      },
    };
    setImportClient(watching);
    try {
      const blob = point('A', 106.6);
      await importBlob(blob, 'a.geojson');
      expect(first).toEqual({ bytesRead: 0, totalBytes: blob.size, featuresRead: 0 });
      expect(blob.size).toBeGreaterThan(0);
    } finally {
      setImportClient(real);
    }
  });

  it('a progress message arriving after the result does not bring the finished job back', async () => {
    // In the app progress comes over its own Comlink channel and can land after the outcome.
    const real = importer();
    const late: ImportClient = {
      ...real,
      importFile: async (file, o) => {
        const out = await real.importFile(file, o);
        // Delivered while the layer is being added (after the outcome, before the job ends).
        const stop = useLayers.subscribe((st) => {
          if (!st.layers['user:1']) return;
          stop();
          o?.onProgress?.({ bytesRead: 10, totalBytes: 10, featuresRead: 1 });
        });
        return out;
      },
    };
    setImportClient(late);
    try {
      await importBlob(point('A', 106.6), 'a.geojson');
      expect(coords('user:1')).toEqual([106.6, 11]);
      expect(useUserLayers.getState().job).toBeNull();
    } finally {
      setImportClient(real);
    }
  });

  it('a question about one file holds the files after it until it is answered', async () => {
    const csvFile = new Blob(['a,b,ten\n11.05,106.65,Điểm 1\n']);
    await importBlob(csvFile, 'diem.csv');
    expect(useImportQuestion.getState().question?.kind).toBe('csv');
    const next = importBlob(point('B', 106.7), 'b.geojson');
    await new Promise((r) => setTimeout(r, 50));
    // Still the CSV's question on screen, the next file listed as waiting, not yet imported.
    expect(useImportQuestion.getState().question?.kind).toBe('csv');
    expect(useImportQueue.getState().waiting.map((w) => w.name)).toEqual(['b.geojson']);
    expect(useLayers.getState().layers['user:1']).toBeUndefined();
    await answer({ kind: 'csv', swap: false });
    await next;
    expect(coords('user:1')).toEqual([106.65, 11.05]);
    expect(coords('user:2')).toEqual([106.7, 11]);
  });

  // Columns without telling names: latitude first, found by the values (longitude 100–118°).
  const csv = new Blob(['a,b,ten\n11.05,106.65,Điểm 1\n11.10,106.70,Điểm 2\n']);

  it('asks to confirm a CSV’s columns, then adds the layer as detected', async () => {
    await importBlob(csv, 'diem.csv');
    const q = useImportQuestion.getState().question;
    expect(q?.kind).toBe('csv');
    if (q?.kind !== 'csv') return;
    expect([q.result.csv?.lon, q.result.csv?.lat]).toEqual(['b', 'a']);
    expect(useLayers.getState().layers['user:1']).toBeUndefined();
    await answer({ kind: 'csv', swap: false });
    expect(useLayers.getState().layers['user:1']?.count).toBe(2);
    expect(coords('user:1')).toEqual([106.65, 11.05]);
  });

  it('swapping re-reads the CSV with the columns exchanged', async () => {
    await importBlob(csv, 'diem.csv');
    await answer({ kind: 'csv', swap: true });
    expect(useImportQuestion.getState().question).toBeNull();
    const entry = useLayers.getState().layers['user:1'];
    expect(entry?.count).toBe(2);
    // Longitude 11.05, latitude 106.65: not a place on Earth, so the feature has no location.
    expect(coords('user:1')).toBeNull();
  });

  it('asks for the CRS of projected coordinates without a .prj and reprojects with the choice', async () => {
    // VN-2000 / TM-3 105°45′ metres of a point in Thủ Dầu Một (about 106.65°E, 10.98°N).
    const gj = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [598000, 1214000] } },
      ],
    });
    await importBlob(new Blob([gj]), 'vn2000.json');
    const q = useImportQuestion.getState().question;
    expect(q?.kind).toBe('crs');
    if (q?.kind !== 'crs') return;
    expect(q.result.crsQuestion?.choices[0]).toBe('vn2000-tm3-10545');
    await answer({ kind: 'crs', choice: 'vn2000-tm3-10545' });
    const [lon, lat] = coords('user:1')!;
    expect(lon).toBeGreaterThan(106.6);
    expect(lon).toBeLessThan(106.7);
    expect(lat).toBeGreaterThan(10.9);
    expect(lat).toBeLessThan(11.05);
  });

  it('a broken file leaves a failure naming it and loads nothing', async () => {
    await importBlob(new Blob(['{"type": "FeatureCollection", "features": [']), 'hỏng.geojson');
    const failures = useUserLayers.getState().failures;
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ fileName: 'hỏng.geojson', key: 'import.error.invalidJson' });
    expect(failures[0]!.params.file).toBe('hỏng.geojson');
    expect(Object.keys(useUserLayers.getState().layers)).toEqual([]);
    expect(useUserLayers.getState().job).toBeNull();
  });
});
