// The annotations section of the side panel (issue 11 §1): draw a point, line or area (the toolbar),
// its title, note and colour, the list (AnnotationItem: titles as text, never HTML, edit and remove),
// the link's limit, and GeoJSON export and import for sets too big for a link. In a comparison the
// annotations are drawn on the first (left) map only (App attaches them to it), which the section says.
import { useState } from 'react';
import { type MessageKey, useT } from '../../i18n';
import {
  ANN_LINK_LIMIT,
  ANNOTATION_COLORS,
  ANNOTATION_KINDS,
  encodeAnnotations,
  NOTE_MAX,
  TITLE_MAX,
} from '../../share/annotation-code';
import { annotationsFromGeoJson, annotationsToGeoJson } from '../../share/annotation-geojson';
import { useAnnotations } from '../../state/annotations';
import { download } from '../download';
import { AnnotationItem } from './AnnotationItem';

export function AnnotationPanel() {
  const { t } = useT();
  const { list, drawing, draft, setDraft, start, finish, cancel, replaceAll } = useAnnotations();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const code = list.length > 0 ? encodeAnnotations(list) : '';
  const kindWord = (k: string) => t(`ann.kind.${k}` as MessageKey).toLowerCase();

  const onFile = async (file: File) => {
    const r = annotationsFromGeoJson(await file.text());
    if ('error' in r) {
      setMessage({
        text: t(`ann.import.error.${r.error}` as MessageKey, { name: file.name, index: (r.index ?? 0) + 1 }),
        error: true,
      });
      return;
    }
    replaceAll([...useAnnotations.getState().list, ...r.list]);
    setMessage({ text: t('ann.import.done', { count: r.list.length, name: file.name }), error: false });
  };

  return (
    <section className="annotations" aria-labelledby="ann-heading" data-testid="annotations">
      <h2 id="ann-heading">{t('ann.title')}</h2>
      <div className="ann-tools" role="toolbar" aria-label={t('ann.title')}>
        {ANNOTATION_KINDS.map((k) => (
          <button
            key={k}
            type="button"
            aria-pressed={drawing?.kind === k}
            data-testid={`ann-draw-${k}`}
            onClick={() => start(k)}
          >
            {t('ann.draw', { kind: t(`ann.kind.${k}` as MessageKey) })}
          </button>
        ))}
      </div>
      {drawing && (
        <div className="ann-drawing">
          <p role="status" data-testid="ann-status">
            {t('ann.drawing', { kind: kindWord(drawing.kind), count: drawing.points.length })}
          </p>
          <button type="button" onClick={() => finish()} data-testid="ann-finish">
            {t('ann.finish')}
          </button>{' '}
          <button type="button" onClick={cancel}>
            {t('ann.cancel')}
          </button>
        </div>
      )}
      <label className="ann-field">
        <span>{t('ann.field.title')}</span>
        <input
          type="text"
          maxLength={TITLE_MAX}
          value={draft.title}
          data-testid="ann-title"
          onChange={(e) => setDraft({ title: e.currentTarget.value })}
        />
      </label>
      <label className="ann-field">
        <span>{t('ann.field.note')}</span>
        <textarea
          maxLength={NOTE_MAX}
          rows={2}
          value={draft.note}
          data-testid="ann-note"
          onChange={(e) => setDraft({ note: e.currentTarget.value })}
        />
      </label>
      <fieldset className="ann-colors">
        <legend>{t('ann.color')}</legend>
        {ANNOTATION_COLORS.map((c, i) => (
          <label
            key={c}
            className="ann-swatch"
            style={{ background: c }}
            title={t('ann.color.n', { n: i + 1 })}
          >
            <input
              type="radio"
              name="ann-color"
              checked={draft.color === i}
              aria-label={t('ann.color.n', { n: i + 1 })}
              onChange={() => setDraft({ color: i })}
            />
          </label>
        ))}
      </fieldset>
      <h3 className="ann-list-title">{t('ann.list.title', { count: list.length })}</h3>
      {list.length > 0 ? (
        <ul className="ann-list" data-testid="ann-list">
          {list.map((a, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: annotations have no id; the list is small and only appended to or filtered
            <AnnotationItem key={i} annotation={a} index={i} />
          ))}
        </ul>
      ) : (
        <p className="ann-empty">{t('ann.list.empty')}</p>
      )}
      <p className="ann-first-map">{t('ann.firstMap')}</p>
      <p className="ann-limit" data-testid="ann-limit">
        {code === null
          ? t('ann.limit.over', { limit: ANN_LINK_LIMIT })
          : t('ann.limit', { limit: ANN_LINK_LIMIT, size: code.length })}
      </p>
      <div className="ann-files">
        <button
          type="button"
          disabled={list.length === 0}
          onClick={() =>
            download(
              'annotations.geojson',
              JSON.stringify(annotationsToGeoJson(list)),
              'application/geo+json',
            )
          }
        >
          {t('ann.export')}
        </button>{' '}
        <label className="ann-import file-pick">
          <span className="file-face">{t('ann.import')}</span>
          <input
            className="file-input"
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (f) void onFile(f);
            }}
          />
        </label>
      </div>
      {message && (
        <p className={`notice${message.error ? ' error' : ''}`} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
