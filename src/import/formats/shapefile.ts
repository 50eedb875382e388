// Zipped Shapefile: fflate unzips, shpjs parses the .shp and .dbf. Sidecars (.dbf, .prj, .cpg) are
// matched to the .shp by base name, case-insensitively (ArcGIS writes `.CPG`). shpjs is given no
// .prj (its proj4 reading would drop the VN-2000 datum shift, see crs.ts) and the DBF encoding we
// chose from the .cpg.
import { unzipSync } from 'fflate';
import { parseDbf, parseShp } from 'shpjs';
import { encodingFromCpg, isValidUtf8 } from '../text';
import type { RawRead } from '../types';
import { fail, type ReadContext } from './context';

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
 * them. When their .prj differ and every .shp has one, each keeps its own (`prjs`: finish() brings
 * each to WGS 84 by its own .prj, so one layer still has one CRS). When some have a .prj and some
 * do not, only those like the first are read (a file without a .prj may need the user's choice,
 * which is asked once for a layer), and the others are named in a notice (each can be imported on
 * its own). Throws `zipNoShp`, `zipDamaged`, `shpDamaged`.
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
  const prj = prjOf(first[0]);
  const prjs = shps.map(([name]) => prjOf(name));
  const eachOwn = new Set(prjs).size > 1 && prjs.every((p) => p !== undefined);
  const joined = eachOwn ? shps : shps.filter(([name]) => prjOf(name) === prj);
  const left = eachOwn ? [] : shps.filter(([name]) => prjOf(name) !== prj);
  const out: RawRead = { features: [], warnings: [], valueProblems: new Map() };
  const groups: NonNullable<RawRead['prjs']> = [];
  const fileName = (name: string) => name.split('/').pop() ?? name;
  const seen = new Set<string>();
  for (const [name, shp] of joined) {
    const one = readOne(shp, (e) => sidecar(name, e), ctx);
    const offset = out.features.length;
    if (eachOwn) groups.push({ prj: prjOf(name)!, from: offset, name: fileName(name) });
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
      key: prj === undefined ? 'import.warn.shpLeftPrj' : 'import.warn.shpLeftNoPrj',
      params: { file: ctx.fileName, names: names(left), name: names([first]) },
    });
  if (eachOwn) out.prjs = groups;
  else if (prj !== undefined) out.prj = prj;
  return out;
}

/** One .shp with its sidecars (`sidecar('dbf')` …): features, warnings and value problems by index. */
function readOne(
  shp: Uint8Array,
  sidecar: (ext: string) => Uint8Array | undefined,
  ctx: ReadContext,
): Required<Pick<RawRead, 'features' | 'warnings' | 'valueProblems'>> {
  const warnings: RawRead['warnings'] = [];
  const dbf = sidecar('dbf');
  const cpgBytes = sidecar('cpg');
  const cpg = cpgBytes ? new TextDecoder().decode(cpgBytes).trim() : undefined;
  let encoding = encodingFromCpg(cpg);
  if (cpg !== undefined && encoding === null) {
    warnings.push({ key: 'import.warn.unknownCpg', params: { file: ctx.fileName, cpg } });
    encoding = 'utf-8';
  }
  if (encoding === null && dbf) {
    // No .cpg: UTF-8 when the bytes are valid UTF-8, else the Vietnamese Windows code page.
    encoding = isValidUtf8(dbfRecords(dbf)) ? 'utf-8' : 'windows-1258';
    warnings.push({ key: 'import.warn.noCpg', params: { file: ctx.fileName, encoding } });
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
  if (bad > 0)
    warnings.push({ key: 'import.warn.invalidUtf8Values', params: { file: ctx.fileName, count: bad } });
  return { features, warnings, valueProblems };
}
