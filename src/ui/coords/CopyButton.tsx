// A button that copies `text`, with a status line a screen reader announces: copied, or (refused
// clipboard) the text of `target` is selected and the person is told to press Ctrl+C.
import { type RefObject, useState } from 'react';
import { useT } from '../../i18n';
import { type ClipboardLike, copyText, selectText } from './copy';

export interface CopyButtonProps {
  text: string;
  /** The accessible name: what is copied. */
  label: string;
  /** Element whose text is selected when the copy is refused. */
  target?: RefObject<Element | null>;
  testId?: string;
  disabled?: boolean;
  /** For tests: the status as if a copy had happened, and another clipboard. */
  initialStatus?: 'copied' | 'failed' | null;
  clipboard?: ClipboardLike;
}

export function CopyButton({
  text,
  label,
  target,
  testId,
  disabled = false,
  initialStatus = null,
  clipboard,
}: CopyButtonProps) {
  const { t } = useT();
  const [status, setStatus] = useState<'copied' | 'failed' | null>(initialStatus);
  const [copiedText, setCopiedText] = useState<string | null>(null);
  const copy = async () => {
    const result = await copyText(text, clipboard);
    if (result === 'failed') selectText(target?.current ?? null);
    setStatus(result);
    setCopiedText(text);
  };
  // A status about other coordinates than those shown now would mislead: it clears when they change.
  const shown = copiedText === null || copiedText === text ? status : null;
  return (
    <span className="copy-coords">
      <button
        type="button"
        aria-label={label}
        title={label}
        data-testid={testId}
        disabled={disabled}
        onClick={() => void copy()}
      >
        {t('coords.copy')}
      </button>{' '}
      <span role="status" className="note" data-testid={testId && `${testId}-status`}>
        {shown === 'copied' ? t('coords.copied') : shown === 'failed' ? t('coords.copy.failed') : ''}
      </span>
    </span>
  );
}
