// The progress of a large layer's analysis, which the worker answers chunk by chunk: a progress
// bar with "N of M parts", a Cancel button (checked between chunks), and the "cancelled" note.
// One hook and one component shared by the large-layer analyses (within X km, area per district,
// nearest corridor), so they look and behave alike.
import { useId, useRef, useState } from 'react';
import type { AnalysisResult } from '../../analysis/result';
import { useT } from '../../i18n';

export interface ChunkWork {
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
}

export interface BigRun {
  /** [done, total] chunks while a run is under way. */
  progress: [number, number] | null;
  /** The last run was cancelled (cleared by the next). */
  cancelled: boolean;
  /** Runs `job` over `total` chunks with a fresh signal; the result as the job returns it. */
  run<T>(total: number, job: (work: ChunkWork) => Promise<AnalysisResult<T>>): Promise<AnalysisResult<T>>;
  cancel(): void;
}

export function useBigRun(): BigRun {
  const [progress, setProgress] = useState<[number, number] | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const abort = useRef<AbortController | null>(null);
  return {
    progress,
    cancelled,
    async run(total, job) {
      const controller = new AbortController();
      abort.current = controller;
      setCancelled(false);
      setProgress([0, total]);
      const r = await job({ signal: controller.signal, onProgress: (done, all) => setProgress([done, all]) });
      abort.current = null;
      setProgress(null);
      if (!r.ok && r.error === 'cancelled') setCancelled(true);
      return r;
    },
    cancel: () => abort.current?.abort(),
  };
}

/** The cancelled note and, during a run, the progress bar with its Cancel button. */
/**
 * `kept`: the earlier result is still shown (a re-run was cancelled), so the cancelled note says
 * the result below is the previous run's instead of "no result".
 */
export function BigRunProgress({ big, kept = false }: { big: BigRun; kept?: boolean }) {
  const f = useT();
  const progressId = useId();
  const { progress } = big;
  return (
    <>
      {big.cancelled && (
        <p className="note" role="status">
          {f.t(kept ? 'userAnalysis.big.cancelledKept' : 'userAnalysis.big.cancelled')}
        </p>
      )}
      {progress && (
        <p className="user-layer-progress">
          <progress max={progress[1]} value={progress[0]} aria-labelledby={progressId} />{' '}
          <span id={progressId}>
            {f.t('userAnalysis.big.progress', { done: f.num(progress[0]), total: f.num(progress[1]) })}
          </span>{' '}
          <button type="button" onClick={big.cancel}>
            {f.t('userAnalysis.big.cancel')}
          </button>
        </p>
      )}
    </>
  );
}
