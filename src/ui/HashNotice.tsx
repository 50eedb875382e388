import { useT } from '../i18n';
import type { HashCorrection } from '../state/url';

interface Props {
  /** Keys of the link whose values were invalid or unknown (their defaults apply). */
  ignored: string[];
  /** Values read after a correction (repeated key, punctuation after the link). */
  corrected: HashCorrection[];
  onDismiss: () => void;
}

/** A key from the link as shown in the notice: long garbage is cut, so the notice stays readable. */
const shown = (key: string) => (key.length > 32 ? `${key.slice(0, 31)}…` : key);

/**
 * Says which parameters of the link were ignored or corrected, in the user's language. Everything
 * from the link is rendered as React text, never as HTML.
 */
export function HashNotice({ ignored, corrected, onDismiss }: Props) {
  const { t } = useT();
  if (ignored.length === 0 && corrected.length === 0) return null;
  const items = corrected.map((c) =>
    c.reason === 'repeated'
      ? t('app.hash.corrected.repeated', { key: shown(c.key), count: String(c.count) })
      : t('app.hash.corrected.punctuation', { key: shown(c.key), removed: shown(c.removed) }),
  );
  return (
    <p className="notice" role="status" data-testid="hash-notice">
      {ignored.length > 0 && t('app.hash.ignored', { keys: ignored.map(shown).join(', ') })}
      {ignored.length > 0 && items.length > 0 && ' '}
      {items.length > 0 && t('app.hash.corrected', { items: items.join('; ') })}
      <button type="button" className="notice-dismiss" aria-label={t('app.hash.dismiss')} onClick={onDismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </p>
  );
}
