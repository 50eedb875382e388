// The pure part of the district choropleth (issue 8 §5): metric rows (district-metrics.ts) →
// classes (classify.ts) → the districts' features with the value added, a LayerStyle the renderer
// draws (fill by numeric classes, no data apart) and the legend's data. No language here: the
// legend carries numbers and ids, and the UI formats them (src/lib/legend.ts), so switching the
// language never restyles the map.
import type { Feature } from 'geojson';
import { type ClassMethod, classify } from '../analysis/classify';
import type { DistrictMetricId, DistrictMetricsRow } from '../analysis/district-metrics';
import type { NumberQualifier } from '../data/schema';
import { CURATED_DESCRIPTIONS } from '../layers/curated';
import type { LayerStyle } from '../layers/style';
import { NO_DATA_COLOR, type RampName, rampColors } from '../lib/color-ramps';

/** The property added to each district feature: the metric's value, or null for no data. */
export const CHOROPLETH_FIELD = 'choropleth_value';
/** The property added beside it: the value's qualifier ('exact', 'approximate', 'at_least') or null. */
export const CHOROPLETH_QUALIFIER_FIELD = 'choropleth_qualifier';
/** Fill opacity of the classes: the basemap's rivers and roads stay readable through them. */
export const CHOROPLETH_FILL_OPACITY = 0.8;
/**
 * The ramp of each metric when the settings name none: one hue family per kind of figure, so two
 * maps of different figures are not mistaken for each other. All ColorBrewer sequential,
 * colour-blind safe (color-ramps.ts).
 */
export const METRIC_RAMPS: Readonly<Record<DistrictMetricId, RampName>> = {
  area_km2: 'YlGnBu',
  population: 'Purples',
  density: 'Purples',
  park_area_ha: 'Blues',
  park_share_pct: 'Blues',
  park_count: 'Blues',
};

export interface ChoroplethSettings {
  metric: DistrictMetricId;
  method: ClassMethod;
  /** Requested classes, an integer 3–7 (fewer are drawn when the data has fewer distinct values). */
  classes: number;
  ramp?: RampName;
}

/** A district named in the legend's notes. */
export interface ChoroplethDistrict {
  id: string;
  name_vi: string;
  name_en: string;
}

export interface ChoroplethClass {
  /** The class's range in the metric's unit (member min/max; equal intervals: the interval edges). */
  lower: number;
  upper: number;
  /** Districts in the class (0 only for an empty equal interval). */
  count: number;
  color: string;
  /** A member's value is approximate ("≈"). */
  approximate: boolean;
  /** A member's value is a lower bound (">": the true value may lie above the class). */
  lowerBound: boolean;
  /** Ids of the member districts. */
  districts: string[];
}

export interface ChoroplethLegend {
  metric: DistrictMetricId;
  method: ClassMethod;
  requested: number;
  classes: ChoroplethClass[];
  /** Districts without a value (no source gives one), drawn in `color`; null when there are none. */
  noData: { color: string; count: number; districts: ChoroplethDistrict[] } | null;
  /** Districts whose value is approximate, and those whose value is a lower bound. */
  approximate: ChoroplethDistrict[];
  lowerBound: ChoroplethDistrict[];
}

export interface ChoroplethLayer {
  features: Feature[];
  style: LayerStyle;
  legend: ChoroplethLegend;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * Colours `districts` by `settings.metric` of `metricRows` (matched by the feature's `id`
 * property; a district without a row, or whose row has no value, is no data: never estimated).
 * Returns new feature objects with CHOROPLETH_FIELD and CHOROPLETH_QUALIFIER_FIELD added (the
 * inputs are not touched), the style (fill: classes rule whose breaks are the classes' upper
 * bounds; missing: no-data grey, dashed outline; outline and labels as the districts layer) and
 * the legend. Throws RangeError for a class count outside 3–7 (classify).
 */
export function choroplethLayer(
  districts: readonly Feature[],
  metricRows: readonly DistrictMetricsRow[],
  settings: ChoroplethSettings,
): ChoroplethLayer {
  const { metric, method, classes: requested } = settings;
  const rows = new Map(metricRows.map((r) => [r.id, r]));
  const ref = (f: Feature): ChoroplethDistrict => ({
    id: text(f.properties?.id),
    name_vi: text(f.properties?.name_vi),
    name_en: text(f.properties?.name_en),
  });
  const figures = districts.map((f) => {
    const q = rows.get(text(f.properties?.id))?.[metric];
    return q && q.value !== null && Number.isFinite(q.value)
      ? { value: q.value, qualifier: q.qualifier ?? ('approximate' as NumberQualifier) }
      : { value: null, qualifier: null };
  });
  const c = classify(
    figures.map((x) => x.value),
    { method, classes: requested, qualifiers: figures.map((x) => x.qualifier) },
  );
  const colors = c.bins.length > 0 ? rampColors(settings.ramp ?? METRIC_RAMPS[metric], c.bins.length) : [];
  const classList: ChoroplethClass[] = c.bins.map((b, i) => ({
    lower: b.lower,
    upper: b.upper,
    count: b.count,
    color: colors[i]!,
    approximate: false,
    lowerBound: false,
    districts: [],
  }));
  const approximate: ChoroplethDistrict[] = [];
  const lowerBound: ChoroplethDistrict[] = [];
  const noData: ChoroplethDistrict[] = [];
  const features = districts.map((f, i) => {
    const { value, qualifier } = figures[i]!;
    const cls = c.classOf[i];
    if (cls === null || cls === undefined) noData.push(ref(f));
    else {
      const k = classList[cls]!;
      k.districts.push(ref(f).id);
      if (qualifier === 'at_least') {
        k.lowerBound = true;
        lowerBound.push(ref(f));
      } else if (qualifier !== 'exact') {
        k.approximate = true;
        approximate.push(ref(f));
      }
    }
    return {
      ...f,
      properties: { ...f.properties, [CHOROPLETH_FIELD]: value, [CHOROPLETH_QUALIFIER_FIELD]: qualifier },
    };
  });
  // The districts' own look (outline, labels) with the classes as the fill: only the fill changes.
  const style: LayerStyle = {
    ...CURATED_DESCRIPTIONS.districts.style,
    fill: {
      color: {
        type: 'classes',
        field: CHOROPLETH_FIELD,
        breaks: classList.map((k) => k.upper),
        colors: classList.map((k) => k.color),
        missing: NO_DATA_COLOR,
      },
      opacity: CHOROPLETH_FILL_OPACITY,
    },
    missing: { field: CHOROPLETH_FIELD, color: NO_DATA_COLOR, dash: [2, 2] },
  };
  return {
    features,
    style,
    legend: {
      metric,
      method,
      requested,
      classes: classList,
      noData: noData.length > 0 ? { color: NO_DATA_COLOR, count: noData.length, districts: noData } : null,
      approximate,
      lowerBound,
    },
  };
}
