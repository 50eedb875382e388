// A pixel size of the embed builder: a whole number within limits. A bad entry keeps the previous
// size and says why (in the user's language), the typed text staying in the field to correct.
import { useId, useState } from 'react';
import { useT } from '../../i18n';

interface Props {
  label: string;
  value: number;
  limits: { min: number; max: number };
  onChange: (value: number) => void;
}

export function SizeField({ label, value, limits, onChange }: Props) {
  const { t } = useT();
  const [text, setText] = useState(String(value));
  const errorId = useId();
  const n = /^\d{1,5}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  const bad = !(n >= limits.min && n <= limits.max);
  return (
    <label className="embed-size">
      {label}
      <input
        type="text"
        inputMode="numeric"
        value={text}
        aria-invalid={bad}
        aria-describedby={bad ? errorId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const v = /^\d{1,5}$/.test(e.target.value.trim()) ? Number(e.target.value.trim()) : Number.NaN;
          if (v >= limits.min && v <= limits.max) onChange(v);
        }}
      />
      {bad && (
        <span id={errorId} className="notice error" role="alert">
          {t('embed.builder.size.bad', { min: limits.min, max: limits.max, value })}
        </span>
      )}
    </label>
  );
}
