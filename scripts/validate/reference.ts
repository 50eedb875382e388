// Cross-check (b): every curated numeric value equals the value in the reference files it was
// authored from (../shared/reference), unless the row's `correction` names the field and explains
// the difference. Catches transcription errors. Reference cells may hold several figures
// ("69 (whole route); >52 (Bình Dương section)"): the curated value must equal one of them, and
// when the reference writes that figure as a lower bound (">52") or an approximation ("≈720") the
// curated qualifier must say so.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NumberQualifier } from '../../src/data/schema.ts';
import type { CuratedData } from '../curated.ts';
import { type CsvRow, parseCsv } from '../lib/csv.ts';
import { parkFactIssues } from './park-facts.ts';
import { impliedQualifier, qualifierHonours } from './qualifiers.ts';
import { type Issue, issue } from './types.ts';

export interface ReferenceEntry {
  layer: string;
  id: string;
  field: string;
  curated: number | string | null;
  /** The reference cell text; null when the reference has no such row. */
  reference: string | null;
  correction: string;
  /** The curated qualifier of a qualified number (undefined for fields without one). */
  qualifier?: NumberQualifier | null;
}

/** All numbers in a reference cell; "1,723" → 1723; "11,866.61 ha" also as km² (118.6661). */
export function referenceNumbers(cell: string): number[] {
  const out: number[] = [];
  const re = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(\s*ha\b)?/g;
  for (const m of cell.matchAll(re)) {
    const n = Number(m[1]!.replace(/,/g, ''));
    out.push(n);
    if (m[2]) out.push(Math.round((n / 100) * 1e6) / 1e6);
  }
  return out;
}

const sameNumber = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/** Does the correction text mention this field? "lat/lon" covers lat and lon. */
function correctionCovers(correction: string, field: string): boolean {
  if (correction.trim() === '') return false;
  const words = correction.toLowerCase().split(/[^a-z0-9_]+/);
  return words.includes(field.toLowerCase());
}

function matches(entry: ReferenceEntry): boolean {
  const { curated, reference } = entry;
  const refText = (reference ?? '').trim();
  if (curated === null || curated === '') return refText === '';
  if (typeof curated === 'string') return curated === refText;
  return referenceNumbers(refText).some((n) => sameNumber(n, curated));
}

export function compareToReference(entries: ReferenceEntry[]): { checked: number; issues: Issue[] } {
  const issues: Issue[] = [];
  for (const e of entries) {
    if (e.reference === null) {
      issues.push(
        issue(
          'reference.missing_row',
          e.layer,
          e.id,
          `no row "${e.id}" in the reference to check ${e.field} against`,
        ),
      );
      continue;
    }
    if (e.field === 'row') {
      issues.push(
        issue(
          'reference.missing_row',
          e.layer,
          e.id,
          `the reference row "${e.id}" is missing from the curated data`,
        ),
      );
      continue;
    }
    if (e.qualifier !== undefined && typeof e.curated === 'number') {
      const implied = impliedQualifier(e.reference, e.curated);
      if (!qualifierHonours(e.qualifier, implied))
        issues.push(
          issue(
            'reference.qualifier',
            e.layer,
            e.id,
            `${e.field} ${e.curated} is ${implied} in the reference (${JSON.stringify(e.reference)}) ` +
              `but its curated qualifier is ${e.qualifier}`,
          ),
        );
    }
    if (matches(e) || correctionCovers(e.correction, e.field)) continue;
    issues.push(
      issue(
        'reference.value',
        e.layer,
        e.id,
        `${e.field} is ${JSON.stringify(e.curated)} but the reference says ${JSON.stringify(e.reference)}; ` +
          "fix the transcription or explain the difference in the row's correction (naming the field)",
      ),
    );
  }
  return { checked: entries.length, issues };
}

export interface FactsDistrict {
  code: string;
  area: string;
  population: string;
}

/** District rows of the facts.md table "District-level units: area and population" (and the province row). */
export function parseFactsDistricts(md: string): FactsDistrict[] {
  const out: FactsDistrict[] = [];
  for (const line of md.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 6) continue;
    const code = cells[1]!;
    if (/^7\d\d$/.test(code)) out.push({ code, area: cells[3]!, population: cells[4]! });
    else if (code === '—' && /Province/.test(cells[2]!))
      out.push({ code: 'province', area: cells[3]!, population: cells[4]! });
  }
  return out;
}

export interface ReferenceTexts {
  parks: CsvRow[];
  corridors: CsvRow[];
  places: CsvRow[];
  facts: string;
}

export function readReferenceTexts(dir: string): ReferenceTexts | null {
  const files = ['industrial_parks.csv', 'corridors.csv', 'places.csv', 'facts.md'];
  if (!files.every((f) => existsSync(resolve(dir, f)))) return null;
  const read = (f: string) => readFileSync(resolve(dir, f), 'utf8');
  return {
    parks: parseCsv(read('industrial_parks.csv'), 'industrial_parks.csv'),
    corridors: parseCsv(read('corridors.csv'), 'corridors.csv'),
    places: parseCsv(read('places.csv'), 'places.csv'),
    facts: read('facts.md'),
  };
}

