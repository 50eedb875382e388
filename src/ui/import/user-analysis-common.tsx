// Pieces shared by the imported layer's analyses: how a feature is named in a result, the error
// line, and the notes on features left out.

import type { AnalysisError } from '../../analysis/result';
import type { LayerFeature } from '../../data/load-layer';
import { type Formatters, type MessageKey, useT } from '../../i18n';
import { ownName } from '../feature-name';

/**
 * A feature's name in a result: its own name (feature-name.ts: `name_vi`/`name_en` in the UI's
 * language, else `name`, `ten`, `Ten_DT`…), else its `id` unless the viewer made it (`idsMade`),
 * else "Feature no. N", N its 1-based position in the file (`index + 1`; a bare "1" before a
 * corridor's name read as data).
 */
export function featureLabel(
  feature: LayerFeature | undefined,
  index: number,
  f: Pick<Formatters, 'lang' | 't' | 'num'>,
  idsMade = false,
): string {
  const p = feature?.properties ?? {};
  const own = ownName(p, f.lang);
  if (own) return own;
  const id = p.id;
  // An id the viewer made (the feature's number) is no name: "511: Sông Sài Gòn" read as data.
  return id === undefined || id === null || id === '' || idsMade
    ? f.t('bigLayers.feature', { n: f.num(index + 1) })
    : String(id);
}

export type RunState<T> =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; value: T }
  | { state: 'error'; message: RunMessage };

/**
 * An error kept as its key and parameters, put into words when shown: a message kept as text
 * stayed in the language it was made in after the UI's language switched (a newcomer's finding).
 */
export interface RunMessage {
  key: MessageKey;
  params?: Record<string, string>;
}

/** The running line, or the error of the last run, as text (never HTML). */
export function RunStatus({ run }: { run: RunState<unknown> }) {
  const { t } = useT();
  if (run.state === 'running')
    return (
      <p className="note" role="status">
        {t('userAnalysis.running')}
      </p>
    );
  if (run.state === 'error')
    return (
      <p className="error" role="alert">
        {t(run.message.key, run.message.params)}
      </p>
    );
  return null;
}

/** The message of an analysis error (put into the UI's language when shown). */
export function errorMessage(e: AnalysisError, layer: string): RunMessage {
  return { key: `analysis.error.${e.error}` as MessageKey, params: { layer } };
}

export function LeftOutNotes({ unusable, notPolygons = 0 }: { unusable: number; notPolygons?: number }) {
  const { t, num } = useT();
  return (
    <>
      {notPolygons > 0 && (
        <p className="note">{t('userAnalysis.notPolygons', { count: num(notPolygons) })}</p>
      )}
      {unusable > 0 && <p className="note">{t('userAnalysis.unusable', { count: num(unusable) })}</p>}
    </>
  );
}

/** An analysis's visible title under a layer's row (its section is labelled by it: `id`). */
export function AnalysisTitle({ id, children }: { id: string; children: string }) {
  return (
    <h3 className="user-analysis-title" id={id}>
      {children}
    </h3>
  );
}
