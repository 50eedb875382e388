// The page of an embed without the side panel (`#embed=1`): the map, the overlay (title, legend,
// "view larger map") and the districts' period. No panels, so their code is never downloaded (see
// ui/lazy/panels.tsx); the feature details and the chooser load with the first click on a feature.
// `panel=1` renders the full App instead.
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useT } from '../../i18n';
import type { PlanningMap } from '../../map/PlanningMap';
import { useSelection } from '../../state/selection';
import type { UrlState } from '../../state/url';
import { applyHash } from '../../state/url-sync';
import { MapView } from '../MapView';
import { EmbedOverlay } from './EmbedOverlay';

const InfoPanel = lazy(async () => ({ default: (await import('../InfoPanel')).InfoPanel }));
const FeatureChooser = lazy(async () => ({ default: (await import('../FeatureChooser')).FeatureChooser }));

export function EmbedApp({ initial }: { initial: UrlState }) {
  const { t } = useT();
  // Once a feature has been picked (or offered), the details stay mounted (their focus handling).
  const picked = useSelection((s) => s.selected !== null || s.choices !== null);
  const mapRef = useRef<PlanningMap | null>(null);

  // A new hash (the embed builder's preview changes its frame's address as options change; a
  // parent page may do the same) applies without a reload: layers, legend, title, camera.
  useEffect(() => {
    const onHash = (e: HashChangeEvent) => {
      // The event's URL, not location.hash (the debounced writer may have replaced it already).
      const parsed = applyHash(new URL(e.newURL).hash);
      const map = mapRef.current;
      if (map && parsed.zoom !== undefined && parsed.lat !== undefined && parsed.lon !== undefined) {
        map.setView({ center: [parsed.lon, parsed.lat], zoom: parsed.zoom });
      }
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <main className="embed" data-testid="embed" aria-label={t('embed.region')}>
      <MapView
        side="single"
        initial={initial}
        onMap={(m) => {
          mapRef.current = m;
        }}
      />
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
