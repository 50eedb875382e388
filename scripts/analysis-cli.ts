// `npm run -s analysis -- <report> [options]`: analysis reports on the built layers, on stdout only
// (CSV by default, or GeoJSON). Messages go to stderr. Exit 0 ok, 2 bad arguments, 1 other failure.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature } from 'geojson';
import { districtAreas } from '../src/analysis/areas';
import { createContext } from '../src/analysis/context';
import { LOGISTICS_KINDS, type LogisticsKind } from '../src/analysis/logistics';
import { loadBuiltLayers } from '../src/analysis/node-data';
import { ANALYSIS_PARK_STATUSES } from '../src/analysis/pack';
import { parkProximity } from '../src/analysis/proximity';
import type { AnalysisError } from '../src/analysis/result';
import { type WithinTarget, withinDistance } from '../src/analysis/within';
import { isLocationProblem } from '../src/data/boundary';
import { CORRIDOR_KINDS, type CorridorKind } from '../src/data/schema';
import { type Args, HELP, parseArgs, UsageError } from './cli/args';
import { type CliIo, csv, f2, f3, f6, geojson, plain, tellLeftOut, tellUnknownStatus } from './cli/output';
import { siteScoreCommand } from './site-score-cli';

export type { CliIo };
export { HELP, parseArgs };

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
