// The one adapter that talks to the flatgeobuf package. Everything else reads and writes GeoJSON
// features through these functions, so a change of library version touches this folder only.
// `flatbuffers` is the package's own dependency (same version), imported for its ByteBuffer.
export type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
export type { Rect } from 'flatgeobuf/lib/mjs/packedrtree.js';
export { readFeaturesInRect } from './http';
export { forgetRangeSupport, keptWholeFile } from './range-support';
export { readFeatureCollection, readFeatures } from './reader';
export { probeRemote, type RemoteProbe } from './remote-header';
export type { LayerHeader, MaybeGeometryFeature, ReadOptions, TransferStats } from './types';
export { damageDetail, FlatGeobufError } from './types';
export { inferColumns, type WriteOptions, writeFeatures } from './writer';
