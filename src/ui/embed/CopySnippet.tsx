// The snippet in a read-only text area and a copy button: navigator.clipboard where the browser
// allows it; otherwise (no clipboard API, a refused permission, an insecure page) the text is
// selected for Ctrl+C and a message says so.
import { useRef, useState } from 'react';
import { useT } from '../../i18n';

export function CopySnippet({ snippet, label }: { snippet: string; label: string }) {
  const { t } = useT();
  const area = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<'copied' | 'manual' | null>(null);
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(snippet);
      setStatus('copied');
    } catch {
      area.current?.focus();
      area.current?.select();
      setStatus('manual');
    }
  };
  return (
    <div className="embed-snippet">
      <label>
        {label}
        <textarea ref={area} readOnly value={snippet} rows={4} data-testid="embed-snippet" />
      </label>
      <button type="button" onClick={() => void copy()} data-testid="embed-copy">
        {t('embed.builder.copy')}
      </button>
      <p role="status" className="embed-copy-status">
        {status === 'copied'
          ? t('embed.builder.copied')
          : status === 'manual'
            ? t('embed.builder.copy.manual')
            : ''}
      </p>
    </div>
  );
}
