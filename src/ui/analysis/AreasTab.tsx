import type { DistrictAreaRow } from '../../analysis';
import { ANALYSIS_PARK_STATUSES } from '../../analysis/pack';
import { PARK_STATUSES } from '../../data/schema';
import { type Formatters, type MessageKey, useT } from '../../i18n';
import { useAnalysis } from '../../state/analysis';
import { useLayers } from '../../state/layers';
import { chooseFeature, ErrorNotice, useGeometryOf } from './common';
import { LeftOutNotice } from './LeftOutNotice';
import { type Column, SortableTable } from './SortableTable';

/** The table's columns; the "status unknown" column only when some park has no status. */
export function areaColumns(f: Formatters, withUnknownStatus = false): Column<DistrictAreaRow>[] {
  const statuses = withUnknownStatus ? ANALYSIS_PARK_STATUSES : PARK_STATUSES;
  return [
    { id: 'name', label: f.t('analysis.col.district'), value: (r) => f.name(r) },
    {
      id: 'area_km2',
      label: f.t('analysis.col.areaKm2'),
      value: (r) => r.area_km2,
      render: (r) => f.km2(r.area_km2),
      numeric: true,
    },
    ...statuses.map(
      (st): Column<DistrictAreaRow> => ({
        id: `${st}_ha`,
        label: f.t('analysis.col.statusHa', { status: f.t(`status.${st}` as MessageKey) }),
        value: (r) => r.by_status[st].area_ha,
        render: (r) => f.num(r.by_status[st].area_ha),
        numeric: true,
      }),
    ),
    {
      id: 'total_ha',
      label: f.t('analysis.col.totalHa'),
      value: (r) => r.total.area_ha,
      render: (r) => f.num(r.total.area_ha),
      numeric: true,
    },
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
    {
      id: 'industrial_share_pct',
      label: f.t('analysis.col.share'),
      value: (r) => r.industrial_share.total * 100,
      render: (r) => `${f.num(r.industrial_share.total * 100, 1)} %`,
      numeric: true,
    },
  ];
}

export function AreasTab() {
  const f = useT();
  const report = useAnalysis((s) => s.results.areas);
  const error = useAnalysis((s) => s.errors.areas);
  const geometryOf = useGeometryOf('districts');
  const parks = useLayers((s) => s.layers.parks.features);
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
  };
  return (
    <div data-testid="areas-tab">
      <ErrorNotice error={error} />
      <SortableTable
        testId="areas-table"
        caption={f.t('analysis.areas.caption')}
        columns={areaColumns(f, unknownStatus.length > 0)}
        rows={report.districts}
        footer={[province]}
        rowKey={(r) => r.id}
        onChoose={(r) => chooseFeature('districts', r.id)}
        geometryOf={(r) => (r.id === 'province' ? null : geometryOf(r.id))}
      />
      <LeftOutNotice leftOut={report.left_out} />
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
