// The share dialog (issue 11 §1): the link of the view (read-only, selectable), a copy button with a
// fallback and a status, the QR code as an image with its text alternative, the link's size, and
// what cannot travel in a link. A native modal <dialog>: the rest of the page is inert while it is
// open (the focus stays inside), Escape closes it, and the focus goes back to the button.
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { ANN_LINK_LIMIT } from '../../share/annotation-code';
import { DialogButton } from '../DialogButton';
import { annotationsLeftOut, currentLink, qrDataUrl } from './share-link';

type CopyStatus = 'idle' | 'copied' | 'failed';

/** Writes `text` to the clipboard: the async API, else the selected input and execCommand. */
async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    input?.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/**
 * Keeps Tab inside `box`: from the last focusable element to the first and back with Shift. A modal
 * <dialog> makes the page behind it inert, but Tab would still leave for the browser's own controls.
 */
function trapTab(e: KeyboardEvent, box: HTMLElement): void {
  const focusable = [
    ...box.querySelectorAll<HTMLElement>('button, input, [href], [tabindex]:not([tabindex="-1"])'),
  ];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

export function ShareButton() {
  const { t } = useT();
  return (
    <DialogButton
      label={t('share.open')}
      className="share-open"
      testId="share-open"
      dialog={(onClose) => <ShareDialog onClose={onClose} />}
    />
  );
}

function ShareDialog({ onClose: close }: { onClose: () => void }) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  // Closed before React unmounts it: while a modal dialog is open the page behind it is inert, so
  // the focus could not go back to the share button.
  const onClose = () => {
    dialog.current?.close();
    close();
  };
  const input = useRef<HTMLInputElement>(null);
  // The link is taken when the dialog opens: the view cannot change behind a modal dialog.
  const [link] = useState(currentLink);
  const [leftOut] = useState(annotationsLeftOut);
  const [copy, setCopy] = useState<CopyStatus>('idle');
  const [qr, setQr] = useState<string | null | 'failed'>(null);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open && typeof d.showModal === 'function') d.showModal();
    input.current?.focus();
    input.current?.select();
    let live = true;
    qrDataUrl(link).then(
      (url) => live && setQr(url),
      () => live && setQr('failed'),
    );
    return () => {
      live = false;
    };
  }, [link]);

  const bytes = new TextEncoder().encode(link).length;
  return (
    <dialog
      ref={dialog}
      className="share-dialog"
      aria-labelledby="share-title"
      data-testid="share-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Tab') {
          trapTab(e.nativeEvent, e.currentTarget);
          return;
        }
        // Handled here, so the app's own Escape (clearing the selection…) does not also run.
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
    >
      <h2 id="share-title">{t('share.title')}</h2>
      <label className="share-link">
        <span>{t('share.link')}</span>
        <input
          ref={input}
          type="text"
          readOnly
          value={link}
          data-testid="share-link"
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <p className="share-actions">
        <button
          type="button"
          data-testid="share-copy"
          onClick={async () => setCopy((await copyText(link, input.current)) ? 'copied' : 'failed')}
        >
          {t('share.copy')}
        </button>
        <span role="status" data-testid="share-status">
          {copy === 'copied' ? t('share.copied') : copy === 'failed' ? t('share.copy.failed') : ''}
        </span>
      </p>
      <p data-testid="share-size">{t('share.size', { chars: link.length, bytes })}</p>
      {qr === 'failed' ? (
        <p>{t('share.qr.failed')}</p>
      ) : (
        qr && (
          <img
            className="share-qr"
            src={qr}
            alt={t('share.qr.alt')}
            width={200}
            height={200}
            data-testid="share-qr"
          />
        )
      )}
      <p>{t('share.files')}</p>
      {leftOut && <p className="notice">{t('share.ann.tooBig', { limit: ANN_LINK_LIMIT })}</p>}
      <button type="button" className="share-close" onClick={onClose}>
        {t('share.close')}
      </button>
    </dialog>
  );
}
