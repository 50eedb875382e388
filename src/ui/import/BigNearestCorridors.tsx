// "Nearest corridor of each point" for a large imported point layer (binary chunks): the worker
// answers chunk by chunk (big-nearest.ts) with progress and Cancel (BigRunProgress). The same
// controls as the small layers' NearestCorridors (corridor, "only within km"); the answers are
// shown by BigNearestResult.
import { useId, useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { useBigLayers } from '../../state/big-layers-store';
import { useResultOnMap } from '../../state/result-on-map';
import { BigNearestResult } from './BigNearestResult';
import { BigRunProgress, useBigRun } from './BigRunProgress';
import { type BigNearestReport, bigLayerNearest, nearestConnectors, rowsWithin } from './big-nearest';
import { NearestFields } from './NearestFields';
import { ResultOnMapToggle } from './ResultOnMap';
import { userAnalysisClient } from './user-analysis-client';
import { AnalysisTitle, errorMessage, type RunState, RunStatus } from './user-analysis-common';

export function BigNearestCorridors({ id, title }: { id: string; title: string }) {
  const { t, num } = useT();
  const titleId = useId();
  const chunks = useBigLayers((s) => s.layers[id]?.chunks);
  const [run, setRun] = useState<RunState<BigNearestReport>>({ state: 'idle' });
  const [corridor, setCorridor] = useState('');
  const [maxKm, setMaxKm] = useState<number | null>(null);
  const bigRun = useBigRun();
  const report = run.state === 'done' ? run.value : null;
  // The answers shown (within "only within km"), as ordinals for the map: rows are in layer order.
  const shown = useMemo(() => (report ? rowsWithin(report, maxKm) : null), [report, maxKm]);
  const onMap = useMemo(
    () => (report && shown ? Uint32Array.from(shown, (k) => report.ordinals[k]!) : null),
    [report, shown],
  );
  // Drawn with the answer while it is on the map: lines to their corridor from its points
  // (≤ MAX_LINES of them, every step-th beyond that). Made only once ticked: each km typed would
  // otherwise look up thousands of points for lines nobody sees. On the tick the answer is shown
  // first, its lines a render later (the toggle's effect hands over the new drawing).
  const ticked = useResultOnMap((s) => s.byLayer[id]?.source === 'nearest');
  const lines = useMemo(
    () =>
      report && shown && ticked
        ? nearestConnectors(report, shown, chunks ?? [])
        : { connectors: [], step: 1 },
    [report, shown, chunks, ticked],
  );
  const drawing = useMemo(() => ({ connectors: lines.connectors }), [lines]);
  const go = async () => {
    const before = run;
    setRun({ state: 'running' });
    const c = await userAnalysisClient();
    if (!c) {
      setRun({ state: 'error', message: { key: 'userAnalysis.notReady' } });
      return;
    }
    const r = await bigRun.run(chunks?.length ?? 0, (work) =>
      bigLayerNearest(c, chunks ?? [], corridor || undefined, work),
    );
    // A cancelled re-run keeps the earlier result on screen (BigRunProgress says so).
    if (!r.ok && r.error === 'cancelled') setRun(before.state === 'done' ? before : { state: 'idle' });
    else
      setRun(
        r.ok ? { state: 'done', value: r.value } : { state: 'error', message: errorMessage(r, 'corridors') },
      );
  };
  return (
    <section className="user-layer-nearest" data-testid={`nearest-${id}`} aria-labelledby={titleId}>
      <AnalysisTitle id={titleId}>{t('userLayers.nearest.title')}</AnalysisTitle>
      <NearestFields corridor={corridor} onCorridor={setCorridor} onMaxKm={setMaxKm} />
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
        drawing={drawing}
        note={
          lines.step > 1
            ? t('userAnalysis.big.nearest.onMapNoteSample', {
                step: num(lines.step),
                lines: num(lines.connectors.length),
                count: num(shown?.length ?? 0),
              })
            : t('userLayers.nearest.onMapNote')
        }
      />
      {report && <BigNearestResult id={id} title={title} report={report} maxKm={maxKm} />}
    </section>
  );
}
