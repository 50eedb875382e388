// Test helper (imported only by tests): builds FlatGeobuf files with any geometry arrays and any
// property bytes, including ones no honest writer produces (odd xy counts, bad ends, short z/m
// arrays, invalid UTF-8), so the reader's checks can be tested against the bytes themselves.
import * as flatbuffers from 'flatbuffers';
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import { magicbytes } from 'flatgeobuf/lib/mjs/constants.js';
import { Column } from 'flatgeobuf/lib/mjs/flat-geobuf/column.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { Feature } from 'flatgeobuf/lib/mjs/flat-geobuf/feature.js';
import { Geometry } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { buildHeader } from 'flatgeobuf/lib/mjs/generic/featurecollection.js';

export type TypeName = keyof typeof GeometryType;
export type ColumnTypeName = keyof typeof ColumnType;

export interface RawGeometry {
  type?: TypeName;
  xy?: number[];
  z?: number[];
  m?: number[];
  ends?: number[];
  parts?: RawGeometry[];
}

export interface RawFeature {
  geometry?: RawGeometry | null;
  /** The property buffer, e.g. from `props`. */
  properties?: Uint8Array;
  /** The feature's own column schema (allowed when the header has none). */
  columns?: { name: string; type: ColumnTypeName }[];
}

function geometryOffset(b: flatbuffers.Builder, g: RawGeometry): flatbuffers.Offset {
  const parts = g.parts
    ? Geometry.createPartsVector(
        b,
        g.parts.map((p) => geometryOffset(b, p)),
      )
    : 0;
  const ends = g.ends ? Geometry.createEndsVector(b, g.ends) : 0;
  const xy = g.xy ? Geometry.createXyVector(b, g.xy) : 0;
  const z = g.z ? Geometry.createZVector(b, g.z) : 0;
  const m = g.m ? Geometry.createMVector(b, g.m) : 0;
  Geometry.startGeometry(b);
  if (ends) Geometry.addEnds(b, ends);
  if (xy) Geometry.addXy(b, xy);
  if (z) Geometry.addZ(b, z);
  if (m) Geometry.addM(b, m);
  if (g.type) Geometry.addType(b, GeometryType[g.type]);
  if (parts) Geometry.addParts(b, parts);
  return Geometry.endGeometry(b);
}

function featureBytes(f: RawFeature): Uint8Array {
  const b = new flatbuffers.Builder(256);
  const geometry = f.geometry ? geometryOffset(b, f.geometry) : 0;
  const properties = f.properties ? Feature.createPropertiesVector(b, f.properties) : 0;
  const columns = f.columns
    ? Feature.createColumnsVector(
        b,
        f.columns.map((c) => {
          const name = b.createString(c.name);
          Column.startColumn(b);
          Column.addName(b, name);
          Column.addType(b, ColumnType[c.type]);
          return Column.endColumn(b);
        }),
      )
    : 0;
  Feature.startFeature(b);
  if (geometry) Feature.addGeometry(b, geometry);
  if (properties) Feature.addProperties(b, properties);
  if (columns) Feature.addColumns(b, columns);
  b.finishSizePrefixed(Feature.endFeature(b));
  return b.asUint8Array();
}

/** A whole file: magic, header (EPSG:4326, no index) and the features. */
export function fgbFile(
  geometryType: TypeName,
  columns: { name: string; type: ColumnTypeName }[],
  features: RawFeature[],
): Uint8Array {
  const header = buildHeader(
    {
      geometryType: GeometryType[geometryType],
      columns: columns.map(
        (c): ColumnMeta => ({
          name: c.name,
          type: ColumnType[c.type],
          title: null,
          description: null,
          width: -1,
          precision: -1,
          scale: -1,
          nullable: true,
          unique: false,
          primary_key: false,
        }),
      ),
      envelope: null,
      featuresCount: features.length,
      indexNodeSize: 0,
      crs: null,
      title: null,
      description: null,
      metadata: null,
    },
    4326,
  );
  const parts = [Uint8Array.from(magicbytes), header, ...features.map(featureBytes)];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Property bytes: [column index, type, value] triples; strings are UTF-8, or raw bytes as given. */
export function props(
  ...values: [
    number,
    'String' | 'Long' | 'ULong' | 'Double' | 'Json',
    string | bigint | number | Uint8Array,
  ][]
): Uint8Array {
  const chunks: number[] = [];
  for (const [column, type, value] of values) {
    const head = new DataView(new ArrayBuffer(2));
    head.setUint16(0, column, true);
    chunks.push(...new Uint8Array(head.buffer));
    const body = new DataView(new ArrayBuffer(8));
    if (type === 'Long') body.setBigInt64(0, value as bigint, true);
    else if (type === 'ULong') body.setBigUint64(0, value as bigint, true);
    else if (type === 'Double') body.setFloat64(0, value as number, true);
    else {
      const bytes = value instanceof Uint8Array ? value : new TextEncoder().encode(value as string);
      const length = new DataView(new ArrayBuffer(4));
      length.setUint32(0, bytes.length, true);
      chunks.push(...new Uint8Array(length.buffer), ...bytes);
      continue;
    }
    chunks.push(...new Uint8Array(body.buffer));
  }
  return Uint8Array.from(chunks);
}
