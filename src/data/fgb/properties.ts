// Attribute values of one feature, decoded from its property bytes.
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import type { Feature as FgbFeature } from 'flatgeobuf/lib/mjs/flat-geobuf/feature.js';
import type { ProblemKey } from '../boundary';
import { FlatGeobufError } from './types';

// ignoreBOM: a value that starts with U+FEFF keeps it (by default the decoder drops it silently).
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Bytes of each fixed-size column type (built once: per value it was a measurable cost). */
export const FIXED_SIZES: Partial<Record<ColumnType, number>> = {
  [ColumnType.Byte]: 1,
  [ColumnType.UByte]: 1,
  [ColumnType.Bool]: 1,
  [ColumnType.Short]: 2,
  [ColumnType.UShort]: 2,
  [ColumnType.Int]: 4,
  [ColumnType.UInt]: 4,
  [ColumnType.Long]: 8,
  [ColumnType.ULong]: 8,
  [ColumnType.Float]: 4,
  [ColumnType.Double]: 8,
};

/** A value kept that is not exactly what the file holds, and why (for the data boundary). */
export interface ValueProblem {
  message: string;
  messageKey: ProblemKey;
  /** The column whose value it is (named in the layer's notice). */
  column: string;
}

/**
 * The package's `parseProperties`, made exact: every offset is checked against the property buffer
 * (running past it, an unknown column or a column given twice is damage: FlatGeobufError). A value
 * that cannot be read faithfully is kept in the nearest faithful form and reported in `problems`:
 * text that is not valid UTF-8 is kept decoded with U+FFFD for the bad bytes; a Long/ULong beyond
 * ±2^53 (not exact as a number) is kept as the string of its exact decimal value; a Json value that
 * does not parse is kept as its raw text (as GDAL does). DateTime stays an ISO 8601 string; Binary
 * a Uint8Array copy. The returned object has no prototype, so any column name is a plain key.
 */
export function parseProperties(
  feature: FgbFeature,
  columns: ColumnMeta[],
): { values: Record<string, unknown>; problems: ValueProblem[] } {
  const out: Record<string, unknown> = Object.create(null);
  const problems: ValueProblem[] = [];
  const array = feature.propertiesArray();
  if (!array || array.length === 0) return { values: out, problems };
  const view = new DataView(array.buffer, array.byteOffset, array.byteLength);
  seen.clear();
  let offset = 0;
  // `+ 1`: like GDAL, tolerate one trailing padding byte (alldatatypes.fgb, written by GDAL, has one).
  while (offset + 1 < array.length) {
    const i = view.getUint16(offset, true);
    offset += 2;
    const column = columns[i];
    if (!column) throw new FlatGeobufError(`a property refers to column ${i}, which the header lacks.`);
    if (seen.has(i)) throw new FlatGeobufError(`column "${column.name}" has two values in one feature.`);
    seen.add(i);
    const { name, type } = column;
    const fixed = FIXED_SIZES[type];
    if (fixed !== undefined) need(array, offset, fixed);
    switch (type) {
      case ColumnType.Byte:
        out[name] = view.getInt8(offset);
        break;
      case ColumnType.UByte:
        out[name] = view.getUint8(offset);
        break;
      case ColumnType.Bool:
        out[name] = view.getUint8(offset) !== 0;
        break;
      case ColumnType.Short:
        out[name] = view.getInt16(offset, true);
        break;
      case ColumnType.UShort:
        out[name] = view.getUint16(offset, true);
        break;
      case ColumnType.Int:
        out[name] = view.getInt32(offset, true);
        break;
      case ColumnType.UInt:
        out[name] = view.getUint32(offset, true);
        break;
      case ColumnType.Long:
        out[name] = exactInteger(view.getBigInt64(offset, true), name, problems);
        break;
      case ColumnType.ULong:
        out[name] = exactInteger(view.getBigUint64(offset, true), name, problems);
        break;
      case ColumnType.Float:
        out[name] = view.getFloat32(offset, true);
        break;
      case ColumnType.Double:
        out[name] = view.getFloat64(offset, true);
        break;
      case ColumnType.String:
      case ColumnType.DateTime:
      case ColumnType.Json:
      case ColumnType.Binary: {
        need(array, offset, 4);
        const length = view.getUint32(offset, true);
        offset += 4;
        need(array, offset, length);
        const raw = array.subarray(offset, offset + length);
        offset += length;
        if (type === ColumnType.Binary) out[name] = raw.slice();
        else if (type === ColumnType.Json)
          out[name] = parseJsonOrRaw(text(raw, name, problems), name, problems);
        else out[name] = text(raw, name, problems);
        continue;
      }
      default:
        throw new FlatGeobufError(`column "${name}" has an unknown type ${type}.`);
    }
    offset += fixed ?? 0;
  }
  return { values: out, problems };
}

function need(array: Uint8Array, offset: number, size: number): void {
  if (offset + size > array.length) throw new FlatGeobufError('a property value runs past its feature.');
}

// Which columns the current feature has given a value: one Set for every call, cleared per feature,
// instead of a new Set per feature (a million features, a million Sets).
const seen = new Set<number>();

/** A Long/ULong as a number when exact, else its decimal text (and a problem). */
export function exactInteger(value: bigint, column: string, problems: ValueProblem[]): number | string {
  const n = Number(value);
  if (Number.isSafeInteger(n)) return n;
  problems.push({
    messageKey: 'problem.value.integer',
    column,
    message: `column "${column}" holds the integer ${value}, beyond what a number keeps exactly (±2^53); kept as the text "${value}".`,
  });
  return value.toString();
}

/** UTF-8 text; bytes that are not valid UTF-8 are decoded with U+FFFD (and a problem). */
export function text(raw: Uint8Array, column: string, problems: ValueProblem[]): string {
  try {
    return strictUtf8.decode(raw);
  } catch {
    problems.push({
      messageKey: 'problem.value.text',
      column,
      message: `column "${column}" holds bytes that are not valid UTF-8 text; kept with U+FFFD in place of the bad bytes.`,
    });
    return lenientUtf8.decode(raw);
  }
}

/** A Json column's value; text that does not parse is kept as it is (and a problem). */
export function parseJsonOrRaw(json: string, column: string, problems: ValueProblem[]): unknown {
  try {
    return JSON.parse(json);
  } catch {
    problems.push({
      messageKey: 'problem.value.json',
      column,
      message: `column "${column}" is typed Json but holds text that is not JSON; kept as that text.`,
    });
    return json;
  }
}
