// The analysis command line's arguments: the help text and one parser that refuses anything it
// does not understand with a UsageError (exit 2), so a typo never runs a different report.
import { resolve } from 'node:path';
import { LOGISTICS_KINDS } from '../../src/analysis/logistics';
import { type AnalysisLayerName, DEFAULT_BUILD_DIR } from '../../src/analysis/node-data';
import { ANALYSIS_PARK_STATUSES, type AnalysisParkStatus } from '../../src/analysis/pack';
import { parseSiteWeights, type SiteWeights } from '../../src/analysis/site-weights';
import { CORRIDOR_KINDS, CORRIDOR_STATUSES, type CorridorStatus } from '../../src/data/schema';
import { parsePlainDecimal } from '../../src/state/hash-reader';

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

export class UsageError extends Error {}

export interface Args {
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
        // Plain decimals only, as in links: Number() would take "0x10" as 16 and "1e1" as 10.
        const km = parsePlainDecimal(raw);
        if (km === undefined) {
          const hint = /^-?\d+,\d+$/.test(raw) ? ` Use a dot for decimals: ${raw.replace(',', '.')}.` : '';
          throw new UsageError(`--km must be a plain decimal number (got "${raw}").${hint}`);
        }
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
