// Zipped Shapefile: fflate unzips, shpjs parses the .shp and .dbf. Sidecars (.dbf, .prj, .cpg) are
// matched to the .shp by base name, case-insensitively (ArcGIS writes `.CPG`). shpjs is given no
// .prj (its proj4 reading would drop the VN-2000 datum shift, see crs.ts) and the DBF encoding we
// chose from the .cpg.
import { unzipSync } from 'fflate';
import { parseDbf, parseShp } from 'shpjs';
import { encodingFromCpg, isValidUtf8 } from '../text';
import type { RawRead } from '../types';
import { fail, type ReadContext } from './context';

/** The column naming the .shp a feature came from, when a zip's .shp are opened as one layer. */
export const SOURCE_COLUMN = 'source_file';

const ext = (name: string) => /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
const base = (name: string) => name.replace(/\.[^./]+$/, '').toLowerCase();

/** Unzips; throws the file's zip error. */
export function unzip(bytes: Uint8Array, ctx: ReadContext): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw fail(ctx, 'import.error.zipDamaged', detail, { detail });
  }
}

/** The DBF's record bytes (after the header), to judge the text encoding as a whole. */
function dbfRecords(dbf: Uint8Array): Uint8Array {
  if (dbf.length < 32) return new Uint8Array(0);
  const headerLength = dbf[8]! | (dbf[9]! << 8);
  return dbf.subarray(Math.min(headerLength, dbf.length));
}

/**
 * Reads a zipped Shapefile. A zip of several .shp (a layer exported in its geometry families, as
 * this viewer and many tools write them: `x_point`, `x_polyline`, `x_polygon`; or an office's
 * layers zipped together) opens as one layer of every .shp, in the zip's order, with a notice naming
 * them. When their .prj differ, each keeps its own (`prjs`: finish() brings each to WGS 84 by its
 * own .prj, so one layer still has one CRS). When some have a .prj and some do not, those with one
 * are read, whatever the order in the zip, and the others (whose coordinate system would have to be
 * asked, once for a layer) are named in a notice: each can be imported on its own. Throws `zipNoShp`, `zipDamaged`, `shpDamaged`.
 */
export async function read(bytes: Uint8Array, ctx: ReadContext): Promise<RawRead> {
  const entries = Object.entries(unzip(bytes, ctx)).filter(([name]) => !name.includes('__MACOSX/'));
  const shps = entries.filter(([name]) => ext(name) === 'shp');
  const first = shps[0];
  if (!first) throw fail(ctx, 'import.error.zipNoShp', 'no .shp in the zip');
  const sidecar = (shp: string, e: string) =>
    entries.find(([name]) => base(name) === base(shp) && ext(name) === e)?.[1];
  const prjOf = (shp: string) => {
    const b = sidecar(shp, 'prj');
    return b ? new TextDecoder().decode(b).trim() : undefined;
  };
  // The .shp with a .prj when any has one (their coordinates are known), else all of them.
  const located = shps.filter(([name]) => prjOf(name) !== undefined);
  const joined = located.length > 0 ? located : shps;
  const left = shps.filter((e) => !joined.includes(e));
  const prj = prjOf(joined[0]![0]);
  const eachOwn = new Set(joined.map(([name]) => prjOf(name))).size > 1;
  const out: RawRead = { features: [], warnings: [], valueProblems: new Map() };
  const groups: NonNullable<RawRead['prjs']> = [];
  const fileName = (name: string) => name.split('/').pop() ?? name;
  const seen = new Set<string>();
  for (const [name, shp] of joined) {
    // A notice about one of several .shp names it ("q1.zip/Nha_Quan1_32648.shp has no .cpg").
    const file = shps.length > 1 ? `${ctx.fileName}/${fileName(name)}` : ctx.fileName;
    const one = readOne(shp, (e) => sidecar(name, e), ctx, file);
    const offset = out.features.length;
    if (eachOwn) groups.push({ prj: prjOf(name)!, from: offset, name: fileName(name) });
    // Joined files' features say which .shp they came from (a zip of one layer in two systems
    // held every building twice, the copies told apart by nothing), unless a column has the name.
    if (joined.length > 1)
      for (const f of one.features) {
        const p = (f.properties ?? {}) as Record<string, unknown>;
        if (!(SOURCE_COLUMN in p)) f.properties = { ...p, [SOURCE_COLUMN]: fileName(name) };
      }
    for (const f of one.features) out.features.push(f);
    for (const [i, list] of one.valueProblems) out.valueProblems!.set(offset + i, list);
    for (const w of one.warnings) {
      const key = JSON.stringify(w);
      if (!seen.has(key)) out.warnings.push(w);
      seen.add(key);
    }
  }
  ctx.progress(out.features.length);
  const names = (list: typeof shps) => list.map(([name]) => fileName(name)).join(', ');
  if (joined.length > 1)
    out.warnings.unshift({
      key: 'import.warn.shpJoined',
      params: { file: ctx.fileName, count: joined.length, names: names(joined) },
    });
  if (left.length > 0)
    out.warnings.unshift({
      key: 'import.warn.shpLeftNoPrj',
      params: { file: ctx.fileName, names: names(left), kept: names(joined), count: left.length },
    });
  if (eachOwn) out.prjs = groups;
  else if (prj !== undefined) out.prj = prj;
  return out;
}

