// The embed builder (issue 11 §2): size, content and behaviour of an embed of the current view, a
// live preview (an <iframe> of the embed's address) and the snippet with a copy button.
import { useEffect, useId, useRef, useState } from 'react';
import { LAYER_IDS } from '../../data/schema';
import { type MessageKey, useT } from '../../i18n';
import { catalogTitle, useCatalog } from '../../state/catalog';
import { MAX_EMBED_TITLE, SCROLL_ZOOMS } from '../../state/embed-url';
import { useLayers } from '../../state/layers';
import { currentUrlState } from '../../state/url-sync';
import { CopySnippet } from './CopySnippet';
import { trapTab } from './focus-trap';
import { SizeField } from './SizeField';
import { type EmbedOptions, embedUrl, iframeSnippet, SIZE_LIMITS, titleAllowed } from './snippet';
import './embed-builder.css';

export function EmbedBuilder({ onClose }: { onClose: () => void }) {
  const { t, lang } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const layers = useLayers((s) => s.layers);
  const [o, setO] = useState<EmbedOptions>({
    responsive: true,
    width: 800,
    height: 500,
    view: true,
    lang,
    legend: true,
    panel: false,
    title: '',
    scroll: 'coop',
  });
  const set = (patch: Partial<EmbedOptions>) => setO((prev) => ({ ...prev, ...patch }));

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const page = `${window.location.origin}${window.location.pathname}${window.location.search}`;
  const url = embedUrl(page, currentUrlState(), o);
  const snippet = iframeSnippet(url, o, t('embed.builder.frame_title'));
  // The layer panel's names (the catalog's), so the builder lists what the reader sees.
  useCatalog((c) => c.catalog);
  const shown = LAYER_IDS.filter((id) => layers[id].visible).map(
    (id) => catalogTitle(id, lang) ?? t(`layer.${id}` as MessageKey),
  );

  return (
    // Escape (the dialog's cancel) and the × both close it; the opener gets the focus back.
    <dialog
      ref={dialog}
      className="embed-builder"
      data-testid="embed-builder"
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={(e) => trapTab(e, dialog.current)}
    >
      <header>
        <h2 id={titleId}>{t('embed.builder.title')}</h2>
        <button
          type="button"
          className="close"
          aria-label={t('embed.builder.close')}
          onClick={() => dialog.current?.close()}
        >
          ×
        </button>
      </header>
      <div className="embed-builder-body">
        <form className="embed-builder-form" onSubmit={(e) => e.preventDefault()}>
          <fieldset>
            <legend>{t('embed.builder.size')}</legend>
            <label>
              <input
                type="radio"
                name="size"
                checked={o.responsive}
                onChange={() => set({ responsive: true })}
              />
              {t('embed.builder.responsive')}
            </label>
            <label>
              <input
                type="radio"
                name="size"
                checked={!o.responsive}
                onChange={() => set({ responsive: false })}
              />
              {t('embed.builder.fixed')}
            </label>
            {!o.responsive && (
              <SizeField
                label={t('embed.builder.width')}
                value={o.width}
                limits={SIZE_LIMITS.width}
                onChange={(width) => set({ width })}
              />
            )}
            <SizeField
              label={t('embed.builder.height')}
              value={o.height}
              limits={SIZE_LIMITS.height}
              onChange={(height) => set({ height })}
            />
          </fieldset>
          <fieldset>
            <legend>{t('embed.builder.content')}</legend>
            <p className="embed-builder-layers">
              {t('embed.builder.layers', {
                layers: shown.length ? shown.join(', ') : t('embed.builder.layers.none'),
              })}
            </p>
            <label>
              <input type="checkbox" checked={o.view} onChange={(e) => set({ view: e.target.checked })} />
              {t('embed.builder.view')}
            </label>
            <label>
              {t('embed.builder.lang')}{' '}
              <select value={o.lang} onChange={(e) => set({ lang: e.target.value === 'en' ? 'en' : 'vi' })}>
                <option value="vi">{t('embed.builder.lang.vi')}</option>
                <option value="en">{t('embed.builder.lang.en')}</option>
              </select>
            </label>
            <label>
              <input type="checkbox" checked={o.legend} onChange={(e) => set({ legend: e.target.checked })} />
              {t('embed.builder.legend')}
            </label>
            <label>
              <input type="checkbox" checked={o.panel} onChange={(e) => set({ panel: e.target.checked })} />
              {t('embed.builder.panel')}
            </label>
            <label className="embed-builder-title">
              {t('embed.builder.title_field', { max: MAX_EMBED_TITLE })}
              <input type="text" value={o.title} onChange={(e) => set({ title: e.target.value })} />
            </label>
            {!titleAllowed(o.title) && (
              <p className="notice error" role="alert">
                {t('embed.builder.title.bad')}
              </p>
            )}
          </fieldset>
          <fieldset>
            <legend>{t('embed.builder.scroll')}</legend>
            {SCROLL_ZOOMS.map((s) => (
              <label key={s}>
                <input
                  type="radio"
                  name="scroll"
                  checked={o.scroll === s}
                  onChange={() => set({ scroll: s })}
                />
                {t(`embed.builder.scroll.${s}` as MessageKey)}
              </label>
            ))}
          </fieldset>
        </form>
        <section className="embed-builder-output">
          <h3>{t('embed.builder.preview')}</h3>
          <div className="embed-builder-preview">
            <iframe
              data-testid="embed-preview"
              src={url}
              title={t('embed.builder.preview')}
              style={{ width: o.responsive ? '100%' : `${o.width}px`, height: `${o.height}px`, border: 0 }}
            />
          </div>
          <CopySnippet snippet={snippet} label={t('embed.builder.code')} />
        </section>
      </div>
    </dialog>
  );
}
