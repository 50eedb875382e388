// Features in, BinaryChunks out (issue 10 §2). The import worker feeds features one at a time as flat
// coordinates (the FlatGeobuf decoder, straight from the file; featuresToChunks in ./builder.ts for
// formats parsed as GeoJSON) and gets a chunk back every CHUNK_FEATURES features, ready to transfer.
//
// Positions are gathered as float64 lon/lat and turned into float32 offsets only when the chunk is
// emitted, from an origin at the centre of the chunk's box (rounded to 0.001° so a dump reads well):
// the error of a position is then at most |offset| × 2⁻²⁴, i.e. half the chunk's extent × 6e-8. A
// chunk of a Hilbert-sorted file spans a small area (≈1e-9° for a 0.05° chunk); a chunk of an unsorted
// world layer may span 360° and lose up to 1e-5° (≈1 m), which is still below a screen pixel at the
// zooms where such a chunk is drawn whole. Triangles are not made here by default: the map asks for
// them when it first draws a chunk's shapes (./triangulate.ts says why).
import { NumberColumnBuilder, TextColumnBuilder } from './column-builder';
import { asText, type ColumnKind, codeColumn } from './columns';
import { GrowableF64, GrowableU32 } from './growable';
import { triangulatePolygons } from './triangulate';
import {
  type BinaryChunk,
  type BinaryLayerSummary,
  CHUNK_FEATURES,
  CHUNK_POLYGON_VERTICES,
  type Column,
  type GeometryCode,
} from './types';

export interface BuilderOptions {
  /** Layer ordinal of the first feature fed (default 0). */
  first?: number;
  /** Columns known up front, in the layer's order (others are added as they appear). */
  fields?: string[];
  /** Storage per column (default 'auto': decided per chunk from its values). */
  kinds?: Record<string, ColumnKind>;
  /** earcut the polygons now (default false: `triangles` left empty, made when first drawn). */
  triangulate?: boolean;
  /** Features per chunk (default CHUNK_FEATURES). */
  chunkFeatures?: number;
  /** Polygon vertices after which a chunk ends (default CHUNK_POLYGON_VERTICES). */
  chunkPolygonVertices?: number;
}

const NONE = 0;
const RING = 1;
const LINE = 2;

export class ChunkBuilder {
  private readonly fieldIndex = new Map<string, number>();
  private readonly fields: string[] = [];
  private readonly kinds: ColumnKind[] = [];
  /** Per field: its coded store when its kind is fixed, else its raw values (coded at emit). */
  private readonly stores: (NumberColumnBuilder | TextColumnBuilder | unknown[])[] = [];
  private readonly triangulate: boolean;
  private readonly size: number;
  private readonly vertexBudget: number;
  private first: number;
  private count = 0;
  private target = NONE;
  private codes = new Uint8Array(CHUNK_FEATURES);
  // Per family: float64 positions, part starts, and each feature's first vertex.
  private readonly points = new GrowableF64();
  private readonly lines = new GrowableF64();
  private readonly polys = new GrowableF64();
  private readonly pathStarts = new GrowableU32();
  private readonly polygonStarts = new GrowableU32();
  private readonly ringStarts = new GrowableU32();
  private readonly pointOf = new GrowableU32();
  private readonly lineOf = new GrowableU32();
  private readonly polyOf = new GrowableU32();
  private box = emptyBox();
  private readonly layerBox = emptyBox();
  private readonly families = new Set<BinaryLayerSummary['geometry']>();
  /** Features fed so far (all chunks). */
  total = 0;

  constructor(private readonly options: BuilderOptions = {}) {
    this.first = options.first ?? 0;
    this.triangulate = options.triangulate ?? false;
    this.size = options.chunkFeatures ?? CHUNK_FEATURES;
    this.vertexBudget = options.chunkPolygonVertices ?? CHUNK_POLYGON_VERTICES;
    this.codes = new Uint8Array(this.size);
    for (const name of options.fields ?? []) this.column(name);
  }

  /** Starts a feature; its geometry type is what featureAt gives back. */
  beginFeature(code: GeometryCode): void {
    this.codes[this.count] = code;
    this.pointOf.push(this.points.length / 2);
    this.lineOf.push(this.lines.length / 2);
    this.polyOf.push(this.polys.length / 2);
    this.target = NONE;
  }

