// The page of an embed without the side panel (`#embed=1`): the map, the overlay (title, legend,
// "view larger map") and the districts' period. No panels, so their code is never downloaded (see
// ui/lazy/panels.tsx); the feature details and the chooser load with the first click on a feature.
// `panel=1` renders the full App instead.
import { lazy, Suspense } from 'react';
import { loadMessages, useT } from '../../i18n';
import { useLanguage } from '../../state/language';
import { useSelection } from '../../state/selection';
import type { UrlState } from '../../state/url';
import { MapView } from '../MapView';
import { EmbedOverlay } from './EmbedOverlay';
import { setEmbedMap } from './hash-follow';

// The details' and the chooser's texts are not in the first chunk's table (i18n/tables.ts): they
// arrive with the code.
const withMessages = <T,>(code: Promise<T>) =>
  Promise.all([code, loadMessages(useLanguage.getState().lang)]).then(([m]) => m);
const InfoPanel = lazy(async () => ({ default: (await withMessages(import('../InfoPanel'))).InfoPanel }));
const FeatureChooser = lazy(async () => ({
  default: (await withMessages(import('../FeatureChooser'))).FeatureChooser,
}));

export function EmbedApp({ initial }: { initial: UrlState }) {
  const { t } = useT();
  // Once a feature has been picked (or offered), the details stay mounted (their focus handling).
  const picked = useSelection((s) => s.selected !== null || s.choices !== null);
  return (
    <main className="embed" data-testid="embed" aria-label={t('embed.region')}>
      <MapView side="single" initial={initial} onMap={setEmbedMap} />
      <EmbedOverlay />
      {picked && (
        <Suspense fallback={null}>
          <InfoPanel />
          <FeatureChooser />
        </Suspense>
      )}
      <p className="map-period embed-period">{t('districts.period.short')}</p>
    </main>
  );
}
