import type { DistrictAreaRow } from '../../analysis';
import { ANALYSIS_PARK_STATUSES } from '../../analysis/pack';
import { type NumberQualifier, PARK_STATUSES } from '../../data/schema';
import { type Formatters, type MessageKey, shownQualifier, useT } from '../../i18n';
import { useAnalysis } from '../../state/analysis';
import { useLayers } from '../../state/layers';
import { chooseFeature, ErrorNotice, useGeometryOf } from './common';
import { roundForExport } from './export';
import { LeftOutNotice } from './LeftOutNotice';
import { type Column, SortableTable } from './SortableTable';

/** An official figure with its qualifier, as the curated data gives it. */
export interface OfficialArea {
  km2: number;
  qualifier: NumberQualifier;
}

const SIGN: Record<NumberQualifier, string> = { exact: '', approximate: '≈ ', at_least: '> ' };

/**
 * A sum of stated park areas (or a share computed from one) that leaves out `unknown` parks of
 * unknown area: a lower bound then, shown with the app's at_least sign ("> 50") in the table, its
 * reason in the tooltip, and exported as "> 50" so the qualifier travels with the figure. With no
 * unknown parks it is a plain number everywhere.
 */
function sumColumn(
  f: Formatters,
  id: string,
  label: string,
  value: (r: DistrictAreaRow) => number,
  unknown: (r: DistrictAreaRow) => number,
  digits: number,
): Column<DistrictAreaRow> {
  return {
    id,
    label,
    value: (r) => (unknown(r) > 0 ? `${SIGN.at_least}${roundForExport(value(r))}` : value(r)),
    sortValue: (r) => value(r),
    render: (r) => {
      const shown = f.fixed(value(r), digits);
      return unknown(r) > 0 ? f.t('number.at_least', { value: shown }) : shown;
    },
    title: (r) =>
      unknown(r) > 0 ? f.t('analysis.areas.lowerBound', { count: f.num(unknown(r)) }) : undefined,
    numeric: true,
  };
}

/**
 * The table's columns (the "status unknown" column only when some park has no status). Every number column has a fixed number of decimals (km² 1, ha 0, % 1) and
 * its unit in the header. Park sums and the industrial share are lower bounds ("> 50") where some
 * parks counted in them have no stated area (sumColumn). The official area sits beside the computed one with its qualifier ("≈");
 * in exports it is a plain number, or "≈ 720" when it is not exact, so the qualifier travels too.
 * `officialOf` gives a row's official area (null when no source gives one: shown as unknown).
 */
export function areaColumns(
  f: Formatters,
  officialOf: (r: DistrictAreaRow) => OfficialArea | null = () => null,
  withUnknownStatus = false,
): Column<DistrictAreaRow>[] {
  const statuses = withUnknownStatus ? ANALYSIS_PARK_STATUSES : PARK_STATUSES;
  return [
    { id: 'name', label: f.t('analysis.col.district'), value: (r) => f.name(r) },
    {
      id: 'area_km2_official',
      label: f.t('analysis.col.areaOfficialKm2'),
      value: (r) => {
        const o = officialOf(r);
        return o ? (o.qualifier === 'exact' ? o.km2 : `${SIGN[o.qualifier]}${o.km2}`) : null;
      },
      sortValue: (r) => officialOf(r)?.km2 ?? null,
      render: (r) => {
        const o = officialOf(r);
        return o ? `${SIGN[o.qualifier]}${f.fixed(o.km2, 1)}` : f.t('info.unknown');
      },
      title: (r) => {
        const o = officialOf(r);
        return o && o.qualifier !== 'exact' ? f.qualifierWords(o.qualifier) : undefined;
      },
      numeric: true,
    },
    {
      id: 'area_km2',
      label: f.t('analysis.col.areaComputedKm2'),
      value: (r) => r.area_km2,
      render: (r) => f.fixed(r.area_km2, 1),
      numeric: true,
    },
    ...statuses.map(
      (st): Column<DistrictAreaRow> =>
        sumColumn(
          f,
          `${st}_ha`,
          f.t('analysis.col.statusHa', { status: f.t(`status.${st}` as MessageKey) }),
          (r) => r.by_status[st].area_ha,
          (r) => r.by_status[st].unknown_area_count,
          0,
        ),
    ),
    sumColumn(
      f,
      'total_ha',
      f.t('analysis.col.totalHa'),
      (r) => r.total.area_ha,
      (r) => r.total.unknown_area_count,
      0,
    ),
    {
      id: 'park_count',
      label: f.t('analysis.col.parkCount'),
      value: (r) => r.total.count,
      render: (r) => f.num(r.total.count),
      numeric: true,
    },
    {
      id: 'unknown_area_count',
      label: f.t('analysis.col.unknown'),
      value: (r) => r.total.unknown_area_count,
      render: (r) => f.num(r.total.unknown_area_count),
      numeric: true,
    },
    sumColumn(
      f,
      'industrial_share_pct',
      f.t('analysis.col.sharePct'),
      (r) => r.industrial_share.total * 100,
      (r) => r.total.unknown_area_count,
      1,
    ),
  ];
}