  beginPolygon(): void {
    this.polygonStarts.push(this.polys.length / 2);
    this.families.add('polygon');
  }
  /** A ring of the current polygon (the first is the outer ring, the others holes). */
  beginRing(): void {
    this.ringStarts.push(this.polys.length / 2);
    this.target = RING;
  }
  beginLine(): void {
    this.pathStarts.push(this.lines.length / 2);
    this.target = LINE;
    this.families.add('line');
  }
  /** One position of the current ring or line (finite lon/lat: the caller checks). */
  vertex(x: number, y: number): void {
    if (this.target === RING) this.polys.push2(x, y);
    else if (this.target === LINE) this.lines.push2(x, y);
    else throw new Error('ChunkBuilder.vertex outside a ring or line');
    this.extend(x, y);
  }
  /** Positions from..to−1 of a flat [x0, y0, x1, y1, …] array, to the current ring or line. */
  vertices(xy: ArrayLike<number>, from: number, to: number): void {
    // The hot loop of a large import (every vertex of every feature): room made once, the box
    // grown inline, instead of vertex()'s checks per position.
    const into = this.target === RING ? this.polys : this.target === LINE ? this.lines : null;
    if (!into) throw new Error('ChunkBuilder.vertices outside a ring or line');
    into.reserve(2 * (to - from));
    const d = into.data;
    const b = this.box;
    let k = into.length;
    for (let i = from; i < to; i++) {
      const x = xy[2 * i]!;
      const y = xy[2 * i + 1]!;
      d[k++] = x;
      d[k++] = y;
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    }
    into.length = k;
  }
  point(x: number, y: number): void {
    this.points.push2(x, y);
    this.extend(x, y);
    this.families.add('point');
  }

  /** A property of the current feature (any JSON value; see codeColumn for how it is stored). */
  property(name: string, value: unknown): void {
    this.propertyAt(this.fieldOf(name), value);
  }

  /** The index of a field (added, as an 'auto' column unless declared, when first named). */
  fieldOf(name: string): number {
    return this.fieldIndex.get(name) ?? this.column(name);
  }

  /** property(), by field index (fieldOf). */
  propertyAt(field: number, value: unknown): void {
    const store = this.stores[field]!;
    const row = this.count;
    if (store instanceof NumberColumnBuilder) {
      // As codeColumn codes a number column.
      store.values[row] =
        typeof value === 'number'
          ? value
          : value === null || value === undefined
            ? Number.NaN
            : Number(value);
    } else if (store instanceof TextColumnBuilder) {
      if (value === null || value === undefined) store.setNull(row);
      else store.setString(row, asText(value));
    } else store[row] = value;
  }

  /**
   * The coded store of a field whose kind is fixed, for a decoder that writes the current row
   * (`row`) itself; null for an 'auto' field (use propertyAt).
   */
  storeOf(field: number): NumberColumnBuilder | TextColumnBuilder | null {
    const store = this.stores[field]!;
    return Array.isArray(store) ? null : store;
  }

  /** The chunk-local index of the current feature (what its properties are written at). */
  get row(): number {
    return this.count;
  }

  /** Ends the feature; returns the chunk when it is full, else null. */
  endFeature(): BinaryChunk | null {
    this.count++;
    this.total++;
    this.target = NONE;
    return this.count >= this.size || this.polys.length / 2 >= this.vertexBudget ? this.emit() : null;
  }

  /** The features not yet emitted as a chunk, or null when there are none. */
  flush(): BinaryChunk | null {
    return this.count > 0 ? this.emit() : null;
  }

  /** The layer so far: feature count, box, fields and geometry family. */
  summary(): BinaryLayerSummary {
    const f = [...this.families];
    return {
      count: this.total,
      bbox: boxOrNull(this.layerBox),
      fields: [...this.fields],
      geometry: f.length === 1 ? f[0]! : f.length === 0 ? 'point' : 'mixed',
    };
  }

  private column(name: string): number {
    const i = this.fields.length;
    this.fields.push(name);
    this.fieldIndex.set(name, i);
    const kind = this.options.kinds?.[name] ?? 'auto';
    this.kinds.push(kind);
    this.stores.push(
      kind === 'number'
        ? new NumberColumnBuilder(this.size)
        : kind === 'text'
          ? new TextColumnBuilder(this.size)
          : [],
    );
    return i;
  }

  private extend(x: number, y: number): void {
    const b = this.box;
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }

