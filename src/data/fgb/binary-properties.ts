// One feature's property bytes straight into the chunk builder's columns (the binary decoder,
// binary.ts), without the object of values parseProperties (properties.ts) builds for GeoJSON.
//
// The checks, messages and value problems are parseProperties's, in the same order, and what each
// column ends up holding is what parseProperties' value would give through ChunkBuilder.property:
// a String (or DateTime) value whose bytes are all ASCII is valid UTF-8 and already NFC, so its
// bytes go to the column as they are (no JS string is made); other text is decoded (strictly, with
// the same problem and U+FFFD fallback), normalised to NFC, and its raw bytes remembered for the
// rest of the chunk, so a repeated Vietnamese value is decoded once per chunk. The rarer types
// (Bool, Json, Binary, Long beyond ±2^53) are made into parseProperties' value and handed to
// propertyAt, so they are coded exactly as before.
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import type { Feature as FgbFeature } from 'flatgeobuf/lib/mjs/flat-geobuf/feature.js';
import type { ChunkBuilder } from '../binary/chunk-builder';
import { NumberColumnBuilder, TextColumnBuilder } from '../binary/column-builder';
import { nfc } from '../boundary';
import { BufferViews } from './buffer-views';
import { exactInteger, FIXED_SIZES, parseJsonOrRaw, text, type ValueProblem } from './properties';
import { FlatGeobufError } from './types';

/** The vtable slot of Feature.properties (FlatGeobuf's schema: geometry 4, properties 6, columns 8). */
const PROPERTIES_SLOT = 6;

/**
 * Reads features' property bytes, given the header's columns and the builder field of each
 * (`fields[i]` for column i; the builder must have been made with those fields and kinds). Only for
 * header columns whose names (after NFC) are distinct: binary.ts takes parseProperties otherwise.
 */
export class PropertyColumns {
  /** Per column: the ordinal of the feature that last gave it a value (the duplicate check). */
  private readonly seenIn: Float64Array;
  /** Per column: its field's coded store (the builder keeps each for its lifetime), or null. */
  private readonly stores: (NumberColumnBuilder | TextColumnBuilder | null)[];
  private feature = 0;
  private readonly views = new BufferViews();

  constructor(
    private readonly columns: readonly ColumnMeta[],
    private readonly fields: readonly number[],
    private readonly builder: ChunkBuilder,
  ) {
    this.seenIn = new Float64Array(columns.length);
    this.stores = fields.map((f) => builder.storeOf(f));
  }

  /**
   * Writes the values of the feature's properties vector into the builder's current row. Returns
   * the value problems (null when none). Throws FlatGeobufError for damage, with parseProperties'
   * messages, and propertiesArray()'s RangeError for a vector outside the feature's buffer.
   */
  read(feature: FgbFeature): ValueProblem[] | null {
    // The vector read in place (what propertiesArray() views, without a view per feature).
    const bb = feature.bb!;
    const slot = bb.__offset(feature.bb_pos, PROPERTIES_SLOT);
    if (!slot) return null;
    const bytes = bb.bytes();
    let buffer = bytes.buffer;
    let base = bytes.byteOffset + bb.__vector(feature.bb_pos + slot);
    let length = bb.__vector_len(feature.bb_pos + slot);
    if (!(base >= 0 && length >= 0 && base + length <= buffer.byteLength)) {
      const array = feature.propertiesArray()!; // throws the RangeError a view would
      buffer = array.buffer;
      base = array.byteOffset;
      length = array.length;
    }
    if (length === 0) return null;
    return this.readAt(this.views.over(buffer), base, length);
  }

