// The triangles of large layers' chunks, made on demand (issue 10 §2: memory). A chunk arrives
// without them and is drawn as points (feature-points.ts); once the view asks for its shapes, its
// polygons are triangulated in a worker and the map is told to draw again, now with the shapes.
// Meanwhile the chunk stays drawn as points, so nothing blinks out. A chunk is asked for once;
// the triangles are kept on the chunk (deck.gl's shapes layer is made only once they are there, so
// its `data` never changes under it).
//
// Without a worker (one that fails to start: a page whose CSP forbids workers), the triangles are
// made on the main thread instead, one chunk per task: ≈ 10 ms for 3,600 parcels of 18 positions.
import { type Remote, releaseProxy, wrap } from 'comlink';
import { hasTriangles, triangulatePolygons } from '../../data/binary/triangulate';
import type { BinaryChunk } from '../../data/binary/types';
import type { PolygonArrays, TriangulateApi } from './triangulate.worker';

export type Triangulator = (p: PolygonArrays) => Promise<Uint16Array | Uint32Array>;

/** Triangulates in a module worker (made on first use). */
function workerTriangulator(): { run: Triangulator; stop: () => void } {
  let worker: Worker | null = null;
  let api: Remote<TriangulateApi> | null = null;
  let broken = false;
  const local: Triangulator = (p) => new Promise((done) => setTimeout(() => done(triangulatePolygons(p)), 0));
  return {
    run: async (p) => {
      if (broken) return local(p);
      try {
        worker ??= new Worker(new URL('./triangulate.worker.ts', import.meta.url), { type: 'module' });
        api ??= wrap<TriangulateApi>(worker);
        return await api.triangulate(p);
      } catch {
        broken = true;
        return local(p);
      }
    },
    stop: () => {
      api?.[releaseProxy]();
      worker?.terminate();
    },
  };
}

export class ChunkTriangles {
  private readonly asked = new WeakSet<BinaryChunk>();
  private readonly triangulator: { run: Triangulator; stop: () => void };
  private stopped = false;

  /** `onReady`: a chunk's triangles arrived (draw again). `run`: the triangulator (tests). */
  constructor(
    private readonly onReady: (chunk: BinaryChunk) => void,
    run?: Triangulator,
  ) {
    this.triangulator = run ? { run, stop: () => {} } : workerTriangulator();
  }

  /**
   * Whether `chunk`'s shapes can be drawn now. When not, its triangles are asked for (once per
   * chunk) and `onReady` is called when they are on the chunk.
   */
  ready(chunk: BinaryChunk): boolean {
    const p = chunk.polygons;
    if (hasTriangles(p)) return true;
    if (this.asked.has(chunk)) return false;
    this.asked.add(chunk);
    // A copy of the arrays (the worker gets its own): the chunk keeps its positions.
    const arrays: PolygonArrays = {
      positions: { value: p.positions.value.slice(), size: 2 },
      polygonIndices: { value: p.polygonIndices.value.slice(), size: 1 },
      primitivePolygonIndices: { value: p.primitivePolygonIndices.value.slice(), size: 1 },
    };
    void this.triangulator.run(arrays).then((t) => {
      if (this.stopped) return;
      p.triangles = { value: t, size: 1 };
      // Polygons too small for a triangle still count as done: drawn as shapes (nothing to fill).
      if (t.length === 0) p.triangles = { value: new Uint16Array(3), size: 1 };
      this.onReady(chunk);
    });
    return false;
  }

  dispose(): void {
    this.stopped = true;
    this.triangulator.stop();
  }
}
