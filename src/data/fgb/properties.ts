// Attribute values of one feature, decoded from its property bytes.
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import type { Feature as FgbFeature } from 'flatgeobuf/lib/mjs/flat-geobuf/feature.js';
import { FlatGeobufError } from './types';

const textDecoder = new TextDecoder();

/**
 * The package's `parseProperties`, with two differences: a Json value that does not parse is kept
 * as its raw string (GDAL never parses Json columns: it returns the string), and every offset is
 * checked against the property buffer. Long/ULong become numbers (exact up to 2^53, like the package;
 * GDAL gives ULong as a double too). DateTime stays an ISO 8601 string; Binary a Uint8Array copy.
 */
export function parseProperties(feature: FgbFeature, columns: ColumnMeta[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const array = feature.propertiesArray();
  if (!array || array.length === 0) return out;
  const view = new DataView(array.buffer, array.byteOffset, array.byteLength);
  const need = (offset: number, size: number) => {
    if (offset + size > array.length) throw new FlatGeobufError('a property value runs past its feature.');
  };
  let offset = 0;
  // `+ 1`: like GDAL, tolerate one trailing padding byte (alldatatypes.fgb, written by GDAL, has one).
  while (offset + 1 < array.length) {
    const i = view.getUint16(offset, true);
    offset += 2;
    const column = columns[i];
    if (!column) throw new FlatGeobufError(`a property refers to column ${i}, which the header lacks.`);
    const { name, type } = column;
    const sizes: Partial<Record<ColumnType, number>> = {
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
    const fixed = sizes[type];
    if (fixed !== undefined) need(offset, fixed);
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
        out[name] = Number(view.getBigInt64(offset, true));
        break;
      case ColumnType.ULong:
        out[name] = Number(view.getBigUint64(offset, true));
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
        need(offset, 4);
        const length = view.getUint32(offset, true);
        offset += 4;
        need(offset, length);
        const raw = array.subarray(offset, offset + length);
        offset += length;
        if (type === ColumnType.Binary) out[name] = raw.slice();
        else if (type === ColumnType.Json) out[name] = parseJsonOrRaw(textDecoder.decode(raw));
        else out[name] = textDecoder.decode(raw);
        continue;
      }
      default:
        throw new FlatGeobufError(`column "${name}" has an unknown type ${type}.`);
    }
    offset += fixed ?? 0;
  }
  return out;
}

function parseJsonOrRaw(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
