// The app's chart description: plain, JSON-serialisable data (no functions), so a chart can be built
// anywhere (a store, a worker, a test) and drawn by the one wrapper, Chart.tsx. Every chart of the app
// (time slider, investors' comparisons) is one of these.
import type { NumberQualifier } from '../../data/schema';

export type ChartKind = 'line' | 'bar' | 'stacked-bar';

export interface ChartSeries {
  /** The series' name in the user's language (legend and table header). */
  label: string;
  /** One value per label; null = unknown (a gap in the chart, "Unknown" in the table). */
  values: (number | null)[];
  /** A CSS colour (#rrggbb or rgb()); take it from the app's palettes, not ad hoc. */
  color: string;
  /** Optional, one per value: shown in the table as "≈ …" / "> …"; null or absent: exact. */
  qualifiers?: (NumberQualifier | null)[];
}

export interface ChartSpec {
  kind: ChartKind;
  /** The chart's name: the canvas' accessible name and the table's caption. */
  title: string;
  /** The categories along the x axis, already in the user's language. */
  labels: string[];
  series: ChartSeries[];
  /** Axis titles in the user's language; `x` also heads the table's first column. */
  axes: { x: string; y: string };
  /** Numbers are written by the locale formatter (useT().num) with at most `digits` decimals
   *  (default 0), followed by `unit` when given ("1.234 ha"). */
  format?: { digits?: number; unit?: string };
  /** Index of one label to emphasise (the time slider's year): larger points or a darker bar. */
  highlight?: number | null;
}

/** A number as the chart and its table write it: the locale's digits, then the unit. */
export function formatValue(
  value: number,
  spec: Pick<ChartSpec, 'format'>,
  num: (v: number, digits?: number) => string,
): string {
  const n = num(value, spec.format?.digits ?? 0);
  return spec.format?.unit ? `${n} ${spec.format.unit}` : n;
}
