// One annotation in the side panel's list: its colour, title (text, never HTML), kind and note,
// with Edit and Remove. Edit turns the row into a small form (title, note, colour) whose Save
// writes the store (invalid input cannot pass the fields' limits) and whose Cancel, or Escape,
// leaves the annotation as it was; the focus goes back to the Edit button either way.
import { useEffect, useRef, useState } from 'react';
import { type MessageKey, useT } from '../../i18n';
import { ANNOTATION_COLORS, type Annotation, NOTE_MAX, TITLE_MAX } from '../../share/annotation-code';
import { useAnnotations } from '../../state/annotations';

export function AnnotationItem({ annotation: a, index }: { annotation: Annotation; index: number }) {
  const { t } = useT();
  const [editing, setEditing] = useState<{ title: string; note: string; color: number } | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const wasEditing = useRef(false);
  const name = a.title || t('ann.untitled');

  useEffect(() => {
    if (editing && !wasEditing.current) firstField.current?.focus();
    else if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing]);

  if (editing) {
    const save = () => {
      useAnnotations.getState().update(index, editing);
      setEditing(null);
    };
    return (
      <li data-testid="ann-item">
        <form
          className="ann-edit"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.stopPropagation();
            setEditing(null);
          }}
        >
          <fieldset>
            <legend>{t('ann.edit.legend', { title: name })}</legend>
            <label className="ann-field">
              <span>{t('ann.field.title')}</span>
              <input
                ref={firstField}
                type="text"
                maxLength={TITLE_MAX}
                value={editing.title}
                data-testid="ann-edit-title"
                onChange={(e) => setEditing({ ...editing, title: e.currentTarget.value })}
              />
            </label>
            <label className="ann-field">
              <span>{t('ann.field.note')}</span>
              <textarea
                maxLength={NOTE_MAX}
                rows={2}
                value={editing.note}
                onChange={(e) => setEditing({ ...editing, note: e.currentTarget.value })}
              />
            </label>
            <label className="ann-field">
              <span>{t('ann.color')}</span>
              <select
                value={editing.color}
                onChange={(e) => setEditing({ ...editing, color: Number(e.currentTarget.value) })}
              >
                {ANNOTATION_COLORS.map((c, i) => (
                  <option key={c} value={i}>
                    {t('ann.color.n', { n: i + 1 })}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" data-testid="ann-edit-save">
              {t('ann.edit.save')}
            </button>{' '}
            <button type="button" onClick={() => setEditing(null)}>
              {t('ann.edit.cancel')}
            </button>
          </fieldset>
        </form>
      </li>
    );
  }

  return (
    <li data-testid="ann-item">
      <span className="ann-dot" style={{ background: ANNOTATION_COLORS[a.color] }} aria-hidden="true" />
      <span className="ann-item-title">{name}</span>{' '}
      <span className="ann-kind">({t(`ann.kind.${a.kind}` as MessageKey)})</span>
      {a.note && <span className="ann-note">{a.note}</span>}
      <span className="ann-actions">
        <button
          ref={editButton}
          type="button"
          className="ann-edit-open"
          aria-label={t('ann.edit.aria', { title: name })}
          onClick={() => setEditing({ title: a.title, note: a.note, color: a.color })}
        >
          {t('ann.edit')}
        </button>
        <button
          type="button"
          className="ann-remove"
          aria-label={t('ann.remove', { title: name })}
          onClick={() => useAnnotations.getState().remove(index)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </span>
    </li>
  );
}
