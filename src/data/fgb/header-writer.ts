// The header of the files we write. The package's `buildHeader` always writes index_node_size 0
// and no envelope, so an indexed file needs its own: the same FlatBuffers tables (the package's
// generated `Header`, `Column`, `Crs` builders), plus the envelope and the node size.
import * as flatbuffers from 'flatbuffers';
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import { Column } from 'flatgeobuf/lib/mjs/flat-geobuf/column.js';
import { Crs } from 'flatgeobuf/lib/mjs/flat-geobuf/crs.js';
import type { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { Header } from 'flatgeobuf/lib/mjs/flat-geobuf/header.js';

export interface HeaderSpec {
  geometryType: GeometryType;
  columns: ColumnMeta[];
  featuresCount: number;
  /** 0 for no index; else the index's node size (2..65535). */
  indexNodeSize: number;
  /** [minX, minY, maxX, maxY] of every feature, or null. */
  envelope: [number, number, number, number] | null;
  /** EPSG code of the coordinates (4326: longitude, latitude in degrees). */
  epsg: number;
  /** The layer's name in the header (GDAL shows it as the layer name). */
  name: string;
}

/** The size-prefixed header table (what follows the 8 magic bytes). */
export function buildHeaderBytes(spec: HeaderSpec): Uint8Array {
  const builder = new flatbuffers.Builder(1024);
  const columnOffsets = spec.columns.map((c) => {
    const name = builder.createString(c.name);
    Column.startColumn(builder);
    Column.addName(builder, name);
    Column.addType(builder, c.type);
    return Column.endColumn(builder);
  });
  const columns = columnOffsets.length ? Header.createColumnsVector(builder, columnOffsets) : 0;
  const envelope = spec.envelope ? Header.createEnvelopeVector(builder, spec.envelope) : 0;
  const name = builder.createString(spec.name);
  Crs.startCrs(builder);
  Crs.addCode(builder, spec.epsg);
  const crs = Crs.endCrs(builder);

  Header.startHeader(builder);
  Header.addName(builder, name);
  if (envelope) Header.addEnvelope(builder, envelope);
  Header.addGeometryType(builder, spec.geometryType);
  if (columns) Header.addColumns(builder, columns);
  Header.addFeaturesCount(builder, BigInt(spec.featuresCount));
  // The schema's default is 16: FlatBuffers omits a value equal to the default, so force it.
  builder.forceDefaults(true);
  Header.addIndexNodeSize(builder, spec.indexNodeSize);
  builder.forceDefaults(false);
  Header.addCrs(builder, crs);
  builder.finishSizePrefixed(Header.endHeader(builder));
  return builder.asUint8Array();
}
