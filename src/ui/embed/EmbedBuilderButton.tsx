// The "embed the map" button of the side panel; the builder itself is its own chunk, loaded on the
// first click. The dialog is modal (showModal: the page behind is inert, so the focus stays in it)
// and gives the focus back to this button when it closes (DialogButton).
import { lazy, Suspense } from 'react';
import { useT } from '../../i18n';
import { DialogButton } from '../DialogButton';

const EmbedBuilder = lazy(async () => ({ default: (await import('./EmbedBuilder')).EmbedBuilder }));

export function EmbedBuilderButton() {
  const { t } = useT();
  return (
    <DialogButton
      label={t('embed.builder.open')}
      className="embed-open"
      testId="embed-builder-open"
      dialog={(onClose) => (
        <Suspense fallback={null}>
          <EmbedBuilder onClose={onClose} />
        </Suspense>
      )}
    />
  );
}
