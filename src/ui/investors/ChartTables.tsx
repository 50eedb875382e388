// The table alternatives of the investors' three charts (for screen readers, and the data the
// chart wrapper draws): plain HTML tables with captions and header cells, numbers in the UI
// language's format, unknown written as such.
import { type MessageKey, useT } from '../../i18n';
import {
  type AreaByDistrict,
  CHART_STATUSES,
  type DistanceProfileItem,
  type ParksPerYear,
} from './chart-data';
import { distanceKindKey } from './model';

export function AreaByDistrictTable({
  data,
  districtName,
}: {
  data: AreaByDistrict;
  districtName: (c: string) => string;
}) {
  const f = useT();
  return (
    <table className="chart-table" data-testid="chart-area-table">
      <caption>{f.t('charts.area.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{f.t('charts.area.district')}</th>
          {CHART_STATUSES.map((s) => (
            <th key={s} scope="col">
              {f.t(`status.${s}` as MessageKey)}
            </th>
          ))}
          <th scope="col">{f.t('charts.area.total')}</th>
          <th scope="col">{f.t('charts.area.unknownArea')}</th>
        </tr>
      </thead>
      <tbody>
        {data.bars.map((b) => (
          <tr key={b.code}>
            <th scope="row">{b.code ? districtName(b.code) || b.code : f.t('charts.area.noDistrict')}</th>
            {CHART_STATUSES.map((s) => (
              <td key={s}>{f.num(b.ha[s], 0)}</td>
            ))}
            <td>
              {f.num(
                CHART_STATUSES.reduce((t, s) => t + b.ha[s], 0),
                0,
              )}
            </td>
            <td>{b.unknownArea}</td>
          </tr>
        ))}
      </tbody>
      {data.excluded.length > 0 && (
        <tfoot>
          <tr>
            <td colSpan={CHART_STATUSES.length + 3}>
              {f.t('charts.area.excluded', { parks: data.excluded.join(', ') })}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

export function ParksPerYearTable({ data }: { data: ParksPerYear }) {
  const f = useT();
  return (
    <table className="chart-table" data-testid="chart-years-table">
      <caption>{f.t('charts.years.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{f.t('charts.years.year')}</th>
          <th scope="col">{f.t('charts.years.count')}</th>
        </tr>
      </thead>
      <tbody>
        {data.years.map((y) => (
          <tr key={y.year}>
            <th scope="row">{y.year}</th>
            <td>{y.count}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{f.t('charts.years.unknown')}</th>
          <td>{data.unknown}</td>
        </tr>
      </tbody>
    </table>
  );
}

export function DistanceProfileTable({ park, items }: { park: string; items: DistanceProfileItem[] }) {
  const f = useT();
  return (
    <table className="chart-table" data-testid="chart-profile-table">
      <caption>{f.t('charts.profile.title', { park })}</caption>
      <thead>
        <tr>
          <th scope="col">{f.t('charts.profile.kind')}</th>
          <th scope="col">{f.t('charts.profile.km')}</th>
          <th scope="col">{f.t('charts.profile.nearest')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((it) => (
          <tr key={it.kind} data-kind={it.kind}>
            <th scope="row">{f.t(distanceKindKey(it.kind))}</th>
            <td>
              {it.km !== null
                ? f.num(it.km, 1)
                : it.missing === 'layer_unavailable'
                  ? f.t('explorer.distance.unavailable')
                  : f.t('explorer.distance.none')}
            </td>
            <td>{it.target ? f.name(it.target) : f.t('info.unknown')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
