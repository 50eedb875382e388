import type { ParkProximityRow } from '../../analysis';
import { LOGISTICS_KINDS } from '../../analysis/logistics';
import { CORRIDOR_KINDS } from '../../data/schema';
import { type Formatters, type MessageKey, useT } from '../../i18n';
import { useAnalysis } from '../../state/analysis';
import { CorridorStatusPicker, chooseFeature, ErrorNotice, km1, Running, useGeometryOf } from './common';
import { LeftOutNotice } from './LeftOutNotice';
import { type Column, SortableTable } from './SortableTable';

export function nearestColumns(f: Formatters): Column<ParkProximityRow>[] {
  return [
    { id: 'park', label: f.t('analysis.col.park'), value: (r) => f.name(r.park) },
    {
      id: 'status',
      label: f.t('analysis.col.status'),
      value: (r) => f.t(`status.${r.park.status}` as MessageKey),
    },
    ...CORRIDOR_KINDS.map(
      (k): Column<ParkProximityRow> => ({
        id: `${k}_km`,
        label: f.t('analysis.col.kindKm', { kind: f.t(`kind.${k}` as MessageKey) }),
        value: (r) => r.corridors[k]?.distance_km ?? null,
        render: (r) => km1(f, r.corridors[k]?.distance_km),
        title: (r) => (r.corridors[k] ? f.name(r.corridors[k]) : undefined),
        numeric: true,
      }),
    ),
    ...LOGISTICS_KINDS.map(
      (k): Column<ParkProximityRow> => ({
        id: `${k}_km`,
        label: f.t('analysis.col.kindKm', { kind: f.t(`analysis.logistics.${k}` as MessageKey) }),
        value: (r) => r.logistics[k]?.distance_km ?? null,
        render: (r) => km1(f, r.logistics[k]?.distance_km),
        title: (r) => (r.logistics[k] ? f.name(r.logistics[k]) : undefined),
        numeric: true,
      }),
    ),
  ];
}

export function NearestTab() {
  const f = useT();
  const report = useAnalysis((s) => s.results.nearest);
  const error = useAnalysis((s) => s.errors.nearest);
  const focus = useAnalysis((s) => s.focusParkId);
  const rerun = useAnalysis((s) => s.requestRerun);
  const geometryOf = useGeometryOf('parks');
  return (
    <div data-testid="nearest-tab">
      <div className="tab-controls">
        <CorridorStatusPicker />
        <button type="button" className="secondary" title={f.t('analysis.rerun.aria')} onClick={rerun}>
          {f.t('analysis.rerun')}
        </button>
      </div>
      <Running tab="nearest" />
      <ErrorNotice error={error} />
      {report && !error && (
        <>
          <LeftOutNotice leftOut={report.left_out} />
          {(report.unknown_status_park_ids?.length ?? 0) > 0 && (
            <p className="note" data-testid="nearest-unknown-status">
              {f.t('analysis.unknownStatus.note', {
                names: report.rows
                  .filter((r) => r.park.status === 'unknown')
                  .map((r) => f.name(r.park))
                  .join(', '),
              })}
            </p>
          )}
          <p className="note">{f.t('analysis.nearest.note')}</p>
          <SortableTable
            testId="nearest-table"
            caption={f.t('analysis.nearest.caption')}
            columns={nearestColumns(f)}
            rows={report.rows}
            rowKey={(r) => r.park.id}
            chosenKey={focus}
            onChoose={(r) => chooseFeature('parks', r.park.id)}
            geometryOf={(r) => geometryOf(r.park.id, r.park.point)}
          />
        </>
      )}
    </div>
  );
}
