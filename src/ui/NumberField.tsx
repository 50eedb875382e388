// A number field that reads the UI language's convention (see parseNumberInput) and says, beside the
// field, what it read or why it refused. The text stays as typed; the owner's store gets the value
// as a plain JavaScript number string ("2.5"), so state, links and workers never see a locale.

import { useEffect, useRef, useState } from 'react';
import { type Formatters, useT } from '../i18n';
import { formatNumberInput, type ParsedNumber, parseNumberInput } from '../i18n/number-input';

export interface NumberFieldProps {
  /** The current value as a plain number string ("2.5"); '' or garbage shows as typed. */
  value: string;
  /** Called with the plain number string whenever the text reads as a number. */
  onValue: (plain: string) => void;
  /** Called with the parse of every edit (the owner refuses to run on an error). */
  onParsed?: (parsed: ParsedNumber) => void;
  label: string;
  /** The unit the echo prints after the value ("km"). */
  unit: string;
  testId: string;
}

/** The echo beside a number field: "= 2,5 km" or the reason the text was refused. */
export function echoText(text: string, parsed: ParsedNumber, unit: string, f: Formatters): string {
  if (parsed.ok) return f.t('input.number.read', { value: `${f.num(parsed.value, 6)} ${unit}` });
  return f.t(`input.number.error.${parsed.error}`, { text: text.trim() });
}

export function NumberField({ value, onValue, onParsed, label, unit, testId }: NumberFieldProps) {
  const f = useT();
  const [text, setText] = useState(() => toText(value, f.lang));
  // A language switch rewrites a readable text in the new convention ("2,5" → "2.5"), so the same
  // characters are never re-read with another meaning ("1.000" is 1000 in vi but 1 in en).
  const lang = useRef(f.lang);
  useEffect(() => {
    if (lang.current === f.lang) return;
    const before = parseNumberInput(text, lang.current);
    lang.current = f.lang;
    if (before.ok) setText(formatNumberInput(before.value, f.lang));
  }, [f.lang, text]);
  const parsed = parseNumberInput(text, f.lang);
  const echoId = `${testId}-echo`;
  return (
    <label>
      <span>{label}</span>
      <input
        data-testid={testId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-label={label}
        aria-invalid={!parsed.ok}
        aria-describedby={echoId}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          const p = parseNumberInput(next, f.lang);
          onParsed?.(p);
          if (p.ok) onValue(String(p.value));
        }}
      />
      <output
        id={echoId}
        data-testid={echoId}
        className={parsed.ok ? 'number-echo' : 'number-echo number-echo-error'}
        aria-live="polite"
      >
        {echoText(text, parsed, unit, f)}
      </output>
    </label>
  );
}

function toText(plain: string, lang: 'vi' | 'en'): string {
  const n = Number(plain);
  return plain.trim() !== '' && Number.isFinite(n) ? formatNumberInput(n, lang) : plain;
}