/**
 * One .shp with its sidecars (`sidecar('dbf')` …): features, warnings (naming it `file`) and value
 * problems by index.
 */
function readOne(
  shp: Uint8Array,
  sidecar: (ext: string) => Uint8Array | undefined,
  ctx: ReadContext,
  file: string,
): Required<Pick<RawRead, 'features' | 'warnings' | 'valueProblems'>> {
  const warnings: RawRead['warnings'] = [];
  const dbf = sidecar('dbf');
  const cpgBytes = sidecar('cpg');
  const cpg = cpgBytes ? new TextDecoder().decode(cpgBytes).trim() : undefined;
  let encoding = encodingFromCpg(cpg);
  if (cpg !== undefined && encoding === null) {
    warnings.push({ key: 'import.warn.unknownCpg', params: { file, cpg } });
    encoding = 'utf-8';
  }
  if (encoding === null && dbf) {
    // No .cpg: UTF-8 when the bytes are valid UTF-8, else the Vietnamese Windows code page.
    encoding = isValidUtf8(dbfRecords(dbf)) ? 'utf-8' : 'windows-1258';
    warnings.push({
      key: 'import.warn.noCpg',
      params: { file, encoding: encoding.replace(/^utf/, 'UTF').replace(/^windows/, 'Windows') },
    });
  }
  // shpjs stops quietly at the end of a truncated .shp; the header's length says what should be there.
  const declared = shp.length >= 28 ? new DataView(shp.buffer, shp.byteOffset).getInt32(24) * 2 : -1;
  if (declared < 100 || declared > shp.length) {
    const detail = `the .shp header claims ${declared} bytes but the file has ${shp.length}`;
    throw fail(ctx, 'import.error.shpDamaged', detail, { detail });
  }
  let geometries: (unknown | null)[];
  let records: Record<string, unknown>[] = [];
  try {
    geometries = parseShp(shp);
    if (dbf) records = parseDbf(dbf, encoding ?? 'utf-8');
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw fail(ctx, 'import.error.shpDamaged', detail, { detail });
  }
  const features: RawRead['features'] = geometries.map((geometry, i) => ({
    type: 'Feature',
    geometry,
    properties: records[i] ?? null,
  }));
  // A DBF whose .cpg says UTF-8 but whose bytes are not: the decoder put U+FFFD in; say so per value.
  const valueProblems: NonNullable<RawRead['valueProblems']> = new Map();
  let bad = 0;
  records.forEach((record, i) => {
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === 'string' && value.includes('\uFFFD')) {
        bad++;
        const list = valueProblems.get(i) ?? [];
        list.push({
          messageKey: 'problem.value.text',
          column: key,
          message: `${key} is not valid ${encoding}; kept with �.`,
        });
        valueProblems.set(i, list);
      }
    }
  });
  if (bad > 0) warnings.push({ key: 'import.warn.invalidUtf8Values', params: { file, count: bad } });
  return { features, warnings, valueProblems };
}
