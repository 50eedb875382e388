// "Area of my polygons per district" for an imported layer with polygons: the worker's
// userDistrictAreas (src/analysis/user-district-areas.ts) as a sortable table with CSV export,
// the part outside every district and the whole layer kept under it. A large layer (binary chunks)
// is measured chunk by chunk (big-areas.ts) with progress and Cancel (BigRunProgress), into the same
// table.
import { useId, useState } from 'react';
import type { UserAreaCell, UserDistrictAreaReport } from '../../analysis/user-district-areas';
import type { BigDistrictAreaReport } from '../../analysis/user-district-areas-chunk';
import { type Formatters, useT } from '../../i18n';
import { useBigLayers } from '../../state/big-layers-store';
import { useLayers } from '../../state/layers';
import { type Column, SortableTable } from '../analysis/SortableTable';
import { BigRunProgress, useBigRun } from './BigRunProgress';
import { bigLayerDistrictAreas } from './big-areas';
import { userAnalysisClient } from './user-analysis-client';
import { AnalysisTitle, errorMessage, LeftOutNotes, type RunState, RunStatus } from './user-analysis-common';

export interface AreaRow extends UserAreaCell {
  key: string;
  name: string;
}

/** The table's columns: district, area (ha, 2 decimals), share of the layer's area (%), polygons. */
export function areaColumns(f: Formatters): Column<AreaRow>[] {
  return [
    { id: 'district', label: f.t('userAnalysis.areas.district'), value: (r) => r.name },
    {
      id: 'area_ha',
      label: f.t('userAnalysis.areas.area'),
      value: (r) => r.area_ha,
      render: (r) => f.fixed(r.area_ha, 2),
      numeric: true,
    },
    {
      id: 'share_pct',
      label: f.t('userAnalysis.areas.share'),
      value: (r) => r.share * 100,
      render: (r) => `${f.fixed(r.share * 100, 1)} %`,
      numeric: true,
    },
    {
      id: 'polygons',
      label: f.t('userAnalysis.areas.polygons'),
      value: (r) => r.polygons,
      render: (r) => f.num(r.polygons),
      numeric: true,
    },
  ];
}

/** The report as table rows (districts) and footer rows (outside, whole layer). */
export function areaRows(
  report: Omit<UserDistrictAreaReport, 'unusable'>,
  f: Formatters,
): { rows: AreaRow[]; footer: AreaRow[] } {
  return {
    rows: report.districts.map((d) => ({ ...d, key: d.id, name: f.lang === 'vi' ? d.name_vi : d.name_en })),
    footer: [
      { ...report.outside, key: 'outside', name: f.t('userAnalysis.areas.outside') },
      {
        key: 'total',
        name: f.t('userAnalysis.areas.total'),
        area_ha: report.total_ha,
        share: report.total_ha > 0 ? 1 : 0,
        polygons: report.polygon_features,
      },
    ],
  };
}

export function UserDistrictAreas({ id, title, big = false }: { id: string; title: string; big?: boolean }) {
  const f = useT();
  const titleId = useId();
  const features = useLayers((s) => s.layers[id]?.features);
  const chunks = useBigLayers((s) => s.layers[id]?.chunks);
  // A small layer's unusable indices are counted as a large layer's are.
  const [run, setRun] = useState<RunState<BigDistrictAreaReport>>({ state: 'idle' });
  const bigRun = useBigRun();
  const go = async () => {
    const before = run;
    setRun({ state: 'running' });
    const c = await userAnalysisClient();
    if (!c) {
      setRun({ state: 'error', message: { key: 'userAnalysis.notReady' } });
      return;
    }
    let r: Awaited<ReturnType<typeof bigLayerDistrictAreas>>;
    if (big)
      r = await bigRun.run(chunks?.length ?? 0, (work) => bigLayerDistrictAreas(c, chunks ?? [], work));
    else {
      const small = await c.userDistrictAreas((features ?? []).map((x) => x.geometry ?? null));
      r = small.ok ? { ...small, value: { ...small.value, unusable: small.value.unusable.length } } : small;
    }
    // A cancelled re-run keeps the earlier result on screen (BigRunProgress says so).
    if (!r.ok && r.error === 'cancelled') setRun(before.state === 'done' ? before : { state: 'idle' });
    else
      setRun(
        r.ok ? { state: 'done', value: r.value } : { state: 'error', message: errorMessage(r, 'districts') },
      );
  };
  const report = run.state === 'done' ? run.value : null;
  const table = report ? areaRows(report, f) : null;
  return (
    <section className="user-layer-areas" data-testid={`user-areas-${id}`} aria-labelledby={titleId}>
      <AnalysisTitle id={titleId}>{f.t('userAnalysis.areas.title')}</AnalysisTitle>
      <button type="button" aria-label={f.t('userAnalysis.areas.aria', { title })} onClick={() => void go()}>
        {f.t('userAnalysis.areas.run')}
      </button>
      <RunStatus run={run} />
      <BigRunProgress big={bigRun} kept={run.state === 'done'} />
      {report && table && (
        <>
          {report.polygon_features === 0 ? (
            <p className="note">{f.t('userAnalysis.areas.none')}</p>
          ) : (
            <SortableTable
              testId={`user-areas-table-${id}`}
              caption={f.t('userAnalysis.areas.caption', { title })}
              columns={areaColumns(f)}
              rows={table.rows}
              footer={table.footer}
              rowKey={(r) => r.key}
              initialSort={{ column: 'area_ha', dir: 'descending' }}
              geometryOf={() => null}
            />
          )}
          <p className="note">{f.t('userAnalysis.areas.note')}</p>
          <LeftOutNotes unusable={report.unusable} notPolygons={report.not_polygons} />
        </>
      )}
    </section>
  );
}
