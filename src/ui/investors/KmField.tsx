// A number field for an optional filter bound: empty means "no limit" (no message); a number in the
// UI language's convention applies; anything else is refused beside the field, in words, and the
// bound is not applied (nothing else changes).
import { useId } from 'react';
import { useT } from '../../i18n';
import {
  checkNumberBounds,
  formatNumberInput,
  type NumberBounds,
  parseNumberInput,
} from '../../i18n/number-input';
import { echoText } from '../NumberField';
import { useNumberText } from '../use-number-text';

interface Props {
  label: string;
  unit: string;
  bounds: NumberBounds;
  /** The bound applied, or null for none (empty or refused text). */
  onValue: (value: number | null) => void;
  testId: string;
  /** The bound in force when the field mounts (the panel was closed and reopened), or null. */
  initial?: number | null;
}

export function KmField({ label, unit, bounds, onValue, testId, initial = null }: Props) {
  const f = useT();
  const [text, setText] = useNumberText(f.lang, () =>
    initial === null ? '' : formatNumberInput(initial, f.lang),
  );
  const id = useId();
  const parsed = checkNumberBounds(parseNumberInput(text, f.lang), bounds);
  const refused = text.trim() !== '' && !parsed.ok;
  return (
    <div className="km-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        data-testid={testId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={refused}
        aria-describedby={refused ? `${id}-echo` : undefined}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          const p = checkNumberBounds(parseNumberInput(next, f.lang), bounds);
          onValue(next.trim() !== '' && p.ok ? p.value : null);
        }}
      />
      {refused && (
        <output id={`${id}-echo`} className="number-echo number-echo-error" aria-live="polite">
          {echoText(text, parsed, unit, f, bounds)}
        </output>
      )}
    </div>
  );
}
