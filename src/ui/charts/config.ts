// A ChartSpec as a chart.js configuration. Type-only imports of chart.js, so this module (and its
// test) never loads the library; chartjs.ts, imported lazily, does.
import type { ChartConfiguration } from 'chart.js';
import { type ChartSpec, formatValue } from './spec';

/**
 * The chart.js configuration of `spec`: numbers through the app's locale formatter `num`, no
 * animation when the user asks for reduced motion, fixed size from the container (responsive).
 */
export function chartConfig(
  spec: ChartSpec,
  num: (v: number, digits?: number) => string,
  reducedMotion: boolean,
): ChartConfiguration<'line' | 'bar', (number | null)[], string> {
  const stacked = spec.kind === 'stacked-bar';
  const fmt = (v: number) => formatValue(v, spec, num);
  return {
    type: spec.kind === 'line' ? 'line' : 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s) => ({
        label: s.label,
        data: s.values,
        borderColor: s.color,
        backgroundColor: s.color,
        borderWidth: 2,
        pointRadius:
          spec.kind === 'line' ? spec.labels.map((_, i) => (i === spec.highlight ? 6 : 2)) : undefined,
        spanGaps: false,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 200 },
      plugins: {
        legend: { display: spec.series.length > 1 },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label ?? ''}: ${fmt(Number(c.parsed.y))}` } },
      },
      scales: {
        x: {
          stacked,
          title: { display: true, text: spec.axes.x },
          // A bar is a category that needs its name (the investors' "Year unknown" bar sits after
          // many years): bar charts show every label, turned up to vertical; lines may skip some.
          ticks: spec.kind === 'line' ? {} : { autoSkip: false, maxRotation: 90 },
        },
        y: {
          stacked,
          beginAtZero: true,
          title: { display: true, text: spec.axes.y },
          ticks: { callback: (v) => num(Number(v), spec.format?.digits ?? 0) },
        },
      },
    },
  };
}
