// FlatGeobuf straight to BinaryChunks (issue 10 §2): the import worker's path for large files. The
// framing is reader.ts's (framing.ts), the damage checks geometry.ts's, but coordinates go from the
// FlatBuffers xy arrays into the chunk builder without GeoJSON objects; properties go through the
// same exact decoder (properties.ts). What the data boundary would report for a GeoJSON feature
// (no, empty, non-finite or out-of-range geometry; a value kept in another form) is reported the
// same way, with the same problem keys, and the feature is kept without geometry.
import * as flatbuffers from 'flatbuffers';
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { Feature as FgbFeature } from 'flatgeobuf/lib/mjs/flat-geobuf/feature.js';
import { Geometry as FgbGeometry } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import proj4 from 'proj4';
import { ChunkBuilder } from '../binary/chunk-builder';
import type { ColumnKind } from '../binary/columns';
import { type BinaryChunk, type BinaryLayerSummary, GEOMETRY_CODE } from '../binary/types';
import { describeFeature, type FeatureProblem, featureIdentity, nfc, safeProperties } from '../boundary';
import { OP_LINE, OP_POINTS, OP_POLYGON, OP_RING, ScratchGeometry } from './binary-geometry';
import { PropertyColumns } from './binary-properties';
import { featureColumns, settle } from './feature';
import { featureFrames, readError } from './framing';
import { describeHeader } from './header';
import { parseProperties } from './properties';
import { FlatGeobufError, type LayerHeader } from './types';

export interface ChunkReadOptions {
  signal?: AbortSignal;
  /** Called once, before the first feature, with the file's header. */
  onHeader?: (header: LayerHeader) => void;
  /**
   * Problems of kept features (as ReadOptions.onProblem): a feature without usable geometry (none,
   * empty, non-finite, out of ±180°/±90° after reprojection) is kept with no vertices. Without it
   * the first problem fails the read with a FlatGeobufError.
   */
  onProblem?: (problem: FeatureProblem) => void;
  /** 'report' (default): a feature with no geometry at all is a problem; 'keep': it is not. */
  nullGeometry?: 'report' | 'keep';
  /** The proj4 definition of the file's coordinates given its header; null/undefined: lon/lat. */
  projection?: (header: LayerHeader) => string | null | undefined;
  /** earcut the polygons in the chunks (default false: made when first drawn, triangulate.ts). */
  triangulate?: boolean;
  /** Features per chunk (default CHUNK_FEATURES). */
  chunkFeatures?: number;
  /**
   * Called before each chunk is yielded with the byte offset in the file just past its last
   * feature: how far the decoding has got (a stream's reads run ahead of it by up to two pieces,
   * a third of a 45 MB file; a progress bar showing the bytes read then stood still at a third while
   * the first chunk was drawn).
   */
  onDecoded?: (bytes: number) => void;
}

/**
 * FlatGeobuf column types held as number columns in chunks, by name (LayerHeader's `type`); the
 * rest (Bool, String, Json, DateTime, Binary) are text. Shared with the viewport reads (rect-read.ts).
 */
export const NUMERIC_COLUMN_TYPES: ReadonlySet<string> = new Set([
  'Byte',
  'UByte',
  'Short',
  'UShort',
  'Int',
  'UInt',
  'Long',
  'ULong',
  'Float',
  'Double',
]);

const WGS84 = '+proj=longlat +datum=WGS84 +no_defs';
/** The message of the problem given to a feature whose coordinates are out of range. */
export const OUT_OF_RANGE = 'Coordinates outside longitude −180…180 / latitude −90…90.';

/**
 * Streams a whole FlatGeobuf file (bytes, or a stream read as it arrives) as BinaryChunks of at most
 * CHUNK_FEATURES features, in file order; returns the layer summary when done. Columns are the
 * header's (numeric types as number columns, the others as text; Bool as "true"/"false", Json as
 * its text, Binary as a JSON array of bytes). Throws FlatGeobufError for a file that is not
 * FlatGeobuf or is damaged or truncated (the same checks and messages as readFeatures), and the
 * signal's reason when aborted.
 */
