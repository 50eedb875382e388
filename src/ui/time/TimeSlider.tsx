// The time slider's controls: a labelled range over the stops (role slider, aria-valuetext with the
// year or "planned" in the user's language), step back and forward, play/pause (aria-pressed) and the
// chosen stop shown as text.
import { useId, useMemo } from 'react';
import { useT } from '../../i18n';
import type { YearStop } from '../../lib/park-growth';
import { stepKey } from './slider-keys';

export interface TimeSliderProps {
  stops: readonly YearStop[];
  index: number;
  playing: boolean;
  onIndex: (index: number) => void;
  onPlay: (playing: boolean) => void;
  /** The stop in force when it is not one of `stops` (a link's `year=1900`): shown as it is. */
  current?: YearStop | null;
}

/** A stop's words: its label ("2005", "Quy hoạch") and the slider's value text. Stable per language. */
export function useStopText() {
  const { t } = useT();
  return useMemo(
    () => ({
      label: (stop: YearStop) => (stop === 'planned' ? t('time.planned') : String(stop)),
      valueText: (stop: YearStop) =>
        stop === 'planned' ? t('time.valuetext.planned') : t('time.valuetext.year', { year: stop }),
    }),
    [t],
  );
}

export function TimeSlider({ stops, index, playing, onIndex, onPlay, current }: TimeSliderProps) {
  const { t } = useT();
  const id = useId();
  const text = useStopText();
  const stop = current ?? stops[index] ?? 'planned';
  const last = stops.length - 1;
  return (
    <div className="time-slider">
      <label htmlFor={id}>{t('time.slider')}</label>
      <div className="time-slider-row">
        <button
          type="button"
          className="time-step"
          aria-label={t('time.back')}
          disabled={index <= 0}
          onClick={() => onIndex(index - 1)}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <input
          id={id}
          type="range"
          min={0}
          max={last}
          step={1}
          value={index}
          aria-valuetext={text.valueText(stop)}
          onChange={(e) => onIndex(Number(e.currentTarget.value))}
          onKeyDown={(e) => {
            const next = stepKey(e.key, index, stops.length);
            if (next === null || e.altKey || e.ctrlKey || e.metaKey) return;
            e.preventDefault();
            if (next !== index) onIndex(next);
          }}
        />
        <button
          type="button"
          className="time-step"
          aria-label={t('time.forward')}
          disabled={index >= last}
          onClick={() => onIndex(index + 1)}
        >
          <span aria-hidden="true">›</span>
        </button>
        <button
          type="button"
          className="time-play"
          aria-label={t('time.play')}
          aria-pressed={playing}
          onClick={() => onPlay(!playing)}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        </button>
      </div>
      <output htmlFor={id} className="time-year" aria-live="off" data-testid="time-year">
        {text.label(stop)}
      </output>
    </div>
  );
}