  private emit(): BinaryChunk {
    const { count, first } = this;
    const bbox = boxOrNull(this.box);
    const origin: [number, number] = bbox
      ? [Math.round((bbox[0] + bbox[2]) * 500) / 1000, Math.round((bbox[1] + bbox[3]) * 500) / 1000]
      : [0, 0];
    if (bbox) {
      const L = this.layerBox;
      L[0] = Math.min(L[0], bbox[0]);
      L[1] = Math.min(L[1], bbox[1]);
      L[2] = Math.max(L[2], bbox[2]);
      L[3] = Math.max(L[3], bbox[3]);
    }
    const part = (xy: GrowableF64, starts: GrowableU32) => {
      const n = xy.length / 2;
      // Per-vertex ids are made when the chunk is drawn as shapes (feature-ids.ts); an empty
      // family keeps no starts either.
      const featureStarts = n === 0 ? new Uint32Array(0) : new Uint32Array(count + 1);
      if (n > 0) {
        featureStarts.set(starts.data.subarray(0, count));
        featureStarts[count] = n;
      }
      const ids = new Uint16Array(0);
      return {
        positions: { value: offsets(xy, origin), size: 2 },
        featureStarts: { value: featureStarts, size: 1 },
        featureIds: { value: ids, size: 1 },
        // the same array: see BinaryPart.globalFeatureIds
        globalFeatureIds: { value: ids, size: 1 },
        numericProps: {},
        properties: [],
      };
    };
    const polyVertices = this.polys.length / 2;
    const polygonPart = part(this.polys, this.polyOf);
    const columns: Record<string, Column> = {};
    this.fields.forEach((name, i) => {
      const store = this.stores[i]!;
      columns[name] = Array.isArray(store) ? codeColumn(store, count, this.kinds[i]!) : store.emit(count);
    });
    const chunk: BinaryChunk = {
      first,
      count,
      origin,
      bbox,
      points: { type: 'Point', ...part(this.points, this.pointOf) },
      lines: {
        type: 'LineString',
        ...part(this.lines, this.lineOf),
        pathIndices: { value: this.pathStarts.copy(this.lines.length / 2), size: 1 },
      },
      polygons: {
        type: 'Polygon',
        ...polygonPart,
        polygonIndices: { value: this.polygonStarts.copy(polyVertices), size: 1 },
        primitivePolygonIndices: { value: this.ringStarts.copy(polyVertices), size: 1 },
        triangles: { value: new Uint32Array(0), size: 1 },
      },
      columns,
      geometryTypes: this.codes.slice(0, count),
    };
    if (this.triangulate) chunk.polygons.triangles.value = triangulatePolygons(chunk.polygons);
    this.reset(first + count);
    return chunk;
  }

  private reset(first: number): void {
    this.first = first;
    this.count = 0;
    // The buffers are kept (emit copied what it needed): the next chunk needs about as much room,
    // and regrowing them from empty for every chunk was a measurable part of a large import.
    this.stores.forEach((store, i) => {
      if (Array.isArray(store)) this.stores[i] = [];
    });
    for (const g of [this.points, this.lines, this.polys]) g.clear();
    for (const g of [
      this.pathStarts,
      this.polygonStarts,
      this.ringStarts,
      this.pointOf,
      this.lineOf,
      this.polyOf,
    ])
      g.clear();
    this.box = emptyBox();
  }
}

function offsets(xy: GrowableF64, origin: [number, number]): Float32Array {
  const n = xy.length;
  const out = new Float32Array(n);
  const d = xy.data;
  const [ox, oy] = origin;
  for (let i = 0; i < n; i += 2) {
    out[i] = d[i]! - ox;
    out[i + 1] = d[i + 1]! - oy;
  }
  return out;
}

function emptyBox(): [number, number, number, number] {
  return [Infinity, Infinity, -Infinity, -Infinity];
}

function boxOrNull(b: [number, number, number, number]): [number, number, number, number] | null {
  return b[0] <= b[2] ? [b[0], b[1], b[2], b[3]] : null;
}

/** The buffers of a chunk, to list in a postMessage / Comlink transfer (each once). */
export function chunkBuffers(chunk: BinaryChunk): ArrayBuffer[] {
  const set = new Set<ArrayBuffer>();
  const add = (a: ArrayBufferView) => {
    if (a.buffer instanceof ArrayBuffer && a.buffer.byteLength > 0) set.add(a.buffer);
  };
  for (const part of [chunk.points, chunk.lines, chunk.polygons]) {
    add(part.positions.value);
    add(part.featureStarts.value);
    add(part.featureIds.value);
    add(part.globalFeatureIds.value);
  }
  add(chunk.lines.pathIndices.value);
  add(chunk.polygons.polygonIndices.value);
  add(chunk.polygons.primitivePolygonIndices.value);
  add(chunk.polygons.triangles.value);
  add(chunk.geometryTypes);
  for (const c of Object.values(chunk.columns)) {
    if (c.kind === 'number') add(c.values);
    else {
      add(c.codes);
      add(c.dictionary.bytes);
      add(c.dictionary.offsets);
    }
  }
  return [...set];
}
