// The investors' three charts as ChartSpecs for the app's one chart wrapper (src/ui/charts/): pure,
// from the data of chart-data.ts and the locale's formatters, so a test can build them from the real
// layer without React. The wrapper draws each spec and renders the same figures as its table
// alternative; what a spec cannot carry (parks of unknown area, the nearest one's name) the view
// says in a note under the chart.
import type { Formatters, MessageKey } from '../../i18n';
import { css, PARK_FILL, STATUS_SAMPLE } from '../../map/colors';
import type { ChartSpec } from '../charts/spec';
import {
  type AreaByDistrict,
  CHART_STATUSES,
  type ChartStatus,
  type DistanceProfileItem,
  type ParksPerYear,
} from './chart-data';
import { distanceKindKey } from './model';

/** The status colours of the map and its legend (ColorBrewer PuOr, colour-blind-safe), opaque:
 *  a bar needs no see-through fill. A park of no known status is the legend's neutral grey. */
export function statusColor(s: ChartStatus): string {
  const c = s === 'unknown' ? STATUS_SAMPLE : PARK_FILL[s];
  return css([c[0], c[1], c[2], 255]);
}

/**
 * Stacked bars of stated park area (ha) per district, one series per status. A district–status
 * cell is the qualified sum of its parks' areas: exact 0 when it has no park, unknown (null, a gap,
 * "Unknown" in the table) when none of its parks states an area, "> …" when some do not. The
 * "unknown status" series is drawn only when a park has no known status.
 */
export function areaChartSpec(
  data: AreaByDistrict,
  f: Formatters,
  districtName: (code: string) => string,
): ChartSpec {
  const statuses = CHART_STATUSES.filter(
    (s) => s !== 'unknown' || data.bars.some((b) => b.area.unknown.value !== 0),
  );
  return {
    kind: 'stacked-bar',
    title: f.t('charts.area.title'),
    labels: data.bars.map((b) => (b.code ? districtName(b.code) || b.code : f.t('charts.area.noDistrict'))),
    axes: { x: f.t('charts.area.district'), y: f.t('charts.area.y') },
    series: statuses.map((s) => ({
      label: f.t(`status.${s}` as MessageKey),
      values: data.bars.map((b) => b.area[s].value),
      qualifiers: data.bars.map((b) => b.area[s].qualifier),
      color: statusColor(s),
    })),
    format: { digits: 0, unit: 'ha' },
  };
}

/**
 * Bars of parks established per year (every year from the first to the last known, gaps as 0),
 * then two bars that are never left out: planned parks without a year (not yet established) and
 * the other parks whose year no source gives.
 */
export function yearsChartSpec(data: ParksPerYear, f: Formatters): ChartSpec {
  return {
    kind: 'bar',
    title: f.t('charts.years.title'),
    labels: [
      ...data.years.map((y) => String(y.year)),
      f.t('charts.years.planned'),
      f.t('charts.years.unknown'),
    ],
    axes: { x: f.t('charts.years.x'), y: f.t('charts.years.count') },
    series: [
      {
        label: f.t('charts.years.count'),
        values: [...data.years.map((y) => y.count), data.plannedUnknown, data.unknown - data.plannedUnknown],
        color: statusColor('existing'),
      },
    ],
    format: { digits: 0 },
  };
}

/** Bars of one park's straight-line km to the nearest of each kind; unknown is a gap, never 0. */
export function profileChartSpec(
  park: string,
  items: readonly DistanceProfileItem[],
  f: Formatters,
): ChartSpec {
  return {
    kind: 'bar',
    title: f.t('charts.profile.title', { park }),
    labels: items.map((it) => f.t(distanceKindKey(it.kind))),
    axes: { x: f.t('charts.profile.kind'), y: f.t('charts.profile.y') },
    series: [
      {
        label: f.t('charts.profile.series'),
        values: items.map((it) => it.km),
        color: statusColor('existing'),
      },
    ],
    format: { digits: 1, unit: 'km' },
  };
}
