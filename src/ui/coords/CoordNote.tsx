import { useT } from '../../i18n';
import type { CoordTexts } from './use-coord-texts';

/** While VN-2000's conversion loads, or when it could not be loaded (coordinates then in WGS 84). */
export function CoordNote({ state }: { state: CoordTexts['state'] }) {
  const { t } = useT();
  if (state === 'loading')
    return (
      <span className="note" role="status">
        {' '}
        {t('coords.loading')}
      </span>
    );
  if (state === 'failed')
    return (
      <span className="error" role="alert" data-testid="coords-failed">
        {' '}
        {t('coords.failed')}
      </span>
    );
  return null;
}