const fmtWaypoints = (w: [number, number][]): string => w.map(([a, b]) => `${a} ${b}`).join(';');
const normWaypoints = (text: string): string =>
  text.trim() === ''
    ? ''
    : text
        .split(';')
        .map((p) => p.trim().split(/\s+/).map(Number).join(' '))
        .join(';');

/** The comparisons to make between the curated data and the reference. */
export function referenceEntries(curated: CuratedData, ref: ReferenceTexts): ReferenceEntry[] {
  const entries: ReferenceEntry[] = [];
  const byId = (rows: CsvRow[]) => new Map(rows.map((r) => [r.id ?? '', r]));
  const parks = byId(ref.parks);
  for (const p of curated.parks) {
    const r = parks.get(p.id);
    const add = (field: string, curatedValue: number | string | null, qualifier?: NumberQualifier | null) =>
      entries.push({
        layer: 'parks',
        id: p.id,
        field,
        curated: curatedValue,
        reference: r ? (r[field] ?? '') : null,
        correction: p.correction,
        ...(qualifier !== undefined ? { qualifier } : {}),
      });
    add('area_ha', p.area_ha, p.area_qualifier);
    add('established_year', p.established_year);
    add('lat', p.lat);
    add('lon', p.lon);
    add('district_code', p.district_code);
  }
  const places = byId(ref.places);
  for (const p of curated.places) {
    const r = places.get(p.id);
    for (const field of ['lat', 'lon'] as const) {
      entries.push({
        layer: 'places',
        id: p.id,
        field,
        curated: p[field],
        reference: r ? (r[field] ?? '') : null,
        correction: p.correction,
      });
    }
  }
  const corridors = byId(ref.corridors);
  for (const c of curated.corridors) {
    const r = corridors.get(c.id);
    entries.push({
      layer: 'corridors',
      id: c.id,
      field: 'length_km_reported',
      curated: c.length_km_reported,
      reference: r ? (r.length_km_reported ?? '') : null,
      correction: c.correction,
      qualifier: c.length_reported_qualifier,
    });
    entries.push({
      layer: 'corridors',
      id: c.id,
      field: 'waypoints',
      curated: fmtWaypoints(c.waypoints),
      reference: r ? normWaypoints(r.waypoints ?? '') : null,
      correction: c.correction,
    });
  }
  const facts = parseFactsDistricts(ref.facts);
  for (const d of curated.districts) {
    const rows = facts.filter((f) => f.code === d.code);
    const join = (k: 'area' | 'population') => (rows.length ? rows.map((f) => f[k]).join(' ; ') : null);
    entries.push({
      layer: 'districts',
      id: d.code,
      field: 'area_km2_official',
      curated: d.area_km2_official,
      reference: join('area'),
      correction: d.correction,
      qualifier: d.area_official_qualifier,
    });
    entries.push({
      layer: 'districts',
      id: d.code,
      field: 'population',
      curated: d.population,
      reference: join('population'),
      correction: d.correction,
      qualifier: d.population_qualifier,
    });
  }
  const prov = facts.find((f) => f.code === 'province');
  entries.push({
    layer: 'districts',
    id: 'province',
    field: 'area_km2_official',
    curated: curated.province.area_km2_official,
    reference: prov ? prov.area : null,
    correction: '',
  });
  // Rows of the reference the curated data lost.
  const lost = (layer: string, refRows: CsvRow[], ids: Set<string>) => {
    for (const r of refRows) {
      if (!ids.has(r.id ?? ''))
        entries.push({
          layer,
          id: r.id ?? '?',
          field: 'row',
          curated: null,
          reference: 'present',
          correction: '',
        });
    }
  };
  lost('parks', ref.parks, new Set(curated.parks.map((p) => p.id)));
  lost('places', ref.places, new Set(curated.places.map((p) => p.id)));
  lost('corridors', ref.corridors, new Set(curated.corridors.map((c) => c.id)));
  return entries;
}

export interface ReferenceCheckResult {
  skipped: boolean;
  message: string;
  checked: number;
  issues: Issue[];
}

export function crossCheckReference(curated: CuratedData, dir: string): ReferenceCheckResult {
  const ref = readReferenceTexts(dir);
  if (!ref) {
    return {
      skipped: true,
      message: `Reference cross-check skipped: ${dir} is not present (expected outside the authoring environment).`,
      checked: 0,
      issues: [],
    };
  }
  const compared = compareToReference(referenceEntries(curated, ref));
  const factIssues = parkFactIssues(curated.parks, ref.parks);
  const checked =
    compared.checked +
    curated.parks.filter((p) => p.occupancy_pct !== null).length +
    curated.parks.filter((p) => p.workers_planned !== null).length;
  const issues = [...compared.issues, ...factIssues];
  return {
    skipped: false,
    message: `Reference cross-check: ${checked} curated values compared with ${dir}; ${issues.length} disagreement(s).`,
    checked,
    issues,
  };
}
