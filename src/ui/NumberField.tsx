// A number field that reads the UI language's convention (see parseNumberInput) and says, beside the
// field, what it read or why it refused. The text stays as typed; the owner's store gets the value
// as a plain JavaScript number string ("2.5"), so state, links and workers never see a locale.
// Optional bounds refuse a number outside the range the owner accepts ("more than 0 km and at most
// 200 km"), so nothing is echoed as valid that the owner would later refuse.

import { type Formatters, useT } from '../i18n';
import {
  checkNumberBounds,
  formatNumberInput,
  type NumberBounds,
  type ParsedNumber,
  parseNumberInput,
} from '../i18n/number-input';
import { useNumberText } from './use-number-text';

export interface NumberFieldProps {
  /** The current value as a plain number string ("2.5"); '' or garbage shows as typed. */
  value: string;
  /** Called with the plain number string whenever the text reads as a number within `bounds`. */
  onValue: (plain: string) => void;
  /** Called with the parse of every edit, bounds checked (the owner refuses to run on an error). */
  onParsed?: (parsed: ParsedNumber) => void;
  /** The range accepted; a number outside it is refused beside the field ('out_of_range'). */
  bounds?: NumberBounds;
  label: string;
  /** The unit the echo prints after the value ("km"). */
  unit: string;
  testId: string;
  /** Empty text is a valid "no value": no error is shown and `onValue('')` is called. */
  optional?: boolean;
  /** How the echo writes the value read (default: the language's number format; years: String). */
  formatValue?: (n: number) => string;
}

/** The accepted range in words: "greater than 0 km and at most 200 km" ('' without bounds). */
export function rangeText(bounds: NumberBounds | undefined, unit: string, f: Formatters): string {
  const v = (n: number) => `${f.num(n, 6)} ${unit}`;
  const lo =
    bounds?.min === undefined
      ? ''
      : f.t(bounds.minExclusive ? 'input.number.range.above' : 'input.number.range.from', {
          min: v(bounds.min),
        });
  const hi =
    bounds?.max === undefined
      ? ''
      : f.t(bounds.maxExclusive ? 'input.number.range.below' : 'input.number.range.atMost', {
          max: v(bounds.max),
        });
  return lo && hi ? f.t('input.number.range.both', { min: lo, max: hi }) : lo || hi;
}

/** The echo beside a number field: "= 2,5 km" or the reason the text was refused. */
export function echoText(
  text: string,
  parsed: ParsedNumber,
  unit: string,
  f: Formatters,
  bounds?: NumberBounds,
  formatValue: (n: number) => string = (n) => f.num(n, 6),
): string {
  const withUnit = (n: number) => (unit === '' ? formatValue(n) : `${formatValue(n)} ${unit}`);
  if (parsed.ok) return f.t('input.number.read', { value: withUnit(parsed.value) });
  // An out-of-range refusal says what was read ("1.000" is 1000 in vi) and the range accepted.
  const read = parsed.value === undefined ? '' : withUnit(parsed.value);
  return f.t(`input.number.error.${parsed.error}`, {
    text: text.trim(),
    value: read,
    range: rangeText(bounds, unit, f),
  });
}

export function NumberField({
  value,
  onValue,
  onParsed,
  bounds,
  label,
  unit,
  testId,
  optional = false,
  formatValue,
}: NumberFieldProps) {
  const f = useT();
  // A language switch rewrites a readable text in the new convention (use-number-text.ts).
  const [text, setText] = useNumberText(f.lang, () => toText(value, f.lang));
  const parsed = checkNumberBounds(parseNumberInput(text, f.lang), bounds);
  const blank = optional && text.trim() === '';
  const echoId = `${testId}-echo`;
  return (
    // The classes let the stylesheet keep the input at its own width whatever the echo says.
    <label className="number-field">
      <span>{label}</span>
      <input
        data-testid={testId}
        className="number-field-input"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-label={label}
        aria-invalid={!parsed.ok && !blank}
        aria-describedby={echoId}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          const p = checkNumberBounds(parseNumberInput(next, f.lang), bounds);
          onParsed?.(p);
          if (p.ok) onValue(String(p.value));
          else if (optional && next.trim() === '') onValue('');
        }}
      />
      <output
        id={echoId}
        data-testid={echoId}
        className={parsed.ok || blank ? 'number-echo' : 'number-echo number-echo-error'}
        aria-live="polite"
      >
        {blank ? '' : echoText(text, parsed, unit, f, bounds, formatValue)}
      </output>
    </label>
  );
}

function toText(plain: string, lang: 'vi' | 'en'): string {
  const n = Number(plain);
  return plain.trim() !== '' && Number.isFinite(n) ? formatNumberInput(n, lang) : plain;
}
