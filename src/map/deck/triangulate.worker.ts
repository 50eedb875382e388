// Web Worker entry: the triangles of a large layer's chunk, made when the map first draws the chunk's
// shapes (chunk-triangles.ts). The positions arrive as a copy (the main thread keeps its own, which
// the analysis, the selection and the exports read); the triangles are transferred back.
import { expose, transfer } from 'comlink';
import { triangulatePolygons } from '../../data/binary/triangulate';
import type { BinaryPolygons } from '../../data/binary/types';

export type PolygonArrays = Pick<BinaryPolygons, 'positions' | 'polygonIndices' | 'primitivePolygonIndices'>;

const api = {
  /** See triangulatePolygons. */
  triangulate(p: PolygonArrays): Uint16Array | Uint32Array {
    const t = triangulatePolygons(p);
    return transfer(t, [t.buffer]);
  },
};
export type TriangulateApi = typeof api;

expose(api);
