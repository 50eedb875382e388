// "Nearest corridor of each point" for a large imported point layer (binary chunks): the worker
// answers chunk by chunk (big-nearest.ts) with progress and Cancel (BigRunProgress). The same
// controls as the small layers' NearestCorridors (corridor, "only within km"), but 100k+ answers
// are not 100k list items: a count, the points per corridor, the layer's first rows as UserWithin
// lists a large layer's, and a CSV of every answer.
import { useId, useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { bigFeature } from '../../state/big-feature';
import { useBigLayers } from '../../state/big-layers-store';
import { useLayers } from '../../state/layers';
import { downloadText, exportFileName } from '../analysis/export';
import { BigRunProgress, useBigRun } from './BigRunProgress';
import {
  type BigNearestReport,
  bigLayerNearest,
  countByCorridor,
  nearestCsv,
  rowsWithin,
} from './big-nearest';
import { userAnalysisClient } from './user-analysis-client';
import { featureLabel, type RunState, RunStatus, useErrorText } from './user-analysis-common';

const MAX_ROWS = 50;

export function BigNearestCorridors({ id, title }: { id: string; title: string }) {
  const f = useT();
  const { t, num, lang } = f;
  const errorText = useErrorText();
  const chunks = useBigLayers((s) => s.layers[id]?.chunks);
  const corridors = useLayers((s) => s.layers.corridors.features);
  const [run, setRun] = useState<RunState<BigNearestReport>>({ state: 'idle' });
  const [corridor, setCorridor] = useState('');
  const [km, setKm] = useState('');
  const bigRun = useBigRun();
  const selectId = useId();
  const kmId = useId();
  // "Within X km" as the small layers read it: a decimal with either separator, else no filter.
  const maxKm = /^\d+([.,]\d+)?$/.test(km.trim()) ? Number(km.trim().replace(',', '.')) : null;
  const report = run.state === 'done' ? run.value : null;
  const shown = useMemo(() => (report ? rowsWithin(report, maxKm) : null), [report, maxKm]);
  const perCorridor = useMemo(() => (report && shown ? countByCorridor(report, shown) : []), [report, shown]);
  const go = async () => {
    setRun({ state: 'running' });
    const c = await userAnalysisClient();
    if (!c) {
      setRun({ state: 'error', message: t('userAnalysis.notReady') });
      return;
    }
    const r = await bigRun.run(chunks?.length ?? 0, (work) =>
      bigLayerNearest(c, chunks ?? [], corridor || undefined, work),
    );
    if (!r.ok && r.error === 'cancelled') setRun({ state: 'idle' });
    else
      setRun(
        r.ok ? { state: 'done', value: r.value } : { state: 'error', message: errorText(r, 'corridors') },
      );
  };
  const corridorName = (k: number) => {
    const c = report?.corridors[k];
    return c ? (lang === 'vi' ? c.name_vi : c.name_en) : '—';
  };
  const label = (ordinal: number) => featureLabel(bigFeature(id, String(ordinal)) ?? undefined, ordinal);
  return (
    <div className="user-layer-nearest" data-testid={`nearest-${id}`}>
      <label htmlFor={selectId}>{t('userLayers.nearest.corridor')}</label>
      <select id={selectId} value={corridor} onChange={(e) => setCorridor(e.currentTarget.value)}>
        <option value="">{t('userLayers.nearest.any')}</option>
        {corridors.map((c) => {
          const cid = String(c.properties?.id ?? '');
          return (
            <option key={cid} value={cid}>
              {String(c.properties?.[lang === 'vi' ? 'name_vi' : 'name_en'] ?? cid)}
            </option>
          );
        })}
      </select>
      <label htmlFor={kmId}>{t('userLayers.nearest.within')}</label>
      <input
        id={kmId}
        inputMode="decimal"
        value={km}
        size={5}
        onChange={(e) => setKm(e.currentTarget.value)}
      />
      <button type="button" aria-label={t('userLayers.nearest.aria', { title })} onClick={() => void go()}>
        {t('userLayers.nearest')}
      </button>
      <RunStatus run={run} />
      <BigRunProgress big={bigRun} />
      {report && shown && (
        <>
          <p role="status" data-testid="big-nearest-count">
            {maxKm === null
              ? t('userAnalysis.big.nearest.count', { count: num(report.ordinals.length) })
              : t('userLayers.nearest.count', {
                  shown: num(shown.length),
                  total: num(report.ordinals.length),
                  km: num(maxKm, 2),
                })}
          </p>
          {perCorridor.length > 0 && (
            <>
              <p>{t('userAnalysis.big.nearest.byCorridor')}</p>
              <ul data-testid="big-nearest-by-corridor">
                {perCorridor.map(([k, n]) => (
                  <li key={k}>
                    {t('userAnalysis.big.nearest.corridorRow', { corridor: corridorName(k), count: num(n) })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {shown.length > 0 && (
            <p>{t('userAnalysis.big.nearest.first', { shown: num(Math.min(MAX_ROWS, shown.length)) })}</p>
          )}
          <ol className="user-layer-nearest-rows">
            {Array.from(shown.subarray(0, MAX_ROWS), (k) => (
              <li key={report.ordinals[k]}>
                {t('userLayers.nearest.row', {
                  point: label(report.ordinals[k]!),
                  corridor: corridorName(report.corridor[k]!),
                  km: Number.isNaN(report.distanceKm[k]!) ? '—' : num(report.distanceKm[k]!, 2),
                })}
              </li>
            ))}
            {shown.length > MAX_ROWS && (
              <li>{t('userLayers.nearest.more', { count: num(shown.length - MAX_ROWS) })}</li>
            )}
          </ol>
          <button
            type="button"
            disabled={shown.length === 0}
            onClick={() =>
              downloadText(
                exportFileName(title, 'csv'),
                nearestCsv(report, shown, f),
                'text/csv;charset=utf-8',
              )
            }
          >
            {t('userAnalysis.big.nearest.export', { count: num(shown.length) })}
          </button>
          <p className="note">{t('userAnalysis.big.nearest.rule')}</p>
        </>
      )}
    </div>
  );
}
