// The benches' large FlatGeobuf files of synthetic parcels (src/data/fgb/test-parcels.ts), written
// streaming: each feature is encoded once into one growing buffer and the file is emitted with our
// packed Hilbert R-tree (so features are in the index's order), without holding a million GeoJSON
// objects at once. Shared by range-read.ts and big-layer-browser.ts.
import { closeSync, openSync, writeSync } from 'node:fs';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { buildFeature } from 'flatgeobuf/lib/mjs/generic/feature.js';
import { parseGeometry } from 'flatgeobuf/lib/mjs/geojson/geometry.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import type { Feature, Polygon } from 'geojson';
import { inferColumns } from '../src/data/fgb';
import { emitFile } from '../src/data/fgb/indexed-file';
import { parcels } from '../src/data/fgb/test-parcels';

/**
 * Writes parcels(n) to `path` as an indexed FlatGeobuf (node size 16); `onFeature` sees each parcel
 * and its encoded size in bytes, in generation order. Returns the file's size in bytes.
 */
export function writeParcelFile(
  n: number,
  path: string,
  onFeature?: (f: Feature<Polygon>, bytes: number) => void,
): number {
  const columns = inferColumns([...parcels(10)]);
  const meta: HeaderMeta = {
    geometryType: GeometryType.Polygon,
    columns,
    envelope: null,
    featuresCount: n,
    indexNodeSize: 16,
    crs: null,
    title: null,
    description: null,
    metadata: null,
  };
  let buf = new Uint8Array(64 * 1024 * 1024);
  let used = 0;
  const starts = new Float64Array(n + 1);
  const boxes = new Float64Array(n * 4);
  let i = 0;
  for (const f of parcels(n)) {
    const bytes = buildFeature(parseGeometry(f.geometry), f.properties as never, meta);
    if (used + bytes.length > buf.length) {
      const bigger = new Uint8Array(buf.length * 2);
      bigger.set(buf.subarray(0, used));
      buf = bigger;
    }
    buf.set(bytes, used);
    starts[i] = used;
    used += bytes.length;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of f.geometry.coordinates[0]!) {
      x0 = Math.min(x0, x!);
      y0 = Math.min(y0, y!);
      x1 = Math.max(x1, x!);
      y1 = Math.max(y1, y!);
    }
    boxes.set([x0, y0, x1, y1], i * 4);
    onFeature?.(f, bytes.length);
    i++;
  }
  starts[n] = used;
  const fd = openSync(path, 'w');
  let size = 0;
  emitFile(
    { geometryType: GeometryType.Polygon, columns, indexNodeSize: 16, epsg: 4326, name: 'parcels' },
    { count: n, boxes, bytesOf: (k) => buf.subarray(starts[k]!, starts[k + 1]!) },
    (chunk) => {
      writeSync(fd, chunk);
      size += chunk.length;
    },
  );
  closeSync(fd);
  return size;
}
