// The analysis API's questions about an imported layer (issue 10 §1–2): small layers send their
// GeoJSON geometries, large layers one binary chunk per call (a structured-clone copy: the map
// keeps drawing the chunk). None is cached: the inputs are large and change with the layer.
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { BinaryChunk } from '../data/binary/types';
import type { AnalysisContext } from './context';
import { type ChunkNearestReport, nearestCorridorOfChunk } from './nearest-corridor';
import { type AnalysisResult, fail } from './result';
import { type AreaSums, type UserDistrictAreaReport, userDistrictAreas } from './user-district-areas';
import { type ChunkAreaReport, userChunkDistrictAreas } from './user-district-areas-chunk';
import {
  type ChunkWithinReport,
  type UserWithinReport,
  userChunkWithin,
  userFeaturesWithin,
  userWithinZone,
} from './user-within';

export interface UserLayerApi {
  /**
   * An imported layer's features (any geometry, WGS 84) within km of a corridor (any corridor when
   * corridorId is undefined), by their exact least distance (user-within.ts).
   */
  userWithin(
    geometries: (Geometry | null)[],
    corridorId: string | undefined,
    km: number,
  ): AnalysisResult<UserWithinReport>;
  /** userWithin for one chunk of a large layer: rows carry layer-wide ordinals; the caller merges. */
  userWithinChunk(
    chunk: BinaryChunk,
    corridorId: string | undefined,
    km: number,
  ): AnalysisResult<ChunkWithinReport>;
  /**
   * The zone a userWithin answer is about, for drawing: the corridor (every corridor when
   * undefined) grown by km (user-within.ts's userWithinZone); null when none gives a polygon.
   */
  userWithinZone(
    corridorId: string | undefined,
    km: number,
  ): AnalysisResult<Feature<Polygon | MultiPolygon> | null>;
  /** Area of an imported layer's polygons per district, ha (user-district-areas.ts). */
  userDistrictAreas(geometries: (Geometry | null)[]): AnalysisResult<UserDistrictAreaReport>;
  /**
   * userDistrictAreas for one chunk of a large layer, continuing the previous chunk's sums (null
   * for the first); the report is the layer so far (user-district-areas-chunk.ts).
   */
  userDistrictAreasChunk(chunk: BinaryChunk, carry: AreaSums | null): AnalysisResult<ChunkAreaReport>;
  /** The nearest corridor of each Point feature of one chunk of a large layer (nearest-corridor.ts). */
  userNearestChunk(chunk: BinaryChunk, corridorId?: string): AnalysisResult<ChunkNearestReport>;
}

/** The user-layer questions over the context `current()` returns (null: not_loaded). */
export function createUserLayerApi(current: () => AnalysisContext | null): UserLayerApi {
  const notLoaded = () => fail('not_loaded', 'No data is loaded for analysis yet.');
  return {
    userWithin(geometries, corridorId, km) {
      const ctx = current();
      return ctx ? userFeaturesWithin(ctx, geometries, corridorId, km) : notLoaded();
    },
    userWithinChunk(chunk, corridorId, km) {
      const ctx = current();
      return ctx ? userChunkWithin(ctx, chunk, corridorId, km) : notLoaded();
    },
    userWithinZone(corridorId, km) {
      const ctx = current();
      return ctx ? userWithinZone(ctx, corridorId, km) : notLoaded();
    },
    userDistrictAreas(geometries) {
      const ctx = current();
      return ctx ? userDistrictAreas(ctx, geometries) : notLoaded();
    },
    userDistrictAreasChunk(chunk, carry) {
      const ctx = current();
      return ctx ? userChunkDistrictAreas(ctx, chunk, carry) : notLoaded();
    },
    userNearestChunk(chunk, corridorId) {
      const ctx = current();
      return ctx ? nearestCorridorOfChunk(ctx, chunk, corridorId) : notLoaded();
    },
  };
}
