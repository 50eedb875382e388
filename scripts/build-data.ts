// `npm run data`: builds the five FlatGeobuf layers, catalog.json, the offline basemap and the
// validation report from the boundary sources (scripts/sources.json) and the curated data
// (data/curated/). Any validation error stops the build before anything is published: the report is
// still written to data/build/report.txt and the process exits non-zero.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import turfArea from '@turf/area';
import turfBbox from '@turf/bbox';
import type { Feature, FeatureCollection } from 'geojson';
import { readFeatureCollection, writeFeatures } from '../src/data/fgb/index.ts';
import type { Bbox, Catalog, CatalogLayer, CuratedLayerId } from '../src/data/schema.ts';
import { buildBasemap } from '../tiles/basemap.ts';
import { buildGlyphs } from '../tiles/glyphs.ts';
import { catalogText } from './catalog-text.ts';
import { type CuratedData, loadCurated } from './curated.ts';
import { computeInputHash } from './input-hash.ts';
import {
  type AppliedCorrection,
  buildContext,
  buildCorridors,
  buildDistricts,
  buildParks,
  buildPlaces,
  CONTEXT_SIMPLIFY_TOLERANCE,
  type LeftOut,
  toMultiPolygon,
} from './layers.ts';
import { BUILD_DIR, REFERENCE_DIR, REPO_ROOT, TILES_BUILD_DIR } from './lib/paths.ts';
import { type BuildReport, summaryText, writeReport } from './report.ts';
import { type DvhcvnProvince, locateSource, MANIFEST, SourceError } from './sources.ts';
import {
  type AreaComparison,
  checkProvinceArea,
  compareAreas,
  DISTRICT_AREA_TOLERANCE_PCT,
  districtAreaIssues,
  districtSetIssues,
} from './validate/areas.ts';
import { validateGeometry } from './validate/geometry.ts';
import { checkFootprintArea, checkParksInDistricts, footprintOverlaps } from './validate/parks.ts';
import { validateProperties } from './validate/properties.ts';
import { doubtedExactIssues, hiddenQualifierIssues, qualifiedValues } from './validate/qualifiers.ts';
import { crossCheckReference } from './validate/reference.ts';
import { textPairs, translationIssues } from './validate/translations.ts';
import { errorsOf, type Issue, issue, regionFor } from './validate/types.ts';

const MAIN_PROVINCE = '74';
const CONTEXT_PROVINCES = ['74', '70', '72', '75', '79'];
const CONTEXT_DISTRICTS_OF = ['79'];
const EXPECTED_DISTRICTS = ['718', '719', '720', '721', '722', '723', '724', '725', '726'];
interface Layers {
  context: Feature[];
  districts: Feature[];
  corridors: Feature[];
  parks: Feature[];
  places: Feature[];
}

function emptyReport(inputHash: string): BuildReport {
  return {
    ok: false,
    built_at: new Date().toISOString(),
    input_hash: inputHash,
    sources: [],
    districts: [],
    district_tolerance_pct: DISTRICT_AREA_TOLERANCE_PCT,
    province: null,
    parks: [],
    reference_check: { skipped: true, message: 'Reference cross-check not run.', checked: 0 },
    left_out: [],
    corrections: [],
    counts: {},
    outputs: [],
    notes: [],
    errors: [],
    warnings: [],
  };
}

async function loadSources(report: BuildReport): Promise<Map<string, DvhcvnProvince>> {
  const out = new Map<string, DvhcvnProvince>();
  for (const entry of MANIFEST.sources) {
    const located = await locateSource(entry, MANIFEST, { log: (l) => console.log(l) });
    const data = JSON.parse(located.bytes.toString('utf8')) as DvhcvnProvince;
    if (data.level1_id !== entry.id || !Array.isArray(data.level2s)) {
      throw new SourceError(`${located.path}: not a dvhcvn level-1 file for ${entry.id}.`);
    }
    out.set(entry.id, data);
    report.sources.push({
      file: entry.file,
      path: relative(REPO_ROOT, located.path) || located.path,
      origin: located.origin,
      sha256: entry.sha256,
    });
  }
  return out;
}

