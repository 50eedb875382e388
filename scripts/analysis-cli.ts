// `npm run -s analysis -- <report> [options]`: analysis reports on the built layers, on stdout only
// (CSV by default, or GeoJSON). Messages go to stderr. Exit 0 ok, 2 bad arguments, 1 other failure.
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection } from 'geojson';
import { districtAreas } from '../src/analysis/areas';
import { createContext } from '../src/analysis/context';
import type { LeftOutFeature } from '../src/analysis/intake';
import { LOGISTICS_KINDS, type LogisticsKind } from '../src/analysis/logistics';
import { type AnalysisLayerName, DEFAULT_BUILD_DIR, loadBuiltLayers } from '../src/analysis/node-data';
import { ANALYSIS_PARK_STATUSES, type AnalysisParkStatus } from '../src/analysis/pack';
import { parkProximity } from '../src/analysis/proximity';
import type { AnalysisError } from '../src/analysis/result';
import { parseSiteWeights, type SiteWeights } from '../src/analysis/site-weights';
import { type WithinTarget, withinDistance } from '../src/analysis/within';
import { isLocationProblem } from '../src/data/boundary';
import {
  CORRIDOR_KINDS,
  CORRIDOR_STATUSES,
  type CorridorKind,
  type CorridorStatus,
} from '../src/data/schema';
import { type CsvValue, fixed, toCsvText } from '../src/lib/csv';
import { siteScoreCommand } from './site-score-cli';

export const HELP = `Usage: npm run -s analysis -- <report> [options]
  (-s keeps npm's own banner off stdout; or run: npx tsx scripts/analysis-cli.ts <report> [options])

Reports:
  district-areas                 district area (km², Turf), park area by status, industrial land share
  park-proximity                 per park: nearest corridor of each kind, nearest port/airport/ICD/station
  within --km <x> (--kind <kind> | --corridor <id> | --place <id> | --logistics <port|airport|icd|station>)
                                 parks within x km (0 < x ≤ 200) of the target
  site-score [--weights key=value,...] [--full-coverage]
                                 every park ranked by the site score, best first, with each
                                 criterion's contribution (points of the score)

Options:
  --status <s,...>       corridor statuses that count: ${CORRIDOR_STATUSES.join(',')} (default all)
  --park-status <s,...>  park statuses included: ${ANALYSIS_PARK_STATUSES.join(',')} (default all;
                         'unknown' = parks with no status)
  --format csv|geojson   output format (default csv); km with 3 decimals, km² and ha with 2
  --data-dir <dir>       directory of the built layers (default data/build)
  --districts|--parks|--corridors|--places <file>
                         read that layer from a FlatGeobuf (.fgb) or GeoJSON (.geojson) file instead

Features the analysis cannot use (no location, unsupported geometry…) are left out and listed on
stderr; a park with no status counts as 'unknown'.
  --weights k=v,...      site-score weights, whole numbers 0-5; keys left out keep their
                         defaults: expressway=3,road=2,seaport=3,airport=2,icd_rail=2,area=2,
                         status=3,occupancy=1
  --full-coverage        site-score: only the parks whose weighted criteria are all known
  -h, --help             this text

Corridor kinds: ${CORRIDOR_KINDS.join(', ')}
Output goes to stdout only; messages to stderr. Exit code 2 on bad arguments.`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

class UsageError extends Error {}

interface Args {
  report: string;
  km?: number;
  kind?: string;
  corridor?: string;
  place?: string;
  logistics?: string;
  status?: CorridorStatus[];
  parkStatus?: AnalysisParkStatus[];
  format: 'csv' | 'geojson';
  dataDir: string;
  /** Layer files read in place of the built layers. */
  files: Partial<Record<AnalysisLayerName, string>>;
  help: boolean;
  weights?: SiteWeights;
  fullCoverage?: boolean;
}

const REPORTS = ['district-areas', 'park-proximity', 'within', 'site-score'];

function list<T extends string>(value: string, allowed: readonly T[], flag: string): T[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) throw new UsageError(`${flag} needs at least one value (${allowed.join(', ')}).`);
  for (const s of items) {
    if (!(allowed as readonly string[]).includes(s)) {
      throw new UsageError(`${flag}: unknown value "${s}" (expected ${allowed.join(', ')}).`);
    }
  }
  return items as T[];
}