export function AreasTab() {
  const f = useT();
  const report = useAnalysis((s) => s.results.areas);
  const error = useAnalysis((s) => s.errors.areas);
  const geometryOf = useGeometryOf('districts');
  const parks = useLayers((s) => s.layers.parks.features);
  const districts = useLayers((s) => s.layers.districts.features);
  const context = useLayers((s) => s.layers.context.features);
  if (!report) return <ErrorNotice error={error} />;
  const names = (ids: string[]) =>
    ids
      .map((id) => {
        const park = parks.find((p) => String(p.properties?.id) === id);
        return park ? f.name(park.properties ?? {}) : id;
      })
      .join(', ');
  const excludedNames = names(report.province.excluded_park_ids);
  // Older cached shapes may lack the issue-6 fields: treat them as empty.
  const unknownStatus = report.unknown_status_park_ids ?? [];
  const border = report.border_park_ids ?? [];
  const province: DistrictAreaRow = {
    ...report.province,
    id: 'province',
    code: '',
    name_vi: f.t('analysis.province'),
    name_en: f.t('analysis.province'),
    area_km2_official: null,
    area_official_qualifier: null,
  };
  // Official figures come from the layers (districts.csv, province.json), never from the report: the
  // sum of the districts' official areas is not a figure any source gives for the province.
  const officialOf = (r: DistrictAreaRow): OfficialArea | null => {
    const p =
      r.id === 'province'
        ? context.find((c) => c.properties?.level === 'province' && isNumber(c.properties?.area_km2_official))
            ?.properties
        : districts.find((d) => String(d.properties?.code) === r.code)?.properties;
    if (!p || !isNumber(p.area_km2_official)) return null;
    // A missing or unknown qualifier is shown as approximate (shownQualifier), never as exact.
    return { km2: p.area_km2_official, qualifier: shownQualifier(p.area_official_qualifier) };
  };
  // The province's official figure is its own source's, not the districts' sum; said when the two
  // differ at the table's one decimal (a newcomer summed the column and found 2.691,6 ≠ 2.694,4).
  const provinceOfficial = officialOf(province);
  const districtOfficials = report.districts.map(officialOf);
  const officialSum = districtOfficials.every((o) => o !== null)
    ? districtOfficials.reduce((sum, o) => sum + o!.km2, 0)
    : null;
  const sumApproximate = districtOfficials.some((o) => o && o.qualifier !== 'exact');
  const sumDiffers =
    provinceOfficial !== null &&
    officialSum !== null &&
    report.districts.length > 1 &&
    f.fixed(officialSum, 1) !== f.fixed(provinceOfficial.km2, 1);
  return (
    <div data-testid="areas-tab">
      <ErrorNotice error={error} />
      <SortableTable
        testId="areas-table"
        caption={f.t('analysis.areas.caption')}
        columns={areaColumns(f, officialOf, unknownStatus.length > 0)}
        rows={report.districts}
        footer={[province]}
        rowKey={(r) => r.id}
        onChoose={(r) => chooseFeature('districts', r.id)}
        geometryOf={(r) => (r.id === 'province' ? null : geometryOf(r.id))}
      />
      <LeftOutNotice leftOut={report.left_out} />
      {sumDiffers && (
        <p className="note" data-testid="areas-official-sum">
          {f.t('analysis.areas.officialSum', {
            province: f.t('analysis.province'),
            provinceKm2: `${SIGN[provinceOfficial.qualifier]}${f.fixed(provinceOfficial.km2, 1)}`,
            sum: `${sumApproximate ? SIGN.approximate : ''}${f.fixed(officialSum, 1)}`,
          })}
        </p>
      )}
      <p className="note">{f.t('analysis.areas.note')}</p>
      <p className="note" data-testid="areas-border-rule">
        {f.t('analysis.areas.borderRule')}
      </p>
      {border.length > 0 && (
        <p className="note" data-testid="areas-border">
          {f.t('analysis.areas.border', { names: names(border) })}
        </p>
      )}
      {unknownStatus.length > 0 && (
        <p className="note" data-testid="areas-unknown-status">
          {f.t('analysis.unknownStatus.note', { names: names(unknownStatus) })}
        </p>
      )}
      {excludedNames && (
        <p className="note" data-testid="areas-excluded">
          {f.t('analysis.areas.excluded', { names: excludedNames })}
        </p>
      )}
    </div>
  );
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