export async function* readChunks(
  input: Uint8Array | ReadableStream<Uint8Array>,
  options: ChunkReadOptions = {},
): AsyncGenerator<BinaryChunk, BinaryLayerSummary> {
  const { signal, onProblem, nullGeometry = 'report' } = options;
  signal?.throwIfAborted();
  let meta: HeaderMeta | null = null;
  let builder = new ChunkBuilder();
  let forward: proj4.Converter | null = null;
  let names: string[] = [];
  const scratch = new ScratchGeometry();
  // One ByteBuffer and one Feature/Geometry accessor for every feature (each is only read before
  // the next feature): a ByteBuffer constructs a TextDecoder, which per feature was a measurable
  // part of a large import.
  const reader = new ReusedByteBuffer();
  const reusedFeature = new FgbFeature();
  const reusedGeometry = new FgbGeometry();
  const keys = new Map<string, string>(); // raw column name → NFC (as the boundary gives keys)
  // The header's columns straight into the builder (binary-properties.ts); null when the header has
  // no columns (each feature lists its own) or two share a name: then parseProperties' values.
  let direct = null as PropertyColumns | null;
  let n = 0;
  let decoded = 0; // byte offset past the last feature framed
  const onMeta = (m: HeaderMeta, featuresStart: number) => {
    meta = m;
    decoded = featuresStart;
    const header = describeHeader(m);
    options.onHeader?.(header);
    const proj = options.projection?.(header);
    if (proj) forward = proj4(proj, WGS84);
    const columns = m.columns ?? [];
    names = columns.map((c) => nfc(c.name));
    const kinds: Record<string, ColumnKind> = {};
    columns.forEach((c, i) => {
      kinds[names[i]!] = NUMERIC_COLUMN_TYPES.has(ColumnType[c.type] ?? '') ? 'number' : 'text';
    });
    builder = new ChunkBuilder({
      fields: names,
      kinds,
      ...(options.triangulate === undefined ? {} : { triangulate: options.triangulate }),
      ...(options.chunkFeatures === undefined ? {} : { chunkFeatures: options.chunkFeatures }),
    });
    const b = builder;
    direct =
      columns.length > 0 && new Set(names).size === names.length
        ? new PropertyColumns(
            columns,
            names.map((name) => b.fieldOf(name)),
            b,
          )
        : null;
  };
  try {
    for await (const batch of featureFrames(input, signal, onMeta)) {
      for (const bytes of batch) {
        decoded += bytes.length;
        // Per feature: no closures and no problem list unless there is a problem (this loop runs a
        // million times for a 1M-parcel file; each allocation here was measurable in its profile).
        const { geometryType, columns: headerColumns } = meta as unknown as HeaderMeta;
        const ordinal = ++n;
        let feature: FgbFeature;
        // The values as parseProperties gives them: always without `direct`; with it, made only
        // to name the feature in a problem (rare), by parsing its bytes a second time.
        let values: Record<string, unknown> | null = null;
        let own: ColumnMeta[];
        let problems: FeatureProblem[] | null = null;
        let valueProblems: { message: string; messageKey: FeatureProblem['messageKey'] }[] | null;
        try {
          feature = FgbFeature.getSizePrefixedRootAsFeature(reader.over(bytes), reusedFeature);
          if (direct) {
            own = headerColumns!;
            valueProblems = direct.read(feature);
          } else {
            own = headerColumns?.length ? headerColumns : featureColumns(feature);
            const parsed = parseProperties(feature, own);
            values = parsed.values;
            valueProblems = parsed.problems;
          }
        } catch (err) {
          if (err instanceof FlatGeobufError) throw new FlatGeobufError(`Feature ${ordinal}: ${err.message}`);
          throw damaged(ordinal, err);
        }
        if (valueProblems && valueProblems.length > 0) {
          values ??= parseProperties(feature, own).values;
          problems = [];
          for (const p of valueProblems) problems.push({ ...who(ordinal, values), ...p });
        }
        let g: ReturnType<FgbFeature['geometry']>;
        try {
          g = feature.geometry(reusedGeometry);
          if (g) scratch.read(g, geometryType);
        } catch (err) {
          const name = describeFeature(who(ordinal, values ?? parseProperties(feature, own).values));
          if (err instanceof FlatGeobufError) throw new FlatGeobufError(`${name}: ${err.message}`);
          throw damaged(ordinal, err);
        }
        let located = g !== null;
        let problem: Omit<FeatureProblem, 'ordinal' | 'id' | 'name'> | null = null;
        if (!g) {
          if (nullGeometry === 'report') {
            problem = {
              messageKey: 'problem.geometry.missing',
              message:
                'it has no geometry (an attribute-only file, or a null geometry); the viewer cannot draw it.',
            };
          }
        } else if (scratch.fault) {
          problem = scratch.fault;
          located = false;
        } else if (!(forward ? toLonLat(scratch, forward) : scratch.inRange)) {
          problem = { messageKey: 'problem.geometry.invalid', message: OUT_OF_RANGE };
          located = false;
        }
        if (problem) {
          problems ??= [];
          values ??= parseProperties(feature, own).values;
          problems.push({ ...who(ordinal, values), ...problem });
        }
        if (problems) settle(problems, onProblem);
        feed(builder, located ? scratch : null);
        if (!direct)
          for (const key in values) {
            const v = values[key];
            let name = keys.get(key);
            if (name === undefined) {
              name = nfc(key);
              keys.set(key, name);
            }
            builder.property(name, typeof v === 'string' ? nfc(v) : v instanceof Uint8Array ? [...v] : v);
          }
        const chunk = builder.endFeature();
        if (chunk) {
          options.onDecoded?.(decoded);
          yield chunk;
        }
      }
    }
    const rest = builder.flush();
    if (rest) {
      options.onDecoded?.(decoded);
      yield rest;
    }
    return builder.summary();
  } catch (err) {
    throw readError(err, signal);
  }
}