function validateLayers(layers: Layers): Issue[] {
  const issues: Issue[] = [];
  for (const [layer, features] of Object.entries(layers) as [CuratedLayerId, Feature[]][]) {
    if (features.length === 0) issues.push(issue('layer.empty', layer, '-', 'the layer has no features'));
    for (const f of features) {
      const id = String((f.properties as { id?: unknown } | null)?.id ?? '?');
      issues.push(...validateGeometry(layer, id, f.geometry, regionFor(layer, f.properties)));
    }
    issues.push(...validateProperties(layer, features));
  }
  return issues;
}

export async function buildData(): Promise<BuildReport> {
  const inputHash = computeInputHash();
  const report = emptyReport(inputHash);
  const issues: Issue[] = [];
  const leftOut: LeftOut[] = [];
  const corrections: AppliedCorrection[] = [];

  let curated: CuratedData;
  let sources: Map<string, DvhcvnProvince>;
  try {
    curated = loadCurated();
    sources = await loadSources(report);
  } catch (err) {
    report.errors.push(issue('input', 'inputs', '-', (err as Error).message));
    return report;
  }
  const main = sources.get(MAIN_PROVINCE)!;

  // --- layers -------------------------------------------------------------------------------------
  const districts = buildDistricts(main, curated);
  corrections.push(...districts.applied);
  for (const d of curated.districts) {
    const sourceName = districts.sourceNames.get(d.code);
    if (sourceName !== d.name_2020) {
      issues.push(
        issue(
          'districts.name_2020',
          'districts',
          d.code,
          `name_2020 "${d.name_2020}" ≠ the source's name "${sourceName ?? '(absent)'}"`,
        ),
      );
    }
  }
  const context = buildContext(
    CONTEXT_PROVINCES.map((id) => sources.get(id)!),
    CONTEXT_DISTRICTS_OF,
    {
      code: curated.province.code,
      area_km2_official: curated.province.area_km2_official,
      area_official_qualifier: curated.province.area_official_qualifier,
      area_official_source: curated.province.area_official_source,
    },
  );
  const parks = buildParks(curated);
  const corridors = buildCorridors(curated);
  const places = buildPlaces(curated);
  for (const r of [parks, corridors, places]) {
    leftOut.push(...r.leftOut);
    corrections.push(...r.applied);
  }
  const layers: Layers = {
    context: context,
    districts: districts.features,
    corridors: corridors.features,
    parks: parks.features,
    places: places.features,
  };

  // --- validation ---------------------------------------------------------------------------------
  issues.push(...validateLayers(layers));
  issues.push(
    ...districtSetIssues(
      EXPECTED_DISTRICTS,
      districts.features.map((f) => f.properties.code),
    ),
  );
  const comparisons: AreaComparison[] = compareAreas(
    districts.features.map((f) => ({
      id: f.properties.code,
      name: f.properties.name_vi,
      official_km2: f.properties.area_km2_official,
      computed_km2: turfArea(f.geometry) / 1e6,
    })),
  );
  report.districts = comparisons;
  issues.push(...districtAreaIssues(comparisons));
  const province = checkProvinceArea(
    curated.province.area_km2_official,
    curated.districts.map((d) => d.area_km2_official),
    turfArea(toMultiPolygon(main)) / 1e6,
  );
  report.province = province.check;
  issues.push(...province.issues);

  const districtPolys = districts.features.map((f) => ({
    code: f.properties.code,
    name: f.properties.name_vi,
    geometry: f.geometry,
  }));
  const included = curated.parks.filter((p) => p.include && p.lat !== null && p.lon !== null);
  const parkCheck = checkParksInDistricts(
    included.map((p) => ({ id: p.id, district_code: p.district_code, lon: p.lon!, lat: p.lat! })),
    districtPolys,
  );
  issues.push(...parkCheck.issues);
  const nameOf = (code: string) => districtPolys.find((d) => d.code === code)?.name ?? '?';
  report.parks = parkCheck.checks.map((c) => ({
    ...c,
    district_name: nameOf(c.district_code),
    found_names: c.found_in.map(nameOf),
  }));
  for (const f of parks.features) {
    const { id, area_ha } = f.properties;
    if (area_ha !== null && f.geometry.type === 'Polygon') {
      issues.push(...checkFootprintArea(id, f.geometry, area_ha));
    } else if (area_ha !== null) {
      issues.push(
        issue('parks.footprint_area', 'parks', id, 'a park with a known area must be drawn as a footprint'),
      );
    }
  }
  issues.push(
    ...footprintOverlaps(
      included
        .filter((p) => p.area_ha !== null)
        .map((p) => ({ id: p.id, lon: p.lon!, lat: p.lat!, area_ha: p.area_ha! })),
    ),
  );
  for (const f of corridors.features) {
    const { id, length_km_reported, length_km_computed } = f.properties;
    if (length_km_reported !== null && length_km_computed > length_km_reported * 1.5) {
      issues.push(
        issue(
          'corridors.length',
          'corridors',
          id,
          `drawn line ${length_km_computed} km is much longer than the reported ${length_km_reported} km (${f.properties.length_reported_scope})`,
          'warning',
        ),
      );
    }
  }
  issues.push(...hiddenQualifierIssues(qualifiedValues(curated)));
  issues.push(...doubtedExactIssues(qualifiedValues(curated)));
  issues.push(...translationIssues(textPairs(curated)));
  const ref = crossCheckReference(curated, REFERENCE_DIR);
  report.reference_check = { skipped: ref.skipped, message: ref.message, checked: ref.checked };
  issues.push(...ref.issues);

  report.left_out = leftOut;
  report.corrections = corrections;
  report.counts = Object.fromEntries(Object.entries(layers).map(([k, v]) => [k, v.length]));
  report.notes.push(
    `context: province outlines and HCMC districts simplified with Douglas–Peucker, tolerance ${CONTEXT_SIMPLIFY_TOLERANCE}° (≈${Math.round(CONTEXT_SIMPLIFY_TOLERANCE * 111_000)} m); districts keep the full official geometry.`,
    'parks: a schematic circle (64-gon) with the stated area around the estimated centroid; a point when the area is unknown.',
    'places: geometry_quality is approximate for high/medium location confidence, schematic for low.',
    'corridors: waypoints join with straight segments, so drawn lengths run short of road lengths; the reported figure may cover another extent (see length_reported_scope).',
  );
  report.errors = errorsOf(issues);
  report.warnings = issues.filter((i) => i.severity === 'warning');
  if (report.errors.length > 0) return report;

  // --- write --------------------------------------------------------------------------------------
  mkdirSync(BUILD_DIR, { recursive: true });
  const builtAt = report.built_at;
  const catalogLayers: CatalogLayer[] = [];
  for (const id of ['context', 'districts', 'corridors', 'parks', 'places'] as CuratedLayerId[]) {
    const features = layers[id];
    // With a packed Hilbert R-tree (node size 16, as GDAL writes): readable by bounding box over
    // HTTP Range. Features are stored in the index's order, not the curated order.
    const bytes = writeFeatures(features, { name: id });
    const file = `${id}.fgb`;
    writeFileSync(resolve(BUILD_DIR, file), bytes);
    // Read back what was written and validate that, not only the in-memory features.
    const { header, collection } = await readFeatureCollection(bytes);
    if (!header?.hasIndex || collection.features.length !== features.length) {
      report.errors.push(
        issue(
          'write.roundtrip',
          id,
          '-',
          `read back ${collection.features.length} of ${features.length} features${header?.hasIndex ? '' : ', no spatial index'}`,
        ),
      );
      continue;
    }
    report.errors.push(
      ...errorsOf(validateProperties(id, collection.features)).map((e) => ({
        ...e,
        rule: `roundtrip.${e.rule}`,
      })),
    );
    const bbox = turfBbox(collection as FeatureCollection) as number[];
    catalogLayers.push({
      id,
      ...catalogText(id),
      geometry_type: header.geometryType,
      file,
      feature_count: collection.features.length,
      bbox: bbox.slice(0, 4).map((n) => Math.round(n * 1e6) / 1e6) as Bbox,
      built_at: builtAt,
    });
    report.outputs.push({
      path: `data/build/${file}`,
      bytes: bytes.length,
      features: features.length,
      geometry_type: header.geometryType,
    });
  }
  if (report.errors.length > 0) return report;

  // Basemap (tiles/build/) from the validated layers.
  const basemap = buildBasemap({
    context: context,
    districts: districts.features,
    corridors: corridors.features,
  });
  rmSync(resolve(TILES_BUILD_DIR, 'basemap'), { recursive: true, force: true });
  const writeTile = (rel: string, data: unknown) => {
    const path = resolve(TILES_BUILD_DIR, rel);
    mkdirSync(dirname(path), { recursive: true });
    const text = JSON.stringify(data, roundCoords);
    writeFileSync(path, text);
    report.outputs.push({ path: `tiles/build/${rel}`, bytes: Buffer.byteLength(text) });
  };
  for (const [rel, data] of Object.entries(basemap.files)) writeTile(rel, data);
  writeTile('labels.geojson', basemap.labels);
  writeTile('style.json', basemap.style);
  // Label glyphs from the bundled font (a few seconds; rebuilt with the rest when an input changes).
  const glyphs = buildGlyphs(resolve(TILES_BUILD_DIR, 'fonts'));
  report.outputs.push({ path: `tiles/build/fonts/ (${glyphs.files} glyph files)`, bytes: glyphs.bytes });

  const bd = main.bbox;
  const catalog: Catalog = {
    version: 1,
    built_at: builtAt,
    input_hash: inputHash,
    province_bbox: [bd[0], bd[1], bd[2], bd[3]].map((n) => Math.round(n * 1e6) / 1e6) as Bbox,
    layers: catalogLayers,
  };
  const catalogJson = `${JSON.stringify(catalog, null, 2)}\n`;
  report.outputs.push({ path: 'data/build/catalog.json', bytes: Buffer.byteLength(catalogJson) });
  report.ok = true;
  // The catalog is written last: its presence (with the input hash) marks a complete build.
  writeReport(report);
  writeFileSync(resolve(BUILD_DIR, 'catalog.json'), catalogJson);
  return report;
}

