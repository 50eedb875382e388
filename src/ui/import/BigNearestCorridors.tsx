// "Nearest corridor of each point" for a large imported point layer (binary chunks): the worker
// answers chunk by chunk (big-nearest.ts) with progress and Cancel (BigRunProgress). The same
// controls as the small layers' NearestCorridors (corridor, "only within km"); the answers are
// shown by BigNearestResult.
import { useId, useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { useBigLayers } from '../../state/big-layers-store';
import { BigNearestResult } from './BigNearestResult';
import { BigRunProgress, useBigRun } from './BigRunProgress';
import { type BigNearestReport, bigLayerNearest, rowsWithin } from './big-nearest';
import { NearestFields, parseMaxKm } from './NearestFields';
import { ResultOnMapToggle } from './ResultOnMap';
import { userAnalysisClient } from './user-analysis-client';
import { AnalysisTitle, type RunState, RunStatus, useErrorText } from './user-analysis-common';

export function BigNearestCorridors({ id, title }: { id: string; title: string }) {
  const { t } = useT();
  const titleId = useId();
  const errorText = useErrorText();
  const chunks = useBigLayers((s) => s.layers[id]?.chunks);
  const [run, setRun] = useState<RunState<BigNearestReport>>({ state: 'idle' });
  const [corridor, setCorridor] = useState('');
  const [km, setKm] = useState('');
  const bigRun = useBigRun();
  const maxKm = parseMaxKm(km);
  const report = run.state === 'done' ? run.value : null;
  // The answers shown (within "only within km"), as ordinals for the map: rows are in layer order.
  const onMap = useMemo(
    () => (report ? Uint32Array.from(rowsWithin(report, maxKm), (k) => report.ordinals[k]!) : null),
    [report, maxKm],
  );
  const go = async () => {
    const before = run;
    setRun({ state: 'running' });
    const c = await userAnalysisClient();
    if (!c) {
      setRun({ state: 'error', message: t('userAnalysis.notReady') });
      return;
    }
    const r = await bigRun.run(chunks?.length ?? 0, (work) =>
      bigLayerNearest(c, chunks ?? [], corridor || undefined, work),
    );
    // A cancelled re-run keeps the earlier result on screen (BigRunProgress says so).
    if (!r.ok && r.error === 'cancelled') setRun(before.state === 'done' ? before : { state: 'idle' });
    else
      setRun(
        r.ok ? { state: 'done', value: r.value } : { state: 'error', message: errorText(r, 'corridors') },
      );
  };
  return (
    <section className="user-layer-nearest" data-testid={`nearest-${id}`} aria-labelledby={titleId}>
      <AnalysisTitle id={titleId}>{t('userLayers.nearest.title')}</AnalysisTitle>
      <NearestFields corridor={corridor} onCorridor={setCorridor} km={km} onKm={setKm} />
      <button type="button" aria-label={t('userLayers.nearest.aria', { title })} onClick={() => void go()}>
        {t('userLayers.nearest')}
      </button>
      <RunStatus run={run} />
      <BigRunProgress big={bigRun} kept={run.state === 'done'} />
      <ResultOnMapToggle
        layerId={id}
        source="nearest"
        result={onMap && onMap.length > 0 ? onMap : null}
        count={onMap?.length ?? 0}
        big
      />
      {report && <BigNearestResult id={id} title={title} report={report} maxKm={maxKm} />}
    </section>
  );
}