/**
 * A flatbuffers ByteBuffer pointed at one feature's bytes after another. `bytes_` is the package's
 * own field (flatbuffers 25.x; besides it the constructor sets only the position, reset here, and
 * a TextDecoder, kept): the reads are exactly those of `new ByteBuffer(bytes)`, bounded by the same
 * view. binary.test.ts reads files of several features through it.
 */
class ReusedByteBuffer extends flatbuffers.ByteBuffer {
  constructor() {
    super(new Uint8Array(0));
  }
  over(bytes: Uint8Array): flatbuffers.ByteBuffer {
    (this as unknown as { bytes_: Uint8Array }).bytes_ = bytes;
    this.setPosition(0);
    return this;
  }
}

/** The feature's ordinal, id and name, as problems name it. */
function who(ordinal: number, values: Record<string, unknown>) {
  return featureIdentity(ordinal, safeProperties(values));
}

function damaged(ordinal: number, err: unknown): FlatGeobufError {
  return new FlatGeobufError(
    `Damaged FlatGeobuf file: feature ${ordinal} cannot be decoded (${(err as Error)?.message ?? String(err)}).`,
  );
}

/** Reprojects the scratch in place; false when a position is then out of range. */
function toLonLat(s: ScratchGeometry, forward: proj4.Converter): boolean {
  const d = s.xy.data;
  for (let i = 0; i < s.xy.length; i += 2) {
    const [x, y] = forward.forward([d[i]!, d[i + 1]!]);
    d[i] = x!;
    d[i + 1] = y!;
    if (!(Math.abs(d[i]!) <= 180 && Math.abs(d[i + 1]!) <= 90)) return false;
  }
  return true;
}

/** Hands the scratch's parts to the builder (or starts a feature without geometry). */
function feed(b: ChunkBuilder, s: ScratchGeometry | null): void {
  b.beginFeature(s ? s.code : GEOMETRY_CODE.none);
  if (!s) return;
  const ops = s.ops.data;
  const xy = s.xy.data;
  for (let k = 0; k < s.ops.length; k += 3) {
    const op = ops[k]!;
    const from = ops[k + 1]!;
    const to = ops[k + 2]!;
    if (op === OP_POINTS) for (let v = from; v < to; v++) b.point(xy[2 * v]!, xy[2 * v + 1]!);
    else if (op === OP_POLYGON) b.beginPolygon();
    else {
      if (op === OP_RING) b.beginRing();
      else if (op === OP_LINE) b.beginLine();
      b.vertices(xy, from, to);
    }
  }
}