/** JSON replacer that rounds non-integer numbers (coordinates) to 6 decimals (≈0.1 m). */
function roundCoords(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1e6) / 1e6 : value;
}

/**
 * Builds the data and prints its report; returns the exit code (0 when it passed). `summary` (for
 * `npm start`, `build`, `test` and `analysis`, through ensure-data.ts): a passing build prints two lines —
 * what was built, the warnings' count, where the report is — instead of the whole report (≈ 100
 * lines that pushed the dev server's address off the screen); a failing one still prints it all.
 */
export async function main({ summary = false }: { summary?: boolean } = {}): Promise<number> {
  let report: BuildReport;
  try {
    report = await buildData();
  } catch (err) {
    report = emptyReport('');
    report.errors.push(issue('internal', 'build', '-', (err as Error).stack ?? String(err)));
  }
  if (!report.ok) {
    // A failed build must not leave an older catalog that ensure-data would take as current.
    rmSync(resolve(BUILD_DIR, 'catalog.json'), { force: true });
  }
  const text = writeReport(report);
  const where = relative(process.cwd(), resolve(BUILD_DIR, 'report.txt'));
  process.stdout.write(summary && report.ok ? summaryText(report, where) : text);
  if (!report.ok) process.stderr.write(`Data build FAILED: see ${where}\n`);
  return report.ok ? 0 : 1;
}

const invokedDirectly =
  process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'build-data.ts');
if (invokedDirectly) {
  main().then((code) => process.exit(code));
}
