// The button that opens one of the side panel's modal dialogs (share, embed builder). The dialog is
// mounted only while open and unmounted on close, and the focus goes back to this button then: a
// modal dialog makes the rest of the page inert, so nothing else would hold the focus.
import { type ReactNode, useRef, useState } from 'react';

export interface DialogButtonProps {
  /** The button's visible text (already translated). */
  label: string;
  className: string;
  testId: string;
  /** Renders the open dialog; it calls `onClose` when it has closed itself. */
  dialog: (onClose: () => void) => ReactNode;
}

export function DialogButton({ label, className, testId, dialog }: DialogButtonProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className={className}
        data-testid={testId}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open &&
        dialog(() => {
          setOpen(false);
          button.current?.focus();
        })}
    </>
  );
}
