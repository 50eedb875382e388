// The "embed the map" button of the side panel; the builder itself is its own chunk, loaded on the
// first click. The dialog is modal (showModal: the page behind is inert, so the focus stays in it)
// and gives the focus back to this button when it closes.
import { lazy, Suspense, useRef, useState } from 'react';
import { useT } from '../../i18n';

const EmbedBuilder = lazy(async () => ({ default: (await import('./EmbedBuilder')).EmbedBuilder }));

export function EmbedBuilderButton() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="embed-open"
        data-testid="embed-builder-open"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('embed.builder.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedBuilder
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
