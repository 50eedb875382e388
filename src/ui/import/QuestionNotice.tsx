// A question an import asks while the side panel is folded (a phone's default; or folded to watch a
// large CSV being drawn): the question itself sits in "Your files", inside the hidden panel, where
// neither eyes nor a screen reader reach it, and the imports after it wait. This notice sits with
// the app's other notices, which show with the panel folded, names the file, and its button unfolds
// the panel with the focus on the question. It is not shown with the panel open (the question is
// there, first in "Your files").
import { useT } from '../../i18n';
import { type Question, useImportQuestion } from './flow';
import { focusQuestion } from './question-focus';

/** The file a question is about (its name as the user gave it). */
export const questionFile = (q: Question): string => (q.kind === 'crs' ? q.result.fileName : q.name);

/**
 * The notice inside a live region that is always on the page (empty while no question waits or the
 * panel is open): a region inserted together with its text is not announced by every screen
 * reader, one whose content changes is. `onShow` unfolds the panel; the focus then goes to the
 * question (on the next frame: once the panel is no longer hidden).
 */
export function QuestionNotice({ panelOpen, onShow }: { panelOpen: boolean; onShow: () => void }) {
  const { t } = useT();
  const q = useImportQuestion((s) => s.question);
  return (
    <div className="side-notices question-notice" role="status" data-testid="import-question-region">
      {!panelOpen && q && (
        <p className="notice" data-testid="import-question-notice">
          {t('userLayers.question.waiting', { file: questionFile(q), panel: t('userLayers.title') })}{' '}
          <button
            type="button"
            className="notice-action"
            onClick={() => {
              onShow();
              requestAnimationFrame(() => focusQuestion());
            }}
          >
            {t('userLayers.question.show')}
          </button>
        </p>
      )}
    </div>
  );
}
