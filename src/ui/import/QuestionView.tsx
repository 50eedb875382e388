// The question an import asks (issue 10 §1): a file over the size limit, a CSV's coordinate columns
// (a large CSV: once it is drawn), a projected file's coordinate system. It is the first thing of
// "Your files" (ImportPanel), a group named by the question itself (its legend), and takes the
// keyboard focus when it appears, or, while the user types in a field elsewhere, is announced by a
// polite live region instead (question-focus.ts says which and why). The file name is text.
import { type ReactNode, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { CRS_CHOICES, type CrsChoiceId } from '../../import/crs-defs';
import { answer, type Question, useImportQuestion } from './flow';
import { questionArrival } from './question-focus';

/** The question's words (its legend, and what the live region says). */
function useQuestionText(q: Question | null): string {
  const { t } = useT();
  if (!q) return '';
  if (q.kind === 'large') return t('import.error.tooLarge', { file: q.name, size: q.size, limit: q.limit });
  if (q.kind === 'crs') return t('userLayers.crs.question', { file: q.result.fileName });
  const csv = q.result.csv!;
  return csv.wkt
    ? t('userLayers.csv.wkt', { file: q.name, wkt: csv.wkt })
    : t('userLayers.csv.question', { file: q.name, lon: csv.lon ?? '?', lat: csv.lat ?? '?' });
}

/**
 * Moves the focus to `target` when question `q` appears (see questionArrival), else returns the
 * words for the live region; '' once the question is answered or took the focus.
 */
function useArrival(q: Question | null, text: string, target: RefObject<HTMLElement | null>): string {
  const [announced, setAnnounced] = useState('');
  // The words of the question on screen, read when it appears (not a reason to run again: a
  // language switch must not move the focus back to it).
  const words = useRef(text);
  words.current = text;
  useEffect(() => {
    const el = target.current;
    if (!q || !el) {
      setAnnounced('');
      return;
    }
    const active =
      document.activeElement === document.body ? null : (document.activeElement as HTMLElement | null);
    const panel = el.closest('[data-testid="import-panel"]');
    if (questionArrival(active, !!active && !!panel?.contains(active)) === 'focus') {
      el.focus();
      setAnnounced('');
    } else setAnnounced(words.current);
  }, [q, target]);
  return announced;
}

export function QuestionView() {
  const { t } = useT();
  const q = useImportQuestion((s) => s.question);
  const [choice, setChoice] = useState<CrsChoiceId>('vn2000-tm3-10545');
  const name = useId();
  const frame = useRef<HTMLFieldSetElement>(null);
  const text = useQuestionText(q);
  const announced = useArrival(q, text, frame);
  const live = (
    <p className="visually-hidden" aria-live="polite" data-testid="import-question-live">
      {announced}
    </p>
  );
  if (!q) return live;
  const never = (
    <button type="button" onClick={() => void answer(null)}>
      {t('userLayers.abort')}
    </button>
  );
  const fieldset = (testId: string, children: ReactNode) => (
    <fieldset className="import-question" data-testid={testId} ref={frame} tabIndex={-1}>
      <legend>{text}</legend>
      {children}
    </fieldset>
  );
  let body: ReactNode;
  if (q.kind === 'large') {
    body = fieldset(
      'import-large',
      <>
        <button type="button" onClick={() => void answer({ kind: 'large' })}>
          {t('userLayers.large.confirm')}
        </button>
        {never}
      </>,
    );
  } else if (q.kind === 'csv') {
    body = fieldset(
      'import-csv',
      <>
        <button type="button" onClick={() => void answer({ kind: 'csv', swap: false })}>
          {t(q.replaces ? 'userLayers.csv.keep' : 'userLayers.csv.ok')}
        </button>
        {!q.result.csv?.wkt && (
          <button type="button" onClick={() => void answer({ kind: 'csv', swap: true })}>
            {t('userLayers.csv.swap')}
          </button>
        )}
        {never}
      </>,
    );
  } else {
    body = fieldset(
      'import-crs',
      <>
        {(q.result.crsQuestion?.choices ?? []).map((c) => (
          <label key={c}>
            <input type="radio" name={name} checked={choice === c} onChange={() => setChoice(c)} />
            {CRS_CHOICES[c].label}
          </label>
        ))}
        <button type="button" onClick={() => void answer({ kind: 'crs', choice })}>
          {t('userLayers.crs.apply')}
        </button>
        {never}
      </>,
    );
  }
  return (
    <>
      {body}
      {live}
    </>
  );
}
