// The per-layer controls under a layer's title: its opacity, "zoom to layer", and what the layer is,
// where it comes from and under which licence (from the catalog the pipeline wrote).
import { useId } from 'react';
import type { LayerId } from '../data/schema';
import { useT } from '../i18n';
import { useLayers } from '../state/layers';

/** The opacity slider (0–100 %, a step of 5) and the "zoom to layer" button of one layer. */
export function LayerControls({ id, title }: { id: LayerId; title: string }) {
  const { t, num } = useT();
  const opacity = useLayers((s) => s.layers[id]?.opacity ?? 1);
  const bbox = useLayers((s) => s.layers[id]?.meta?.bbox);
  const setOpacity = useLayers((s) => s.setOpacity);
  const requestZoom = useLayers((s) => s.requestZoom);
  const inputId = useId();
  const percent = Math.round(opacity * 100);
  return (
    <div className="layer-controls">
      <label className="layer-opacity" htmlFor={inputId}>
        <span>{t('layers.opacity')}</span>
        <input
          id={inputId}
          type="range"
          min={0}
          max={100}
          step={5}
          value={percent}
          aria-label={t('layers.opacity.label', { title })}
          aria-valuetext={`${num(percent)} %`}
          onChange={(e) => setOpacity(id, Number(e.currentTarget.value) / 100)}
        />
        <output htmlFor={inputId} aria-hidden="true">{`${num(percent)} %`}</output>
      </label>
      {/* Without the catalog's box there is nothing to zoom to; the button is not offered. */}
      {bbox && (
        <button
          type="button"
          className="layer-zoom"
          aria-label={t('layers.zoom.label', { title })}
          onClick={() => requestZoom(id)}
        >
          {t('layers.zoom')}
        </button>
      )}
    </div>
  );
}

/** The catalog's description, source and licence of one layer (none before the catalog is read). */
export function LayerAbout({ id }: { id: LayerId }) {
  const { t, lang } = useT();
  const meta = useLayers((s) => s.layers[id]?.meta);
  if (!meta) return null;
  const description = meta.description?.[lang];
  // Vietnamese text for a Vietnamese user; a catalog without it (older, or another tool's) shows the
  // English as it is, rather than nothing.
  const source = (lang === 'vi' && meta.attribution_vi) || meta.attribution;
  const licence = (lang === 'vi' && meta.licence_vi) || meta.licence;
  return (
    <div className="layer-about">
      {description && <p>{description}</p>}
      {source && <p>{t('layers.source', { source })}</p>}
      {licence && <p>{t('layers.licence', { licence })}</p>}
    </div>
  );
}
