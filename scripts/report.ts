// The validation report: a JSON document and a readable text rendering of it, written to
// data/build/, and the short summary `npm start` prints of a build that passed.

import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { AppliedCorrection, LeftOut } from './layers.ts';
import { BUILD_DIR } from './lib/paths.ts';
import type { AreaComparison, ProvinceAreaCheck } from './validate/areas.ts';
import type { ParkDistrictCheck } from './validate/parks.ts';
import type { Issue } from './validate/types.ts';

export interface OutputFile {
  path: string;
  bytes: number;
  features?: number;
  geometry_type?: string;
}

export interface BuildReport {
  ok: boolean;
  built_at: string;
  input_hash: string;
  sources: { file: string; path: string; origin: string; sha256: string }[];
  districts: AreaComparison[];
  district_tolerance_pct: number;
  province: ProvinceAreaCheck | null;
  parks: (ParkDistrictCheck & { district_name: string; found_names: string[] })[];
  reference_check: { skipped: boolean; message: string; checked: number };
  left_out: LeftOut[];
  corrections: AppliedCorrection[];
  counts: Record<string, number>;
  outputs: OutputFile[];
  notes: string[];
  errors: Issue[];
  warnings: Issue[];
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

export function renderReport(r: BuildReport): string {
  const L: string[] = [];
  L.push(`Data build report — ${r.ok ? 'PASS' : 'FAIL'}`);
  L.push(`built_at ${r.built_at}`);
  L.push(`input_hash ${r.input_hash}`);
  L.push('');
  L.push('Sources (sha256 verified)');
  for (const s of r.sources) L.push(`  ${pad(s.file, 9)} ${pad(s.origin, 8)} ${s.path}`);
  L.push('');
  L.push(
    `Districts: computed (Turf) area against the official figure, tolerance ±${r.district_tolerance_pct} %`,
  );
  L.push(
    `  ${pad('code', 5)} ${pad('name', 24)} ${lpad('official', 9)} ${lpad('computed', 9)} ${lpad('diff %', 7)}  result`,
  );
  for (const d of r.districts) {
    L.push(
      `  ${pad(d.id, 5)} ${pad(d.name, 24)} ${lpad(String(d.official_km2), 9)} ${lpad(d.computed_km2.toFixed(2), 9)} ` +
        `${lpad(d.diff_pct.toFixed(2), 7)}  ${d.pass ? 'pass' : 'FAIL'}`,
    );
  }
  if (r.province) {
    const p = r.province;
    L.push(
      `  province figure ${p.province_official_km2} km²: sum of official district areas ${p.sum_official_km2.toFixed(2)} ` +
        `(${p.sum_diff_pct.toFixed(2)} %), Turf area of the province outline ${p.province_computed_km2.toFixed(2)} ` +
        `(${p.computed_diff_pct.toFixed(2)} %), tolerance ±1 % — ${p.pass ? 'pass' : 'FAIL'}`,
    );
  }
  L.push('');
  L.push('Parks: estimated location inside the stated district');
  for (const p of r.parks) {
    L.push(
      `  ${pad(p.id, 18)} stated ${p.district_code} ${pad(p.district_name, 22)} found ${pad(p.found_in.join(',') || 'none', 4)}  ${p.pass ? 'pass' : 'FAIL'}`,
    );
  }
  L.push('');
  L.push(r.reference_check.message);
  L.push('');
  L.push('Left out of the layers');
  for (const o of r.left_out) L.push(`  ${o.layer}/${o.id}: ${o.reason}`);
  if (r.left_out.length === 0) L.push('  (none)');
  L.push('');
  L.push('Corrections applied');
  for (const c of r.corrections) L.push(`  ${c.layer}/${c.id} [${c.kind}]: ${c.text}`);
  if (r.corrections.length === 0) L.push('  (none)');
  if (r.notes.length) {
    L.push('');
    L.push('Notes');
    for (const n of r.notes) L.push(`  ${n}`);
  }
  if (r.outputs.length) {
    L.push('');
    L.push('Outputs');
    for (const o of r.outputs) {
      const extra = o.features !== undefined ? ` ${o.features} features, ${o.geometry_type}` : '';
      L.push(`  ${pad(o.path, 36)} ${lpad(o.bytes.toLocaleString('en-US'), 10)} bytes${extra}`);
    }
  }
  L.push('');
  L.push(`Warnings (${r.warnings.length})`);
  for (const w of r.warnings) L.push(`  [${w.rule}] ${w.layer}/${w.id}: ${w.message}`);
  L.push('');
  L.push(`Errors (${r.errors.length})`);
  for (const e of r.errors) L.push(`  [${e.rule}] ${e.layer}/${e.id}: ${e.message}`);
  L.push('');
  L.push(r.ok ? 'RESULT: PASS' : 'RESULT: FAIL — nothing was published; fix the errors above.');
  return `${L.join('\n')}\n`;
}

/** Writes report.txt and report.json to data/build/; returns the text. */
export function writeReport(report: BuildReport): string {
  mkdirSync(BUILD_DIR, { recursive: true });
  const text = renderReport(report);
  writeFileSync(resolve(BUILD_DIR, 'report.txt'), text);
  writeFileSync(resolve(BUILD_DIR, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  return text;
}

/** A passing build in two lines: the features per layer, the warnings, where the report is. */
export function summaryText(report: Pick<BuildReport, 'counts' | 'warnings'>, where: string): string {
  const counts = Object.entries(report.counts)
    .map(([layer, n]) => `${n} ${layer}`)
    .join(', ');
  return `Data built and validated: ${counts}.\n${report.warnings.length} warning(s); the full report is in ${where} (\`npm run data\` prints it).\n`;
}