export function parseArgs(argv: string[]): Args {
  const args: Args = { report: '', format: 'csv', dataDir: DEFAULT_BUILD_DIR, files: {}, help: false };
  const rest = [...argv];
  while (rest.length > 0) {
    const a = rest.shift()!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      if (eq > 0) return a.slice(eq + 1);
      const v = rest.shift();
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value.`);
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--km': {
        const raw = value();
        const km = Number(raw);
        if (raw.trim() === '' || !Number.isFinite(km))
          throw new UsageError(`--km must be a number (got "${raw}").`);
        if (km <= 0 || km > 200)
          throw new UsageError(`--km must be greater than 0 and at most 200 (got ${raw}).`);
        args.km = km;
        break;
      }
      case '--kind':
        args.kind = list(value(), CORRIDOR_KINDS, '--kind')[0];
        break;
      case '--corridor':
        args.corridor = value();
        break;
      case '--place':
        args.place = value();
        break;
      case '--logistics':
        args.logistics = list(value(), LOGISTICS_KINDS, '--logistics')[0];
        break;
      case '--status':
        args.status = list(value(), CORRIDOR_STATUSES, '--status');
        break;
      case '--park-status':
        args.parkStatus = list(value(), ANALYSIS_PARK_STATUSES, '--park-status');
        break;
      case '--format': {
        const f = value();
        if (f !== 'csv' && f !== 'geojson')
          throw new UsageError(`--format must be csv or geojson (got "${f}").`);
        args.format = f;
        break;
      }
      case '--weights': {
        const w = parseSiteWeights(value(), '=');
        if (w.error) throw new UsageError(`--weights: ${w.error.message}`);
        args.weights = w.weights;
        break;
      }
      case '--full-coverage':
        args.fullCoverage = true;
        break;
      case '--data-dir':
        args.dataDir = resolve(value());
        break;
      case '--districts':
      case '--parks':
      case '--corridors':
      case '--places':
        args.files[flag.slice(2) as AnalysisLayerName] = resolve(value());
        break;
      default:
        if (a.startsWith('-')) throw new UsageError(`Unknown option ${a}.`);
        if (args.report) throw new UsageError(`Unexpected argument "${a}" (one report at a time).`);
        if (!REPORTS.includes(a))
          throw new UsageError(`Unknown report "${a}" (expected ${REPORTS.join(', ')}).`);
        args.report = a;
    }
  }
  if (args.help) return args;
  if (!args.report) throw new UsageError(`Name a report: ${REPORTS.join(', ')}.`);
  if (args.report === 'within') {
    const targets = [args.kind, args.corridor, args.place, args.logistics].filter((t) => t !== undefined);
    if (targets.length !== 1) {
      throw new UsageError('within needs exactly one of --kind, --corridor, --place, --logistics.');
    }
    if (args.km === undefined) throw new UsageError('within needs --km <x>.');
  } else {
    for (const f of ['km', 'kind', 'corridor', 'place', 'logistics'] as const) {
      if (args[f] !== undefined) throw new UsageError(`--${f} applies only to the within report.`);
    }
  }
  if (args.report !== 'site-score') {
    if (args.weights) throw new UsageError('--weights applies only to the site-score report.');
    if (args.fullCoverage) throw new UsageError('--full-coverage applies only to the site-score report.');
  } else if (args.parkStatus) {
    throw new UsageError('--park-status does not apply to site-score (every park is scored).');
  }
  return args;
}

// Numbers go out as numbers with fixed decimals; names pass through the shared CSV writer, which
// neutralises text a spreadsheet would run as a formula (a park named "=1+1").
const f3 = (v: number | null | undefined) => fixed(v, 3);
const f2 = (v: number | null | undefined) => fixed(v, 2);
const f6 = (v: number) => fixed(v, 6);

/** CSV with a BOM and CRLF line ends, exactly as the viewer's export writes it. */
function csv(fields: string[], rows: CsvValue[][]): string {
  return toCsvText(fields, rows);
}

/** GeoJSON properties keep the text the CSV shows for a fixed-decimal number ("1.500"). */
const plain = (v: CsvValue): string | number | boolean =>
  v === null || v === undefined ? '' : typeof v === 'object' ? v.value.toFixed(v.decimals) : v;

function geojson(features: Feature[], meta: Record<string, unknown>): string {
  const fc: FeatureCollection & Record<string, unknown> = { type: 'FeatureCollection', ...meta, features };
  return `${JSON.stringify(fc)}\n`;
}

/** Bad-input errors from the analysis count as bad arguments (exit 2). */
const USAGE_ERRORS = new Set([
  'empty_selection',
  'distance_out_of_range',
  'unknown_corridor',
  'unknown_place',
  'unknown_kind',
  'unknown_status',
  'invalid_weights',
]);

export async function main(argv: string[], io: CliIo): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`analysis: ${err.message}\nRun with --help for usage.\n`);
      return 2;
    }
    throw err;
  }
  if (args.help) {
    io.stderr(`${HELP}\n`);
    return 0;
  }
  let layers: Awaited<ReturnType<typeof loadBuiltLayers>>;
  try {
    // Features without a usable location are kept and listed by the analysis as "left out";
    // other problems (a value kept as text) are said here, naming the feature.
    layers = await loadBuiltLayers(args.dataDir, {
      files: args.files,
      onProblem: (layer, p) => {
        if (!isLocationProblem(p)) io.stderr(`analysis: note: ${layer}: ${p.message}\n`);
      },
    });
  } catch (err) {
    io.stderr(`analysis: cannot read the layers: ${(err as Error)?.message ?? String(err)}\n`);
    return 1;
  }
  const ctx = createContext(layers);
  const failed = (e: AnalysisError) => {
    io.stderr(`analysis: ${e.message} (${e.error})\n`);
    return USAGE_ERRORS.has(e.error) ? 2 : 1;
  };

  if (args.report === 'district-areas') {
    const r = districtAreas(ctx, { parkStatuses: args.parkStatus });
    if (!r.ok) return failed(r);
    const v = r.value;
    const statusCols = ANALYSIS_PARK_STATUSES.flatMap((s) => [`${s}_ha`, `${s}_count`]);
    const fields = [
      'district_id',
      'code',
      'name_en',
      'name_vi',
      'area_km2',
      'area_km2_official',
      'area_official_qualifier',
      ...statusCols,
      'park_total_ha',
      'park_count',
      'unknown_area_parks',
      'industrial_share_pct',
      'parks_not_in_totals',
    ];
    const rowOf = (
      id: string,
      code: string,
      en: string,
      vi: string,
      area: number,
      off: number | null,
      offQualifier: string | null,
      b: typeof v.province,
    ) => [
      id,
      code,
      en,
      vi,
      f2(area),
      f2(off),
      offQualifier ?? '',
      ...ANALYSIS_PARK_STATUSES.flatMap((s) => [f2(b.by_status[s].area_ha), b.by_status[s].count]),
      f2(b.total.area_ha),
      b.total.count,
      b.total.unknown_area_count,
      f2(b.industrial_share.total * 100),
      b.excluded_park_ids.join(' '),
    ];
    const rows = v.districts.map((d) =>
      rowOf(
        d.id,
        d.code,
        d.name_en,
        d.name_vi,
        d.area_km2,
        d.area_km2_official,
        d.area_official_qualifier,
        d,
      ),
    );
    rows.push(
      rowOf(
        'province',
        '',
        'Binh Duong province',
        'Tỉnh Bình Dương',
        v.province.area_km2,
        // The province's official figure is province.json's (not on these layers); the sum of the
        // districts' figures is no source's number, so none is written here.
        null,
        null,
        v.province,
      ),
    );
    io.stderr(`${v.notes.join('\n')}\n`);
    tellLeftOut(io, v.left_out);
    if (v.unknown_status_park_ids.length > 0)
      io.stderr(`Counted under status 'unknown' (no status): ${v.unknown_status_park_ids.join(', ')}.\n`);
    if (v.border_park_ids.length > 0)
      io.stderr(
        `On a district border (counted once, in the district of their code, else the first by code): ${v.border_park_ids.join(', ')}.\n`,
      );
    if (v.unassigned_park_ids.length > 0)
      io.stderr(`In no district (counted in the province row only): ${v.unassigned_park_ids.join(', ')}.\n`);
    if (args.format === 'csv') io.stdout(csv(fields, rows));
    else {
      const features: Feature[] = rows.map((row) => ({
        type: 'Feature',
        geometry: null as unknown as Feature['geometry'],
        properties: Object.fromEntries(fields.map((f, i) => [f, plain(row[i])])),
      }));
      io.stdout(
        geojson(features, {
          report: 'district-areas',
          area_basis: v.area_basis,
          notes: v.notes,
          left_out: v.left_out,
          border_park_ids: v.border_park_ids,
          unknown_status_park_ids: v.unknown_status_park_ids,
        }),
      );
    }
    return 0;
  }

  if (args.report === 'site-score') {
    const options = {
      weights: args.weights,
      corridorStatuses: args.status,
      fullCoverage: args.fullCoverage,
      format: args.format,
    };
    return siteScoreCommand(ctx, options, io, failed, tellLeftOut);
  }

  if (args.report === 'park-proximity') {
    const r = parkProximity(ctx, { corridorStatuses: args.status, parkStatuses: args.parkStatus });
    if (!r.ok) return failed(r);
    const fields = [
      'park_id',
      'name_en',
      'status',
      'district_code',
      'lon',
      'lat',
      ...CORRIDOR_KINDS.flatMap((k) => [`${k}_id`, `${k}_km`]),
      ...LOGISTICS_KINDS.flatMap((k) => [`${k}_id`, `${k}_km`]),
    ];
    const rows = r.value.rows.map((row) => [
      row.park.id,
      row.park.name_en,
      row.park.status,
      row.park.district_code,
      f6(row.park.point[0]),
      f6(row.park.point[1]),
      ...CORRIDOR_KINDS.flatMap((k: CorridorKind) => [
        row.corridors[k]?.id ?? '',
        f3(row.corridors[k]?.distance_km),
      ]),
      ...LOGISTICS_KINDS.flatMap((k: LogisticsKind) => [
        row.logistics[k]?.id ?? '',
        f3(row.logistics[k]?.distance_km),
      ]),
    ]);
    io.stderr(`Corridor statuses counted: ${r.value.corridor_statuses.join(', ')}.\n`);
    tellLeftOut(io, r.value.left_out);
    tellUnknownStatus(io, r.value.unknown_status_park_ids, r.value.filtered_unknown_status_park_ids);
    if (args.format === 'csv') io.stdout(csv(fields, rows));
    else {
      const features: Feature[] = rows.map((row, i) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: r.value.rows[i]!.park.point },
        properties: Object.fromEntries(fields.map((f, j) => [f, plain(row[j])])),
      }));
      io.stdout(
        geojson(features, {
          report: 'park-proximity',
          corridor_statuses: r.value.corridor_statuses,
          notes: r.value.notes,
          left_out: r.value.left_out,
        }),
      );
    }
    return 0;
  }

  // within
  const target: WithinTarget = args.kind
    ? { type: 'kind', kind: args.kind as CorridorKind }
    : args.corridor
      ? { type: 'corridor', id: args.corridor }
      : args.place
        ? { type: 'place', id: args.place }
        : { type: 'logistics', kind: args.logistics as LogisticsKind };
  const r = withinDistance(ctx, {
    target,
    km: args.km!,
    corridorStatuses: args.status,
    parkStatuses: args.parkStatus,
    zone: args.format === 'geojson',
  });
  if (!r.ok) return failed(r);
  const v = r.value;
  io.stderr(`${v.parks.length} park(s) within ${v.km} km of ${v.target_ids.join(', ')}.\n`);
  tellLeftOut(io, v.left_out);
  tellUnknownStatus(io, [], v.filtered_unknown_status_park_ids);
  const fields = [
    'park_id',
    'name_en',
    'status',
    'district_code',
    'distance_km',
    'nearest_target_id',
    'lon',
    'lat',
  ];
  const rows = v.parks.map((p) => [
    p.park.id,
    p.park.name_en,
    p.park.status,
    p.park.district_code,
    f3(p.distance_km),
    p.nearest.id,
    f6(p.park.point[0]),
    f6(p.park.point[1]),
  ]);
  if (args.format === 'csv') io.stdout(csv(fields, rows));
  else {
    const features: Feature[] = rows.map((row, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: v.parks[i]!.park.point },
      properties: Object.fromEntries(fields.map((f, j) => [f, plain(row[j])])),
    }));
    if (v.zone) features.push({ ...v.zone, properties: { role: 'zone', km: v.km, method: v.zone_method } });
    io.stdout(
      geojson(features, {
        report: 'within',
        target: v.target,
        target_ids: v.target_ids,
        km: v.km,
        notes: v.notes,
        left_out: v.left_out,
      }),
    );
  }
  return 0;
}

/** One stderr line per feature the analysis left out, naming it and the reason. */
function tellLeftOut(io: CliIo, leftOut: LeftOutFeature[]): void {
  if (leftOut.length === 0) return;
  io.stderr(`${leftOut.length} feature(s) left out:\n${leftOut.map((e) => `  ${e.message}\n`).join('')}`);
}

function tellUnknownStatus(io: CliIo, shown: string[], filtered: string[]): void {
  if (shown.length > 0) io.stderr(`Parks with status 'unknown' (no status): ${shown.join(', ')}.\n`);
  if (filtered.length > 0)
    io.stderr(
      `Parks with status 'unknown' not included by --park-status (add 'unknown' to include them): ${filtered.join(', ')}.\n`,
    );
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`analysis: ${(err as Error)?.stack ?? String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
