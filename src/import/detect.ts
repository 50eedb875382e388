// Which format a dropped file is: by magic bytes first (they cannot lie about FlatGeobuf or zip),
// then by the name's extension, then by sniffing the first characters of text.
import type { FormatId } from './types';

const FGB_MAGIC = [0x66, 0x67, 0x62]; // "fgb", then the major version byte
const startsWith = (b: Uint8Array, m: number[]) => m.every((v, i) => b[i] === v);

/**
 * The format of a file from its name and its first bytes (a few KB are enough), or null when it is
 * none of the supported ones. A name's extension wins over sniffed text, so a broken `.geojson`
 * is reported as broken GeoJSON rather than as an unknown format.
 */
export function detectFormat(name: string, head: Uint8Array): FormatId | null {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (startsWith(head, FGB_MAGIC) || ext === 'fgb') return 'flatgeobuf';
  const zip = startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]);
  if (ext === 'kmz') return 'kmz';
  if (zip || ext === 'zip') return 'shapefile-zip';
  const byExt: Record<string, FormatId> = {
    geojson: 'geojson',
    json: 'geojson',
    geojsonl: 'ndjson',
    geojsons: 'ndjson',
    geojsonseq: 'ndjson',
    ndjson: 'ndjson',
    jsonl: 'ndjson',
    csv: 'csv',
    tsv: 'csv',
    kml: 'kml',
    gpx: 'gpx',
  };
  const known = byExt[ext];
  // A .json/.geojson that is really one feature per line (common export mistake) reads as NDJSON.
  const text = new TextDecoder()
    .decode(head.subarray(0, 4096))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (known === 'geojson' || (known === undefined && text.startsWith('{'))) {
    const firstLine = text.split('\n', 1)[0] ?? '';
    const secondStarts = /\n\s*\{/.test(text);
    if (secondStarts && isJson(firstLine)) return 'ndjson';
    if (known !== undefined || text.startsWith('{')) return 'geojson';
  }
  if (known !== undefined) return known;
  if (text.charCodeAt(0) === 0x1e) return 'ndjson';
  if (text.startsWith('<')) {
    if (/<kml[\s>]/i.test(text)) return 'kml';
    if (/<gpx[\s>]/i.test(text)) return 'gpx';
  }
  return null;
}

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}
