// Public surface of the analysis core (pure, no UI/map imports). Node-only loading lives in
// node-data.ts; the worker in worker.ts / client.ts.
export { type AnalysisApi, createAnalysisApi, type LoadSummary } from './api';
export {
  type AreaBreakdown,
  type DistrictAreaOptions,
  type DistrictAreaReport,
  type DistrictAreaRow,
  districtAreas,
  type FeatureAreaResult,
  featureArea,
  type StatusArea,
} from './areas';
export { type CancelSignal, CancelToken, type LongWorkOptions, type Progress } from './cancel';
export { type AnalysisContext, type CorridorHit, createContext, type ParkRef } from './context';
export { EARTH_RADIUS_KM, haversineKm, pointSegmentKm } from './geo';
export { type LineHit, LineIndex } from './line-index';
export { LOGISTICS_KIND_BY_ID, LOGISTICS_KINDS, type LogisticsKind, logisticsKindOf } from './logistics';
export { type Measurement, measureGeometry, polygonKinks } from './measure';
export { type LayerCollections, type PackedLayers, packLayers, transferablesOf } from './pack';
export {
  DISTANCE_TARGETS,
  parkSiteFacts,
  SITE_SCORE_NOTES,
  type SiteFactsOptions,
  type SiteFactsReport,
  type SiteScoreReport,
  siteScoreReport,
  type UnavailableDistance,
} from './park-facts';
export { type PointHit, PointIndex } from './point-index';
export { PolygonIndex } from './polygon-index';
export {
  type ParkProximityOptions,
  type ParkProximityReport,
  type ParkProximityRow,
  type PlaceHit,
  parkProximity,
  parkProximityAsync,
} from './proximity';
export {
  ANALYSIS_ERRORS,
  type AnalysisError,
  type AnalysisErrorKey,
  type AnalysisResult,
  MAX_DISTANCE_KM,
} from './result';
export {
  type CriterionRange,
  type CriterionScore,
  DISTANCE_CAP_KM,
  DISTANCE_CRITERIA,
  type ParkSiteFacts,
  type SiteScoreRow,
  type SiteScores,
  type SiteTarget,
  STATUS_SCALE,
  siteScores,
} from './site-score';
export {
  DEFAULT_SITE_WEIGHTS,
  formatSiteWeights,
  isSiteCriterion,
  MAX_SITE_WEIGHT,
  parseSiteWeights,
  SITE_CRITERIA,
  type SiteCriterion,
  type SiteWeights,
  validSiteWeights,
  type WeightsError,
} from './site-weights';
export { type WhereAmI, type WhereAmIOptions, whereAmI } from './where';
export {
  type WithinOptions,
  type WithinReport,
  type WithinRow,
  type WithinTarget,
  withinDistance,
} from './within';
