// The app's one chart component (issue 8 §3; the investors' charts reuse it). It takes a plain
// ChartSpec (spec.ts), loads chart.js only when a chart is first shown (dynamic import of chartjs.ts:
// its own chunk, canvas, no eval, so it works offline and under a strict CSP) and always renders the
// same figures as a table for screen readers and keyboard users, in a <details> under the chart.
//
// Usage:
//   <Chart spec={{ kind: 'line', title, labels: ['2000', '2001'], axes: { x: 'Year', y: 'ha' },
//                  series: [{ label: 'Area', values: [10, null], color: '#5e3c99' }],
//                  format: { digits: 0, unit: 'ha' } }} />
// The wrapper's state is in `data-chart-state` (loading, ready, error); with an error the table
// stays and a short message says so.
import { useEffect, useMemo, useRef, useState } from 'react';
import { type MessageKey, shownQualifier, useT } from '../../i18n';
import { prefersReducedMotion } from '../fit';
import type { DrawnChart } from './chartjs';
import { chartConfig } from './config';
import { type ChartSpec, formatValue } from './spec';
import './charts.css';

export type { ChartKind, ChartSeries, ChartSpec } from './spec';

type ChartState = 'loading' | 'ready' | 'error';

export function Chart({ spec, className }: { spec: ChartSpec; className?: string }) {
  const f = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<DrawnChart | null>(null);
  const [state, setState] = useState<ChartState>('loading');
  const config = useMemo(() => chartConfig(spec, f.num, prefersReducedMotion()), [spec, f]);
  const configRef = useRef(config);
  configRef.current = config;

  useEffect(() => {
    let cancelled = false;
    import('./chartjs')
      .then(({ drawChart }) => {
        if (cancelled || !canvas.current) return;
        drawn.current = drawChart(canvas.current, configRef.current);
        setState('ready');
      })
      .catch(() => {
        if (!cancelled) setState('error');
      });
    return () => {
      cancelled = true;
      drawn.current?.destroy();
      drawn.current = null;
    };
  }, []);

  useEffect(() => {
    drawn.current?.update(config);
  }, [config]);

  const cell = (value: number | null, q: unknown) =>
    value === null
      ? f.t('info.unknown')
      : f.t(`number.${q == null ? 'exact' : shownQualifier(q)}` as MessageKey, {
          value: formatValue(value, spec, f.num),
        });

  return (
    <figure className={`chart ${className ?? ''}`} data-chart-state={state} data-chart-kind={spec.kind}>
      <div className="chart-canvas">
        <canvas ref={canvas} role="img" aria-label={spec.title} />
      </div>
      {state === 'loading' && <p className="chart-status">{f.t('chart.loading')}</p>}
      {state === 'error' && (
        <p className="chart-status" role="status">
          {f.t('chart.error')}
        </p>
      )}
      <details className="chart-table">
        <summary>{f.t('chart.table')}</summary>
        <table>
          <caption>{spec.title}</caption>
          <thead>
            <tr>
              <th scope="col">{spec.axes.x}</th>
              {spec.series.map((s) => (
                <th scope="col" key={s.label}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {spec.labels.map((label, i) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {spec.series.map((s) => (
                  <td key={s.label}>{cell(s.values[i] ?? null, s.qualifiers?.[i])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