  /** The properties vector at bytes [base, base + length) of the buffer `views` is over. */
  private readAt(views: BufferViews, base: number, length: number): ValueProblem[] | null {
    const { u8, view } = views;
    const feature = ++this.feature;
    const { columns, fields, builder, seenIn, stores } = this;
    const row = builder.row;
    let problems: ValueProblem[] | null = null;
    let offset = 0;
    // `+ 1`: like GDAL, tolerate one trailing padding byte (as parseProperties).
    while (offset + 1 < length) {
      const i = view.getUint16(base + offset, true);
      offset += 2;
      const column = columns[i];
      if (!column) throw new FlatGeobufError(`a property refers to column ${i}, which the header lacks.`);
      if (seenIn[i] === feature)
        throw new FlatGeobufError(`column "${column.name}" has two values in one feature.`);
      seenIn[i] = feature;
      const { name, type } = column;
      const field = fields[i]!;
      const fixed = FIXED_SIZES[type];
      if (fixed !== undefined) need(length, offset, fixed);
      const at = base + offset;
      let value: number;
      switch (type) {
        case ColumnType.Byte:
          value = view.getInt8(at);
          break;
        case ColumnType.UByte:
          value = view.getUint8(at);
          break;
        case ColumnType.Short:
          value = view.getInt16(at, true);
          break;
        case ColumnType.UShort:
          value = view.getUint16(at, true);
          break;
        case ColumnType.Int:
          value = view.getInt32(at, true);
          break;
        case ColumnType.UInt:
          value = view.getUint32(at, true);
          break;
        case ColumnType.Float:
          value = view.getFloat32(at, true);
          break;
        case ColumnType.Double:
          value = view.getFloat64(at, true);
          break;
        case ColumnType.Bool:
          builder.propertyAt(field, view.getUint8(at) !== 0);
          offset += 1;
          continue;
        case ColumnType.Long:
        case ColumnType.ULong: {
          const big = type === ColumnType.Long ? view.getBigInt64(at, true) : view.getBigUint64(at, true);
          problems ??= [];
          builder.propertyAt(field, exactInteger(big, name, problems));
          if (problems.length === 0) problems = null;
          offset += 8;
          continue;
        }
        case ColumnType.String:
        case ColumnType.DateTime:
        case ColumnType.Json:
        case ColumnType.Binary: {
          need(length, offset, 4);
          const size = view.getUint32(at, true);
          offset += 4;
          need(length, offset, size);
          const start = offset;
          offset += size;
          if (type === ColumnType.Binary)
            builder.propertyAt(field, Array.from(u8.subarray(base + start, base + offset)));
          else if (type === ColumnType.Json) {
            problems ??= [];
            const raw = u8.subarray(base + start, base + offset);
            const v = parseJsonOrRaw(text(raw, name, problems), name, problems);
            builder.propertyAt(field, typeof v === 'string' ? nfc(v) : v);
            if (problems.length === 0) problems = null;
          } else
            problems = this.text(field, stores[i]!, row, u8, base + start, base + offset, name, problems);
          continue;
        }
        default:
          throw new FlatGeobufError(`column "${name}" has an unknown type ${type}.`);
      }
      const store = stores[i]!;
      if (store instanceof NumberColumnBuilder) store.values[row] = value;
      else builder.propertyAt(field, value);
      offset += fixed!;
    }
    return problems;
  }

  /** A String/DateTime value, array[start, end), into its text field; returns `problems`. */
  private text(
    field: number,
    store: NumberColumnBuilder | TextColumnBuilder | null,
    row: number,
    array: Uint8Array,
    start: number,
    end: number,
    name: string,
    problems: ValueProblem[] | null,
  ): ValueProblem[] | null {
    let ascii = true;
    for (let k = start; k < end; k++) {
      if (array[k]! >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (store instanceof TextColumnBuilder) {
      if (ascii) {
        store.setUtf8(row, array, start, end);
        return problems;
      }
      if (store.setAliased(row, array, start, end)) return problems;
    }
    const found: ValueProblem[] = problems ?? [];
    const before = found.length;
    const value = nfc(text(array.subarray(start, end), name, found));
    this.builder.propertyAt(field, value);
    // Bytes that are not valid UTF-8 are not remembered: each such value reports its problem.
    if (store instanceof TextColumnBuilder && found.length === before) store.alias(row, array, start, end);
    return found.length > 0 ? found : null;
  }
}

function need(length: number, offset: number, size: number): void {
  if (offset + size > length) throw new FlatGeobufError('a property value runs past its feature.');
}
