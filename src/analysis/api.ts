// The analysis API as one object: what the worker exposes through Comlink, usable directly in Node
// and tests. Results are cached per input (until the next `load`); long work (parkProximity) reports
// progress and can be cancelled by job id.
import type { Feature, Geometry } from 'geojson';
import {
  type DistrictAreaOptions,
  type DistrictAreaReport,
  districtAreas,
  type FeatureAreaResult,
  featureArea,
} from './areas';
import { CancelToken, type Progress } from './cancel';
import { type AnalysisContext, createContext } from './context';
import { type Measurement, measureGeometry } from './measure';
import { type NearestCorridorRow, nearestCorridorOfPoints } from './nearest-corridor';
import type { PackedLayers } from './pack';
import { type ParkDistancesReport, parkDistances } from './park-distances';
import { type SiteFactsOptions, type SiteScoreReport, siteScoreReport } from './park-facts';
import { type ParkProximityOptions, type ParkProximityReport, parkProximityAsync } from './proximity';
import { type AnalysisResult, fail } from './result';
import type { SiteWeights } from './site-weights';
import { createUserLayerApi, type UserLayerApi } from './user-api';
import { type WhereAmI, type WhereAmIOptions, whereAmI } from './where';
import { type WithinOptions, type WithinReport, withinDistance } from './within';

export interface LoadSummary {
  counts: { districts: number; parks: number; corridors: number; corridor_segments: number; places: number };
  build_ms: AnalysisContext['buildMs'];
  /** Logistics places whose sub-kind came from the name fallback (add them to the table). */
  logistics_by_name: string[];
}

export interface AnalysisApi extends UserLayerApi {
  load(layers: PackedLayers): LoadSummary;
  districtAreas(options?: DistrictAreaOptions): AnalysisResult<DistrictAreaReport>;
  featureArea(layer: 'districts' | 'parks', id: string): AnalysisResult<FeatureAreaResult>;
  parkProximity(
    options?: ParkProximityOptions,
    jobId?: string,
    onProgress?: (p: Progress) => void,
  ): Promise<AnalysisResult<ParkProximityReport>>;
  within(options: WithinOptions): AnalysisResult<WithinReport>;
  whereAmI(point: [number, number], options?: WhereAmIOptions): AnalysisResult<WhereAmI>;
  measure(geometry: Geometry | Feature): AnalysisResult<Measurement>;
  /**
   * Every park scored and ranked with `weights` (whole numbers 0–5; see site-score.ts), over all
   * parks whatever the filters, so the viewer filters the rows afterwards. Same as the CLI's.
   */
  siteScore(weights: SiteWeights, options?: SiteFactsOptions): AnalysisResult<SiteScoreReport>;
  /** The investors' explorer: each park's nearest feature of each kind (park-distances.ts). */
  parkDistances(): AnalysisResult<ParkDistancesReport>;
  /** The nearest corridor of each point ([lon, lat]) of any layer, an imported one included. */
  nearestCorridors(points: [number, number][], corridorId?: string): AnalysisResult<NearestCorridorRow[]>;
  /** Cancels a running parkProximity job (its promise resolves to error 'cancelled'). */
  cancel(jobId: string): void;
  clearCache(): void;
  cacheSize(): number;
}

const CACHE_LIMIT = 64;

export function createAnalysisApi(): AnalysisApi {
  let ctx: AnalysisContext | null = null;
  const cache = new Map<string, unknown>();
  const jobs = new Map<string, CancelToken>();

  function cached<T>(key: string, compute: () => AnalysisResult<T>): AnalysisResult<T> {
    if (!ctx) return fail('not_loaded', 'No data is loaded for analysis yet.');
    const hit = cache.get(key) as AnalysisResult<T> | undefined;
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const result = compute();
    if (result.ok || (result.error !== 'internal' && result.error !== 'cancelled')) remember(key, result);
    return result;
  }

  function remember(key: string, value: unknown): void {
    cache.set(key, value);
    while (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  }

  return {
    ...createUserLayerApi(() => ctx),
    load(layers) {
      ctx = createContext(layers);
      cache.clear();
      return {
        counts: {
          districts: layers.districts?.attrs.length ?? 0,
          parks: layers.parks?.attrs.length ?? 0,
          corridors: layers.corridors?.attrs.length ?? 0,
          corridor_segments: ctx.corridors?.segmentCount ?? 0,
          places: layers.places?.attrs.length ?? 0,
        },
        build_ms: ctx.buildMs,
        logistics_by_name: ctx.placeLogisticsByName,
      };
    },
    districtAreas(options = {}) {
      return cached(`districtAreas:${JSON.stringify(options)}`, () => districtAreas(ctx!, options));
    },
    featureArea(layer, id) {
      return cached(`featureArea:${layer}:${id}`, () => featureArea(ctx!, layer, id));
    },
    async parkProximity(options = {}, jobId, onProgress) {
      if (!ctx) return fail('not_loaded', 'No data is loaded for analysis yet.');
      const key = `parkProximity:${JSON.stringify(options)}`;
      const hit = cache.get(key) as AnalysisResult<ParkProximityReport> | undefined;
      if (hit) return hit;
      const token = new CancelToken();
      if (jobId) jobs.get(jobId)?.cancel();
      if (jobId) jobs.set(jobId, token);
      try {
        const result = await parkProximityAsync(ctx, options, { signal: token, onProgress });
        if (result.ok || (result.error !== 'internal' && result.error !== 'cancelled')) remember(key, result);
        return result;
      } finally {
        if (jobId && jobs.get(jobId) === token) jobs.delete(jobId);
      }
    },
    nearestCorridors(points, corridorId) {
      if (!ctx) return fail('not_loaded', 'No data is loaded for analysis yet.');
      return nearestCorridorOfPoints(ctx, points, corridorId);
    },
    within(options) {
      return cached(`within:${JSON.stringify(options)}`, () => withinDistance(ctx!, options));
    },
    whereAmI(point, options = {}) {
      return cached(`whereAmI:${JSON.stringify([point, options])}`, () => whereAmI(ctx!, point, options));
    },
    siteScore(weights, options = {}) {
      return cached(`siteScore:${JSON.stringify([weights, options])}`, () =>
        siteScoreReport(ctx!, weights, options),
      );
    },
    parkDistances() {
      return cached('parkDistances', () => parkDistances(ctx!));
    },
    measure(geometry) {
      // Not cached: drawings change with every vertex, and measuring is cheap.
      return measureGeometry(geometry);
    },
    cancel(jobId) {
      jobs.get(jobId)?.cancel();
    },
    clearCache() {
      cache.clear();
    },
    cacheSize() {
      return cache.size;
    },
  };
}
