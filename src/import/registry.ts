// The import entry point: one registry of formats, each read by its own lazily loaded module, and
// one finishing pass every format shares (coordinates, the data boundary, file-level warnings).
import { CRS_CHOICES, type CrsChoiceId, reprojectGeometry } from './crs';
import { detectFormat } from './detect';
import { finish, markOutOfRange } from './finish';
import type { ReadContext } from './formats/context';
import { IMPORT_SIZE_LIMIT_BYTES } from './limits';
import { type FormatId, ImportError, type ImportOptions, type ImportResult, type RawRead } from './types';

export { detectFormat } from './detect';

type Reader = { read: (bytes: Uint8Array, ctx: ReadContext) => Promise<RawRead> };

/** One module per format, loaded on first use (each is its own chunk with its parser). */
const READERS: Record<FormatId, () => Promise<Reader>> = {
  flatgeobuf: () => import('./formats/flatgeobuf'),
  geojson: () => import('./formats/geojson'),
  ndjson: () => import('./formats/ndjson'),
  csv: () => import('./formats/csv'),
  'shapefile-zip': () => import('./formats/shapefile'),
  kml: () => import('./formats/kml'),
  kmz: () => import('./formats/kmz'),
  gpx: () => import('./formats/gpx'),
};

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

/**
 * Reads one file into WGS 84 features. `file.bytes` is the whole file. Resolves with an
 * ImportResult (see types.ts); rejects only with an ImportError whose `key` is an `import.error.*`
 * locale key and `params.file` the file name: `tooLarge` (ask the user, then retry with
 * `allowLarge`), `cancelled` (the signal aborted), `internal` (a parser failed in a way we did
 * not foresee; `params.detail` says how).
 */
export async function importFile(
  file: { name: string; bytes: Uint8Array },
  options: ImportOptions = {},
): Promise<ImportResult> {
  const { name, bytes } = file;
  const err = (key: ImportError['key'], message: string, params: Record<string, string | number> = {}) =>
    new ImportError(key, { file: name, ...params }, `${name}: ${message}`);
  const totalBytes = bytes.length;
  const ctx: ReadContext = {
    fileName: name,
    options,
    progress: (featuresRead, bytesRead = totalBytes) =>
      options.onProgress?.({ bytesRead, totalBytes, featuresRead }),
  };
  try {
    options.signal?.throwIfAborted();
    if (totalBytes === 0) throw err('import.error.empty', 'empty file');
    if (totalBytes > IMPORT_SIZE_LIMIT_BYTES && !options.allowLarge) {
      throw err('import.error.tooLarge', 'over the size limit', {
        size: mb(totalBytes),
        limit: mb(IMPORT_SIZE_LIMIT_BYTES),
      });
    }
    const format = detectFormat(name, bytes.subarray(0, 4096));
    if (format === null) throw err('import.error.unknownFormat', 'unknown format');
    ctx.progress(0, 0);
    const reader = await READERS[format]();
    const raw = await reader.read(bytes, ctx);
    return await finish(raw, format, ctx);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    if (options.signal?.aborted) throw err('import.error.cancelled', 'cancelled');
    const detail = e instanceof Error ? e.message : String(e);
    throw err('import.error.internal', detail, { detail: detail.slice(0, 300) });
  }
}

/**
 * Applies the coordinate system the user chose for a projected file without a .prj: returns a new
 * result with the features reprojected to WGS 84 and `crsQuestion` removed.
 */
export function applyCrs(result: ImportResult, choice: CrsChoiceId): ImportResult {
  const chosen = CRS_CHOICES[choice];
  const features = result.features.map((f) =>
    f.geometry === null ? f : { ...f, geometry: reprojectGeometry(f.geometry, chosen.proj) },
  );
  const { crsQuestion: _asked, ...rest } = result;
  const out: ImportResult = {
    ...rest,
    features,
    crs: { source: 'chosen', label: chosen.label, proj: chosen.proj },
  };
  markOutOfRange(out);
  return out;
}
