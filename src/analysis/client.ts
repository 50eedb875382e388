// Main-thread client for the analysis worker. Packed layers are transferred (their buffers move to
// the worker: pack again from the features to load once more). Long jobs take an AbortSignal.
//
//   const analysis = createAnalysisClient();
//   await analysis.load(packLayers({ districts, parks, corridors, places }));
//   const r = await analysis.parkProximity({ corridorStatuses: ['existing'] }, { signal, onProgress });
//   if (!r.ok) showError(t(r.messageKey));
import { proxy, type Remote, transfer, wrap } from 'comlink';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { BinaryChunk } from '../data/binary/types';
import type { AnalysisApi, LoadSummary } from './api';
import type { DistrictAreaOptions, DistrictAreaReport, FeatureAreaResult } from './areas';
import type { Progress } from './cancel';
import type { Measurement } from './measure';
import type { ChunkNearestReport, NearestCorridorRow } from './nearest-corridor';
import { type PackedLayers, transferablesOf } from './pack';
import type { ParkDistancesReport } from './park-distances';
import type { SiteFactsOptions, SiteScoreReport } from './park-facts';
import type { ParkProximityOptions, ParkProximityReport } from './proximity';
import { type AnalysisResult, fail } from './result';
import type { SiteWeights } from './site-weights';
import type { AreaSums, UserDistrictAreaReport } from './user-district-areas';
import type { ChunkAreaReport } from './user-district-areas-chunk';
import type { ChunkWithinReport, UserWithinReport } from './user-within';
import type { WhereAmI, WhereAmIOptions } from './where';
import type { WithinOptions, WithinReport } from './within';

export interface AnalysisClient {
  load(layers: PackedLayers): Promise<LoadSummary>;
  districtAreas(options?: DistrictAreaOptions): Promise<AnalysisResult<DistrictAreaReport>>;
  featureArea(layer: 'districts' | 'parks', id: string): Promise<AnalysisResult<FeatureAreaResult>>;
  parkProximity(
    options?: ParkProximityOptions,
    work?: { signal?: AbortSignal; onProgress?: (p: Progress) => void },
  ): Promise<AnalysisResult<ParkProximityReport>>;
  within(options: WithinOptions): Promise<AnalysisResult<WithinReport>>;
  nearestCorridors(
    points: [number, number][],
    corridorId?: string,
  ): Promise<AnalysisResult<NearestCorridorRow[]>>;
  whereAmI(point: [number, number], options?: WhereAmIOptions): Promise<AnalysisResult<WhereAmI>>;
  measure(geometry: Geometry | Feature): Promise<AnalysisResult<Measurement>>;
  siteScore(weights: SiteWeights, options?: SiteFactsOptions): Promise<AnalysisResult<SiteScoreReport>>;
  parkDistances(): Promise<AnalysisResult<ParkDistancesReport>>;
  userWithin(
    geometries: (Geometry | null)[],
    corridorId: string | undefined,
    km: number,
  ): Promise<AnalysisResult<UserWithinReport>>;
  userWithinChunk(
    chunk: BinaryChunk,
    corridorId: string | undefined,
    km: number,
  ): Promise<AnalysisResult<ChunkWithinReport>>;
  userWithinZone(
    corridorId: string | undefined,
    km: number,
  ): Promise<AnalysisResult<Feature<Polygon | MultiPolygon> | null>>;
  userDistrictAreas(geometries: (Geometry | null)[]): Promise<AnalysisResult<UserDistrictAreaReport>>;
  userDistrictAreasChunk(
    chunk: BinaryChunk,
    carry: AreaSums | null,
  ): Promise<AnalysisResult<ChunkAreaReport>>;
  userNearestChunk(chunk: BinaryChunk, corridorId?: string): Promise<AnalysisResult<ChunkNearestReport>>;
  terminate(): void;
}

let jobCounter = 0;

/** Wraps any Comlink endpoint exposing AnalysisApi (tests pass their own; the default is the worker). */
export function createAnalysisClient(
  worker: Worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
): AnalysisClient {
  const api: Remote<AnalysisApi> = wrap<AnalysisApi>(worker);
  const safe = async <T>(call: () => Promise<AnalysisResult<T>>): Promise<AnalysisResult<T>> => {
    try {
      return await call();
    } catch (err) {
      return fail('internal', `The analysis worker failed: ${(err as Error)?.message ?? String(err)}`);
    }
  };
  return {
    load: (layers) => api.load(transfer(layers, transferablesOf(layers))),
    districtAreas: (options) => safe(() => api.districtAreas(options)),
    featureArea: (layer, id) => safe(() => api.featureArea(layer, id)),
    parkProximity: (options, work = {}) =>
      safe(async () => {
        const { signal, onProgress } = work;
        if (signal?.aborted) return fail('cancelled', 'The analysis was cancelled.');
        const jobId = `job-${++jobCounter}`;
        const onAbort = () => void api.cancel(jobId);
        signal?.addEventListener('abort', onAbort, { once: true });
        try {
          return await api.parkProximity(options, jobId, onProgress ? proxy(onProgress) : undefined);
        } finally {
          signal?.removeEventListener('abort', onAbort);
        }
      }),
    within: (options) => safe(() => api.within(options)),
    nearestCorridors: (points, corridorId) => safe(() => api.nearestCorridors(points, corridorId)),
    whereAmI: (point, options) => safe(() => api.whereAmI(point, options)),
    measure: (geometry) => safe(() => api.measure(geometry)),
    siteScore: (weights, options) => safe(() => api.siteScore(weights, options)),
    parkDistances: () => safe(() => api.parkDistances()),
    userWithin: (geometries, corridorId, km) => safe(() => api.userWithin(geometries, corridorId, km)),
    // Copied, not transferred: the map keeps drawing the chunk.
    userWithinChunk: (chunk, corridorId, km) => safe(() => api.userWithinChunk(chunk, corridorId, km)),
    userWithinZone: (corridorId, km) => safe(() => api.userWithinZone(corridorId, km)),
    userDistrictAreas: (geometries) => safe(() => api.userDistrictAreas(geometries)),
    userDistrictAreasChunk: (chunk, carry) => safe(() => api.userDistrictAreasChunk(chunk, carry)),
    userNearestChunk: (chunk, corridorId) => safe(() => api.userNearestChunk(chunk, corridorId)),
    terminate: () => worker.terminate(),
  };
}
