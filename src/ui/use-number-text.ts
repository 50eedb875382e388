// The text of a number field, kept as typed. When the UI language switches, a text that read as a
// number in the old convention is rewritten in the new one ("2,5" → "2.5", "1.000" → "1,000"), so
// the same characters are never re-read with another meaning ("1,5" is 1.5 in vi but refused in
// en; "1.000" is 1000 in vi but 1 in en). A text that did not read as a number stays as typed.
import { type Dispatch, type SetStateAction, useEffect, useRef, useState } from 'react';
import { formatNumberInput, parseNumberInput } from '../i18n/number-input';
import type { Language } from '../state/language';

/** `[text, setText]` for a field in `lang`; `initial` runs once, on mount. */
export function useNumberText(
  lang: Language,
  initial: () => string,
): [string, Dispatch<SetStateAction<string>>] {
  const [text, setText] = useState(initial);
  const was = useRef(lang);
  useEffect(() => {
    if (was.current === lang) return;
    const before = parseNumberInput(text, was.current);
    was.current = lang;
    if (before.ok) setText(formatNumberInput(before.value, lang));
  }, [lang, text]);
  return [text, setText];
}
