// What an imported layer's row shows beyond a curated one's: where it came from (a file, in this
// browser only, or a URL a link can share), "zoom to layer", a button that removes it for good, and
// its analyses.
import { lazy, Suspense, useMemo } from 'react';
import type { LayerId } from '../../data/schema';
import { type MessageKey, useT } from '../../i18n';
import { removeBigLayer } from '../../state/big-layers';
import { useBigLayers } from '../../state/big-layers-store';
import { useLayers } from '../../state/layers';
import { removeUserLayer, useUserLayers } from '../../state/user-layers';
import { locatedBbox, requestImportedZoom, summaryBbox } from './layer-bbox';

// The analyses load with their own chunk, the first time an imported layer is listed.
const UserLayerAnalysis = lazy(async () => ({
  default: (await import('./UserLayerAnalysis')).UserLayerAnalysis,
}));

export function UserLayerExtras({ id, title }: { id: LayerId; title: string }) {
  const { t } = useT();
  const small = useUserLayers((s) => s.layers[id]);
  const big = useBigLayers((s) => s.layers[id]);
  const features = useLayers((s) => s.layers[id]?.features);
  // The box the zoom request carries (importedLayerBbox works out the same); none: nothing to zoom to.
  const bbox = useMemo(
    () => (big ? summaryBbox(big.summary) : small ? locatedBbox(features ?? []) : null),
    [big, small, features],
  );
  const layer = small ?? big;
  if (!layer) return null;
  return (
    <div className="user-layer-extras" data-features-held={big?.loaded}>
      <p className="user-layer-origin">
        {layer.url ? t('userLayers.origin.url', { url: layer.url }) : t('userLayers.origin.file')}
      </p>
      {(layer.warnings ?? []).map((w) => (
        <p className="user-layer-notice" key={w.key} data-import-warning={w.key}>
          {t(w.key as MessageKey, w.params)}
        </p>
      ))}
      {big?.notice && (
        <p className="user-layer-notice" role="status">
          {t(big.notice.key as MessageKey, big.notice.params)}
        </p>
      )}
      <button
        type="button"
        className="user-layer-zoom"
        data-zoom-layer={id}
        aria-label={t('userLayers.zoom.aria', { title })}
        disabled={!bbox}
        title={bbox ? undefined : t('userLayers.zoom.none')}
        onClick={() => requestImportedZoom(id)}
      >
        {t('userLayers.zoom')}
      </button>
      <button
        type="button"
        className="user-layer-remove"
        data-remove-layer={id}
        aria-label={t('userLayers.remove.aria', { title })}
        onClick={() => void (big ? removeBigLayer(id) : removeUserLayer(id))}
      >
        {t('userLayers.remove')}
      </button>
      {(small || (big?.summary && !big.viewport)) && (
        <Suspense fallback={null}>
          <UserLayerAnalysis id={id} title={title} big={!small} />
        </Suspense>
      )}
    </div>
  );
}
