// The question an import asks (issue 10 §1): a file over the size limit, a CSV's coordinate columns
// (a large CSV: once it is drawn), a projected file's coordinate system. It is the first thing of
// "Your files" (ImportPanel), a group named by the question itself (its legend), and takes the
// keyboard focus when it appears, or, while the user types in a field elsewhere, is announced by a
// polite live region instead (question-focus.ts says which and why). The file name is text.
import { type ReactNode, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { CRS_CHOICES, type CrsChoiceId } from '../../import/crs-defs';
import { answer, type Question, useImportQuestion } from './flow';
import { focusAfterAnswer, questionArrival } from './question-focus';

/** The question's words (its legend, and what the live region says). */
function useQuestionText(q: Question | null): string {
  const { t, num } = useT();
  if (!q) return '';
  // Sizes in the page's number format: "435.7 MB" reads as 4,357 MB in Vietnamese.
  if (q.kind === 'large')
    return t('import.error.tooLarge', { file: q.name, size: num(q.size, 1), limit: num(q.limit, 1) });
  if (q.kind === 'crs') return t('userLayers.crs.question', { file: q.result.fileName });
  const csv = q.result.csv!;
  return csv.wkt
    ? t('userLayers.csv.wkt', { file: q.name, wkt: csv.wkt })
    : t('userLayers.csv.question', { file: q.name, lon: csv.lon ?? '?', lat: csv.lat ?? '?' });
}

/** The element with the focus, null for none (the body). */
const focused = (): HTMLElement | null =>
  document.activeElement === document.body ? null : (document.activeElement as HTMLElement | null);

/**
 * Moves the focus to `target` when question `q` appears (see questionArrival), else returns the
 * words for the live region; '' once the question is answered or took the focus. When a question
 * that had the focus goes (its button was pressed and is gone with it), the focus goes to "Your
 * files"' heading rather than to the page's start. `inside` tells whether the focus is in the
 * question (kept by the fieldset's focus and blur).
 */
function useArrival(
  q: Question | null,
  text: string,
  target: RefObject<HTMLElement | null>,
  inside: RefObject<boolean>,
): string {
  const [announced, setAnnounced] = useState('');
  // The words of the question on screen, read when it appears (not a reason to run again: a
  // language switch must not move the focus back to it).
  const words = useRef(text);
  words.current = text;
  const panel = useRef<Element | null>(null);
  useEffect(() => {
    const el = target.current;
    if (!q || !el) {
      setAnnounced('');
      if (focusAfterAnswer(inside.current, focused()))
        panel.current?.querySelector<HTMLElement>('h2')?.focus();
      inside.current = false;
      return;
    }
    const active = focused();
    panel.current = el.closest('[data-testid="import-panel"]');
    if (questionArrival(active, !!active && !!panel.current?.contains(active)) === 'focus') {
      el.focus();
      setAnnounced('');
    } else setAnnounced(words.current);
  }, [q, target, inside]);
  return announced;
}

export function QuestionView() {
  const { t } = useT();
  const q = useImportQuestion((s) => s.question);
  const [choice, setChoice] = useState<CrsChoiceId>('vn2000-tm3-10545');
  const name = useId();
  const frame = useRef<HTMLFieldSetElement>(null);
  const inside = useRef(false);
  const text = useQuestionText(q);
  const announced = useArrival(q, text, frame, inside);
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
    <fieldset
      className="import-question"
      data-testid={testId}
      ref={frame}
      tabIndex={-1}
      onFocus={() => {
        inside.current = true;
      }}
      onBlur={(e) => {
        // A button removed with the question fires no blur, so `inside` stays true for the effect.
        inside.current = e.currentTarget.contains(e.relatedTarget as Node | null);
      }}
    >
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
