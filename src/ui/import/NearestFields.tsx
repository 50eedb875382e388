// The controls both "nearest corridor of each point" forms share (small layers: NearestCorridors;
// large ones: BigNearestCorridors): which corridor (or any), and "only within X km", each with its
// visible label. The km text is read by readMaxKm in the UI language's convention, as every number
// field is (number-input.ts), and rewritten when the language switches (use-number-text.ts).
import { useId } from 'react';
import { MAX_DISTANCE_KM } from '../../analysis/result';
import { useT } from '../../i18n';
import { checkNumberBounds, parseNumberInput } from '../../i18n/number-input';
import type { Language } from '../../state/language';
import { useLayers } from '../../state/layers';
import { useNumberText } from '../use-number-text';

/**
 * "Only within X km" as typed, in `lang`'s convention (vi "0,5" and "1.000", en "0.5" and "1,000";
 * the other language's decimal mark is read too): 0 ≤ km ≤ 200 (the analyses' greatest distance,
 * MAX_DISTANCE_KM), or null for no distance filter — empty
 * text, or text that is no such number (the fields then say so). A trailing decimal mark ("1," on
 * the way to "1,5") is the number so far, not a mistake to announce at every keystroke.
 */
export function readMaxKm(text: string, lang: Language): number | null {
  const s = text.trim().replace(/(\d)[.,]$/, '$1');
  if (s === '') return null;
  const parsed = checkNumberBounds(parseNumberInput(s, lang), { min: 0, max: MAX_DISTANCE_KM });
  return parsed.ok ? parsed.value : null;
}

export function NearestFields(props: {
  corridor: string;
  onCorridor: (id: string) => void;
  /** The distance filter read from the field (see readMaxKm), on every edit. */
  onMaxKm: (km: number | null) => void;
  /** The text the km field opens with (default empty: every point). */
  initialKm?: string;
}) {
  const { t, lang, num } = useT();
  const corridors = useLayers((s) => s.layers.corridors.features);
  const [km, setKm] = useNumberText(lang, () => props.initialKm ?? '');
  const selectId = useId();
  const kmId = useId();
  const errorId = useId();
  const read = km.trim() === '' ? null : readMaxKm(km, lang);
  const bad = km.trim() !== '' && read === null;
  const echoId = useId();
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
        value={km}
        size={5}
        aria-invalid={bad || undefined}
        aria-describedby={bad ? errorId : read !== null ? echoId : undefined}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setKm(next);
          props.onMaxKm(readMaxKm(next, lang));
        }}
      />
      {/* What was read, as every km field echoes it ("= 1,5 km"); text that is no distance is said
          so (the list then shows every point). */}
      {read !== null && (
        <output id={echoId} className="number-echo" aria-live="polite">
          {t('input.number.read', { value: `${num(read, 6)} km` })}
        </output>
      )}
      {bad && (
        <p className="error" id={errorId} role="alert">
          {t('userLayers.nearest.badKm', { value: km.trim() })}
        </p>
      )}
    </>
  );
}
