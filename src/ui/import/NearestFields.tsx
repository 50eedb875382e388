// The controls both "nearest corridor of each point" forms share (small layers: NearestCorridors;
// large ones: BigNearestCorridors): which corridor (or any), and "only within X km", each with its
// visible label. The km text is read by parseMaxKm, the same way for both.
import { useId } from 'react';
import { useT } from '../../i18n';
import { useLayers } from '../../state/layers';

/**
 * "Within X km" as typed: a decimal with either separator; anything else: no distance filter (the
 * fields then say the text is no distance).
 */
export function parseMaxKm(km: string): number | null {
  const s = km.trim();
  // A trailing separator ("1," on the way to "1,5") is the whole number so far, not a mistake to
  // announce at every keystroke.
  return /^\d+([.,]\d*)?$/.test(s) ? Number(s.replace(',', '.')) : null;
}

export function NearestFields(props: {
  corridor: string;
  onCorridor: (id: string) => void;
  km: string;
  onKm: (km: string) => void;
}) {
  const { t, lang } = useT();
  const corridors = useLayers((s) => s.layers.corridors.features);
  const selectId = useId();
  const kmId = useId();
  const errorId = useId();
  const bad = props.km.trim() !== '' && parseMaxKm(props.km) === null;
  return (
    <>
      <label htmlFor={selectId}>{t('userLayers.nearest.corridor')}</label>
      <select id={selectId} value={props.corridor} onChange={(e) => props.onCorridor(e.currentTarget.value)}>
        <option value="">{t('userLayers.nearest.any')}</option>
        {corridors.map((c) => {
          const cid = String(c.properties?.id ?? '');
          return (
            <option key={cid} value={cid}>
              {String(c.properties?.[lang === 'vi' ? 'name_vi' : 'name_en'] ?? cid)}
            </option>
          );
        })}
      </select>
      <label htmlFor={kmId}>{t('userLayers.nearest.within')}</label>{' '}
      <input
        id={kmId}
        inputMode="decimal"
        value={props.km}
        size={5}
        aria-invalid={bad || undefined}
        aria-describedby={bad ? errorId : undefined}
        onChange={(e) => props.onKm(e.currentTarget.value)}
      />
      {/* Typed text that is no distance is said so (the list then shows every point). */}
      {bad && (
        <p className="error" id={errorId} role="alert">
          {t('userLayers.nearest.badKm', { value: props.km.trim() })}
        </p>
      )}
    </>
  );
}
