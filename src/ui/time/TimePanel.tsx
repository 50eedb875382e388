// The time slider panel (issue 8 §3): a switch, the slider over the parks' establishment years
// (1990s → today → planned), what the chosen year shows (count and land, the year-unknown parks with
// their legend entry and count) and the cumulative area chart with the land it cannot place. The
// chart (and chart.js) loads only while the slider is on.
import { useEffect, useMemo } from 'react';
import type { Qualified } from '../../analysis/qualified';
import { type Formatters, useT } from '../../i18n';
import {
  type GrowthPark,
  growthParks,
  growthSeries,
  growthSummary,
  type ParkGroup,
  type YearStop,
  yearStops,
} from '../../lib/park-growth';
import { css, PARK_LINE } from '../../map/colors';
import { useLayers } from '../../state/layers';
import { useTime } from '../../state/time';
import { Chart, type ChartSpec } from '../charts/Chart';
import { prefersReducedMotion } from '../fit';
import { YEAR_UNKNOWN_STYLE } from './map-time';
import { stopIndex } from './slider-keys';
import { TimeSlider, useStopText } from './TimeSlider';
import './time.css';

/** One step of play: a slower pace when the user asks for reduced motion (stepping only). */
const PLAY_STEP_MS = 1200;
const PLAY_STEP_REDUCED_MS = 2500;

const area = (q: Qualified, f: Formatters) => f.qualified(q.value ?? 0, q.qualifier, 'ha');

/** "Year unknown: 18 parks, 5,585 ha" and what that sum leaves out. */
function GroupLine({ text, group, f }: { text: string; group: ParkGroup; f: Formatters }) {
  const apart = [
    group.unknownAreaIds.length > 0 ? f.t('time.unknownArea', { count: group.unknownAreaIds.length }) : '',
    group.notInTotalsIds.length > 0 ? f.t('time.notInTotals', { count: group.notInTotalsIds.length }) : '',
  ].filter(Boolean);
  return (
    <>
      {text}
      {apart.length > 0 && <span className="time-apart"> ({apart.join('; ')})</span>}
    </>
  );
}

function chartSpec(parks: GrowthPark[], stops: YearStop[], f: Formatters, label: (s: YearStop) => string) {
  const series = growthSeries(parks, stops);
  const spec: ChartSpec = {
    kind: 'line',
    title: f.t('time.chart.title'),
    labels: stops.map(label),
    axes: { x: f.t('time.chart.x'), y: f.t('time.chart.y') },
    series: [
      {
        label: f.t('time.chart.series'),
        values: series.map((p) => p.area.value),
        qualifiers: series.map((p) => p.area.qualifier),
        color: css(PARK_LINE.existing),
      },
    ],
    format: { digits: 0, unit: 'ha' },
  };
  return { spec, series };
}

export function TimePanel() {
  const f = useT();
  const text = useStopText();
  const features = useLayers((s) => s.layers.parks.features);
  const ready = useLayers((s) => s.layers.parks.status === 'ready');
  const { year, playing, setYear, setPlaying } = useTime();
  const parks = useMemo(() => growthParks(features), [features]);
  const stops = useMemo(() => yearStops(parks, new Date().getFullYear()), [parks]);
  const summary = useMemo(() => growthSummary(parks), [parks]);
  const { spec, series } = useMemo(() => chartSpec(parks, stops, f, text.label), [parks, stops, f, text]);
  const index = stopIndex(stops, year);
  const highlighted = useMemo(() => ({ ...spec, highlight: index }), [spec, index]);
  const on = year !== null;

  // Play: one stop per step until the last, then stop. No animation of its own, only steps.
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(
      () => {
        const { year: now } = useTime.getState();
        const i = stopIndex(stops, now);
        if (i >= stops.length - 1) useTime.getState().setPlaying(false);
        else useTime.getState().setYear(stops[i + 1]!);
      },
      prefersReducedMotion() ? PLAY_STEP_REDUCED_MS : PLAY_STEP_MS,
    );
    return () => clearInterval(timer);
  }, [playing, stops]);

  const play = (next: boolean) => {
    // Play from the start when the slider is off or already at its last stop.
    if (next && (!on || index >= stops.length - 1)) setYear(stops[0]!);
    setPlaying(next);
  };

  const point = series[index];
  const stop = stops[index] ?? 'planned';
  return (
    <section className="time-panel" aria-labelledby="time-title" data-testid="time-panel">
      <h2 id="time-title">{f.t('time.title')}</h2>
      <label className="time-enable">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => setYear(e.currentTarget.checked ? stops[index]! : null)}
        />
        {f.t('time.enable')}
      </label>
      <TimeSlider
        stops={stops}
        index={index}
        playing={playing}
        onIndex={(i) => setYear(stops[i]!)}
        onPlay={play}
        current={year}
      />
      {on && ready && point && (
        <ul className="time-summary" data-testid="time-summary">
          <li data-testid="time-shown" data-count={point.count}>
            <GroupLine
              f={f}
              group={point}
              text={f.t(stop === 'planned' ? 'time.shown.planned' : 'time.shown', {
                count: f.num(point.count),
                area: area(point.area, f),
              })}
            />
          </li>
          <li className="time-unknown" data-testid="time-unknown" data-count={summary.yearUnknown.count}>
            <span
              className="swatch swatch-area time-unknown-swatch"
              style={{ borderColor: YEAR_UNKNOWN_STYLE.color }}
              aria-hidden="true"
            />
            <span className="time-legend">{f.t('time.legend.unknown')}</span>{' '}
            <GroupLine
              f={f}
              group={summary.yearUnknown}
              text={f.t('time.unknown', {
                count: f.num(summary.yearUnknown.count),
                area: area(summary.yearUnknown.area, f),
              })}
            />
          </li>
          {stop !== 'planned' && summary.planned.count > 0 && (
            <li>
              <GroupLine
                f={f}
                group={summary.planned}
                text={f.t('time.plannedNote', {
                  count: f.num(summary.planned.count),
                  area: area(summary.planned.area, f),
                })}
              />
            </li>
          )}
        </ul>
      )}
      {on && ready && (
        <>
          <Chart spec={highlighted} className="time-chart" />
          <p className="time-unplaced" data-testid="time-unplaced">
            {f.t('time.chart.unplaced', {
              area: area(summary.yearUnknown.area, f),
              count: f.num(summary.yearUnknown.count),
              unknown: f.num(summary.yearUnknown.unknownAreaIds.length),
            })}
          </p>
        </>
      )}
    </section>
  );
}
