// "View larger map": the full viewer in a new tab with what the embed shows now (camera, layers,
// filters…), the embed keys left out. rel="noopener": the new tab gets no handle on this frame.
import { useT } from '../../i18n';
import { fullViewerHref } from '../../state/embed';
import { useFilters } from '../../state/filters';
import { useLayers } from '../../state/layers';
import { currentUrlState } from '../../state/url-sync';
import { useView } from '../../state/view';

export function LargerMapLink() {
  const { t } = useT();
  // Re-render when what the link carries changes (the camera, the layers, the filters).
  useView((s) => s.view);
  useLayers((s) => s.layers);
  useFilters((s) => s.filters);
  const href = fullViewerHref(currentUrlState(), window.location);
  return (
    <a
      className="embed-larger"
      data-testid="embed-larger"
      href={href}
      target="_blank"
      rel="noopener"
      aria-label={t('embed.larger.aria')}
    >
      {t('embed.larger')} <span aria-hidden="true">↗</span>
    </a>
  );
}
