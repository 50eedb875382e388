// The pass every format shares after its parser: coordinates to WGS 84 (from the .prj, or a
// question when projected values come without one), every feature through the data boundary, and
// the file-level warnings (mixed types, legacy encodings, features without a location).
import { type CheckedFeature, checkFeature, type FeatureProblem, featureIdentity } from '../data/boundary';
import {
  crsFromName,
  extentOf,
  looksProjected,
  PrjError,
  prjToProj4,
  reprojectGeometry,
  standardCrsName,
} from './crs';
import { fail, type ReadContext } from './formats/context';
import { PROGRESS_EVERY } from './limits';
import { detectLegacyVietnamese } from './text';
import type { FormatId, ImportResult, RawRead } from './types';

const yieldToLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function inRange(c: unknown): boolean {
  if (!Array.isArray(c)) return true;
  if (typeof c[0] === 'number') return Math.abs(c[0]) <= 180 && Math.abs(c[1] as number) <= 90;
  return c.every(inRange);
}

function geometryInRange(g: unknown): boolean {
  if (g === null || typeof g !== 'object') return true;
  const o = g as { coordinates?: unknown; geometries?: unknown[] };
  return Array.isArray(o.geometries) ? o.geometries.every(geometryInRange) : inRange(o.coordinates);
}

/**
 * Gives features whose coordinates fall outside ±180° / ±90° a null geometry and a problem, and
 * adds one warning with their count. Mutates `result`.
 */
export function markOutOfRange(result: ImportResult): void {
  let count = 0;
  result.features = result.features.map((f, i) => {
    if (f.geometry === null || geometryInRange(f.geometry)) return f;
    count++;
    result.problems.push({
      ...featureIdentity(i + 1, f.properties, f.id),
      messageKey: 'problem.geometry.invalid',
      message: 'Coordinates outside longitude −180…180 / latitude −90…90.',
    });
    return { ...f, geometry: null };
  });
  if (count > 0)
    result.warnings.push({ key: 'import.warn.outOfRange', params: { file: result.fileName, count } });
}

export async function finish(raw: RawRead, format: FormatId, ctx: ReadContext): Promise<ImportResult> {
  const signal = ctx.options.signal;
  if (raw.features.length === 0) throw fail(ctx, 'import.error.noFeatures', 'no features');
  const result: ImportResult = {
    fileName: ctx.fileName,
    format,
    features: [],
    problems: [],
    crs: { source: 'wgs84', label: 'WGS 84' },
    warnings: [...raw.warnings],
  };
  if (raw.csv) result.csv = raw.csv;
  let proj: string | null = null;
  const prjText = (prj: string, name?: string) => {
    try {
      return prjToProj4(prj);
    } catch (e) {
      if (!(e instanceof PrjError)) throw e;
      const detail = name === undefined ? e.message : `${name}: ${e.message}`;
      throw fail(ctx, 'import.error.prjUnsupported', detail, { detail });
    }
  };
  if (raw.prj !== undefined) {
    const read = prjText(raw.prj);
    proj = read.proj;
    result.crs =
      proj === null ? { source: 'prj', label: read.label } : { source: 'prj', label: read.label, proj };
  }
  // Files in several CRSs (a zip of Shapefiles with different .prj): each range its own projection.
  // Each named as the offices name it, with the .prj's own name after it when that differs.
  const groups = (raw.prjs ?? []).map((g) => {
    const read = prjText(g.prj, g.name);
    const usual = standardCrsName(read.proj);
    return { ...g, ...read, label: usual && usual !== read.label ? `${usual} (${read.label})` : read.label };
  });
  if (groups.length > 0) {
    result.crs = { source: 'prj', label: [...new Set(groups.map((g) => g.label))].join(' + ') };
  }
  // .prj worded differently for one system (HCMGIS's "VN2000_HCM" and another author's
  // "VN_2000_105do45", both TM-3 105°45′) read as one definition: nothing to tell.
  if (new Set(groups.map((g) => g.proj ?? '')).size > 1) {
    result.warnings.push({
      key: 'import.warn.shpEachCrs',
      params: { file: ctx.fileName, list: groups.map((g) => `${g.name}: ${g.label}`).join('; ') },
    });
  }
  let group = 0;
  const named = raw.prj === undefined && raw.crsName !== undefined ? crsFromName(raw.crsName) : undefined;
  if (named) {
    proj = named.proj;
    result.crs =
      named.proj === null
        ? { source: 'prj', label: named.label }
        : { source: 'prj', label: named.label, proj: named.proj };
  } else if (raw.prj === undefined && groups.length === 0) {
    const extent = extentOf(raw.features.map((f) => f.geometry));
    if (extent && looksProjected(extent)) {
      result.crs = { source: 'unknown', label: '?' };
      result.crsQuestion = { choices: ['vn2000-tm3-10545', 'vn2000-utm48', 'wgs84-utm48'], extent };
    }
  }
  const problems: FeatureProblem[] = result.problems;
  const features: CheckedFeature[] = new Array(raw.features.length);
  const types = new Set<string>();
  for (let i = 0; i < raw.features.length; i++) {
    if (i > 0 && i % PROGRESS_EVERY === 0) {
      ctx.progress(i);
      await yieldToLoop(); // lets a cancel message reach the worker
      signal?.throwIfAborted();
    }
    const rawFeature = raw.features[i] as RawRead['features'][number];
    const valueProblems = raw.valueProblems?.get(i);
    const checked = checkFeature(rawFeature, i + 1, problems, valueProblems ? { valueProblems } : {});
    if (groups.length > 0) {
      while (group + 1 < groups.length && i >= groups[group + 1]!.from) group++;
      proj = groups[group]!.proj;
    }
    if (checked.geometry !== null && proj !== null) {
      checked.geometry = reprojectGeometry(checked.geometry, proj);
    }
    if (checked.geometry !== null) types.add(checked.geometry.type.replace(/^Multi/, ''));
    features[i] = checked;
  }
  result.features = features;
  ctx.progress(features.length);
  if (!result.crsQuestion) markOutOfRange(result);
  if (types.size > 1) {
    result.warnings.push({
      key: 'import.warn.mixedTypes',
      params: { file: ctx.fileName, types: [...types].sort().join(', ') },
    });
  }
  const nullCount = features.filter((f) => f.geometry === null).length;
  if (nullCount > 0)
    result.warnings.push({
      key: 'import.warn.nullGeometries',
      params: { file: ctx.fileName, count: nullCount },
    });
  const legacy = detectLegacyVietnamese(sampleText(features));
  if (legacy) {
    result.warnings.push({
      key: 'import.warn.legacyEncoding',
      params: { file: ctx.fileName, encoding: legacy === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI' },
    });
  }
  return result;
}

/** Up to 2,000 non-empty string values from the first features, for the encoding heuristic. */
function sampleText(features: readonly CheckedFeature[]): string[] {
  const out: string[] = [];
  for (const f of features) {
    for (const v of Object.values(f.properties)) {
      if (typeof v === 'string' && v.trim() !== '') out.push(v);
      if (out.length >= 2000) return out;
    }
  }
  return out;
}
