// Shapes shared by the registry, the format readers, the worker and the UI that will show them.
import type { BinaryLayerSummary } from '../data/binary/types';
import type { CheckedFeature, FeatureProblem, ProblemKey } from '../data/boundary';
import type { ImportMessageKey } from '../i18n/import-messages';
import type { CrsInfo, CrsQuestion } from './crs';

/** Formats the registry recognises (one module each under formats/). */
export type FormatId = 'flatgeobuf' | 'geojson' | 'ndjson' | 'csv' | 'shapefile-zip' | 'kml' | 'kmz' | 'gpx';

/** A non-fatal note about the whole file, as a locale key with parameters (the file name is `{file}`). */
export interface ImportWarning {
  key: ImportMessageKey;
  params: Record<string, string | number>;
}

/**
 * What a CSV reader chose as the coordinate columns, for the UI to show and let the user confirm
 * or change (then import again with `options.csvColumns`).
 */
export interface CsvDetection {
  columns: string[];
  delimiter: string;
  lon?: string;
  lat?: string;
  wkt?: string;
  /** True when names gave no answer and the value ranges did (latitude may come first). */
  byValues: boolean;
}

/**
 * The result of a successful import. `features` are in WGS 84 lon/lat unless `crsQuestion` is set
 * (projected coordinates without a .prj: the features are still in the file's units until
 * `applyCrs(result, choice)` is called). `problems` name features kept with a null geometry or an
 * altered value; `warnings` concern the whole file.
 */
export interface ImportResult {
  fileName: string;
  format: FormatId;
  features: CheckedFeature[];
  problems: FeatureProblem[];
  crs: CrsInfo;
  warnings: ImportWarning[];
  crsQuestion?: CrsQuestion;
  csv?: CsvDetection;
  /**
   * Set when the layer came as binary chunks (an `onChunk` was given and the layer has at least
   * BIG_LAYER_FEATURES features, see src/import/binary.ts): `features` is then empty, the chunks
   * went to `onChunk` before this result, and `problems` / `warnings` are as for features.
   */
  binary?: BinaryLayerSummary;
}

/** What a format reader hands back before coordinates and the boundary are dealt with. */
export interface RawRead {
  features: { type?: string; geometry?: unknown; properties?: unknown; id?: unknown }[];
  /** The .prj (ESRI WKT) text when the file came with one. */
  prj?: string;
  /**
   * Instead of `prj`, when the features come from files in different coordinate systems (a zip of
   * Shapefiles, each with its own .prj): features [from, next group's from) are in `prj`; `name`
   * is the file they came from, for messages. Sorted by `from`, the first at 0.
   */
  prjs?: { prj: string; from: number; name: string }[];
  /** A CRS the file names (FlatGeobuf header "EPSG:9210", GeoJSON 2008 `crs` member). */
  crsName?: string;
  warnings: ImportWarning[];
  /** Per-feature value problems found by the reader (text decoding), by 0-based index. */
  valueProblems?: Map<number, { message: string; messageKey: ProblemKey; column?: string }[]>;
  csv?: CsvDetection;
  /** Coordinates are known to be WGS 84 already (KML, GPX, GeoJSON per RFC 7946). */
  geographic?: boolean;
}

/** Progress of one import: bytes of the file consumed and features read so far. */
export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  featuresRead: number;
}

export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  /** Import a file over IMPORT_SIZE_LIMIT_BYTES (the UI asked the user first). */
  allowLarge?: boolean;
  /** The coordinate columns the user confirmed for a CSV. */
  csvColumns?: { lon?: string; lat?: string; wkt?: string };
}

/**
 * The one error an import throws: a locale key naming the problem, with the file name in
 * `params.file`. `message` is English detail for logs.
 */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly key: ImportMessageKey,
    readonly params: Record<string, string | number>,
    message: string,
  ) {
    super(message);
  }
}
