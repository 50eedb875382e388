// The explorer's "Charts" view (issue 9 §4): park area by district and status, parks established
// per year (the parks of the explorer's filters) and one park's straight-line distance profile, each
// drawn by the app's one chart wrapper with its table alternative. Notes under the charts say what
// the bars leave out: parks of unknown area, parks left out of totals, parks without a year.
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { useLayers } from '../../state/layers';
import { Chart } from '../charts/Chart';
import { areaByDistrictStatus, parksPerYear } from './chart-data';
import { areaChartSpec, yearsChartSpec } from './chart-specs';
import { useDistrictName, useParkViews } from './hooks';
import { ProfileChart } from './ProfileChart';

export function ChartsView() {
  const f = useT();
  const features = useLayers((s) => s.layers.parks.features);
  const { passing } = useParkViews();
  const districtName = useDistrictName();
  const shown = useMemo(
    () => features.filter((x) => passing.has(String(x.properties?.id ?? ''))),
    [features, passing],
  );
  const area = useMemo(() => areaByDistrictStatus(shown), [shown]);
  const years = useMemo(() => parksPerYear(shown), [shown]);
  const areaSpec = useMemo(() => areaChartSpec(area, f, districtName), [area, f, districtName]);
  const yearsSpec = useMemo(() => yearsChartSpec(years, f), [years, f]);
  const nameOf = (id: string) => {
    const p = features.find((x) => x.properties?.id === id)?.properties;
    return (p && f.name(p)) || id;
  };
  const unknownArea = area.bars.flatMap((b) => b.unknownAreaIds);

  return (
    <div className="charts-view" data-testid="charts-view">
      <p className="charts-scope" data-testid="charts-scope">
        {f.t('charts.scope', { shown: shown.length, total: features.length })}
      </p>
      <section aria-labelledby="chart-area-title" data-chart="area">
        <h3 id="chart-area-title">{areaSpec.title}</h3>
        <Chart spec={areaSpec} className="investor-chart tall" />
        {unknownArea.length > 0 && (
          <p className="chart-note" data-testid="chart-area-unknown">
            {f.t('charts.area.unknownNote', {
              count: f.num(unknownArea.length),
              parks: unknownArea.map(nameOf).join(', '),
            })}
          </p>
        )}
        {area.excluded.length > 0 && (
          <p className="chart-note" data-testid="chart-area-excluded">
            {f.t('charts.area.excluded', { parks: area.excluded.map(nameOf).join(', ') })}
          </p>
        )}
      </section>
      <section aria-labelledby="chart-years-title" data-chart="years">
        <h3 id="chart-years-title">{yearsSpec.title}</h3>
        <Chart spec={yearsSpec} className="investor-chart" />
        <p className="chart-note" data-testid="chart-years-unknown">
          {f.t('charts.years.note', {
            unknown: f.num(years.unknown),
            planned: f.num(years.plannedUnknown),
            other: f.num(years.unknown - years.plannedUnknown),
          })}
        </p>
      </section>
      <ProfileChart />
    </div>
  );
}
