// What an imported layer's row shows beyond a curated one's: where it came from (a file, in this
// browser only, or a URL a link can share), "zoom to layer", a button that removes it for good, and
// its analyses, and "Colour by" (ColorBySelect).
import { lazy, Suspense, useId, useMemo, useRef, useState } from 'react';
import type { LayerId } from '../../data/schema';
import { type MessageKey, useT } from '../../i18n';
import { removeBigLayer } from '../../state/big-layers';
import { useBigLayers } from '../../state/big-layers-store';
import { useLayers } from '../../state/layers';
import { removeUserLayer, useUserLayers } from '../../state/user-layers';
import { ColorBySelect } from './ColorBySelect';
import { locatedBbox, requestImportedZoom, summaryBbox } from './layer-bbox';

// The analyses load with their own chunk, the first time an imported layer is listed.
const UserLayerAnalysis = lazy(async () => ({
  default: (await import('./UserLayerAnalysis')).UserLayerAnalysis,
}));

/** Message params with every number in the page's number format (a count read "100000"). */
function formatted(
  params: Record<string, unknown> | undefined,
  num: (n: number, digits?: number) => string,
): Record<string, string | number> | undefined {
  if (!params) return undefined;
  const out: Record<string, string | number> = {};
  // Every decimal kept (num's default of 0 digits would round one away).
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'number' ? num(v, 10) : String(v);
  return out;
}

export function UserLayerExtras({ id, title }: { id: LayerId; title: string }) {
  const { t, num } = useT();
  const small = useUserLayers((s) => s.layers[id]);
  const big = useBigLayers((s) => s.layers[id]);
  const features = useLayers((s) => s.layers[id]?.features);
  const [confirming, setConfirming] = useState(false);
  const refocus = useRef(false);
  const questionId = useId();
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
          {t(w.key as MessageKey, formatted(w.params, num))}
        </p>
      ))}
      {big?.notice && (
        <p className="user-layer-notice" role="status">
          {t(big.notice.key as MessageKey, formatted(big.notice.params, num))}
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
      <ColorBySelect id={id} title={title} />
      {confirming ? (
        // Asked once, in the row: a large layer takes a while to import again. The question's
        // Remove takes the focus (described by the question); Keep gives it back to the row's Remove.
        <div className="user-layer-confirm">
          <p id={questionId}>{t('userLayers.remove.confirm', { title })}</p>
          <button
            type="button"
            ref={(b) => b?.focus()}
            aria-describedby={questionId}
            data-confirm-remove={id}
            onClick={() => void (big ? removeBigLayer(id) : removeUserLayer(id))}
          >
            {t('userLayers.remove.yes')}
          </button>{' '}
          <button
            type="button"
            data-keep-layer={id}
            onClick={() => {
              refocus.current = true;
              setConfirming(false);
            }}
          >
            {t('userLayers.remove.no')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="user-layer-remove"
          ref={(b) => {
            if (b && refocus.current) b.focus();
            refocus.current = false;
          }}
          data-remove-layer={id}
          aria-label={t('userLayers.remove.aria', { title })}
          onClick={() => setConfirming(true)}
        >
          {t('userLayers.remove')}
        </button>
      )}
      {(small || (big?.summary && !big.viewport)) && (
        <Suspense fallback={null}>
          <UserLayerAnalysis id={id} title={title} big={!small} />
        </Suspense>
      )}
    </div>
  );
}
