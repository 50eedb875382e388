import { describe, expect, it, vi as vitest } from 'vitest';
import { formatters } from '../i18n';
import { checkNumberBounds, parseNumberInput } from '../i18n/number-input';
import { useLanguage } from '../state/language';
import { echoText, NumberField, rangeText } from './NumberField';
import { attr, findAll, findOne, hasClass, render, text } from './test-markup';

vitest.mock('zustand', async (actual) => (await import('./test-markup')).ssrZustand(await actual()));

describe('echoText', () => {
  it('says what was read, in the language, or why the text was refused', () => {
    const vi = formatters('vi');
    const en = formatters('en');
    expect(echoText('1.000', parseNumberInput('1.000', 'vi'), 'km', vi)).toBe('= 1.000 km');
    expect(echoText('1.000', parseNumberInput('1.000', 'en'), 'km', en)).toBe('= 1 km');
    expect(echoText('1,000.5', parseNumberInput('1,000.5', 'en'), 'km', en)).toBe('= 1,000.5 km');
    expect(echoText(' 2,5,5 ', parseNumberInput('2,5,5', 'vi'), 'km', vi)).toBe(
      '“2,5,5” không phải là số. Ví dụ: 2,5 hoặc 1.000.',
    );
    expect(echoText('x', parseNumberInput('x', 'en'), 'km', en)).toBe(
      '“x” is not a number. For example: 2.5 or 1,000.',
    );
    expect(echoText('', parseNumberInput('', 'vi'), 'km', vi)).toBe('Chưa nhập số.');
  });
});

describe('NumberField bounds', () => {
  const within = { min: 0, minExclusive: true, max: 200 };

  it('refuses a number outside the bounds, in the language, and says the range', () => {
    const vi = formatters('vi');
    const en = formatters('en');
    const check = (text: string, lang: 'vi' | 'en') =>
      checkNumberBounds(parseNumberInput(text, lang), within);
    expect(echoText('250', check('250', 'vi'), 'km', vi, within)).toBe(
      '“250” (đọc là 250 km) nằm ngoài khoảng cho phép: phải lớn hơn 0 km và không quá 200 km.',
    );
    expect(echoText('0', check('0', 'en'), 'km', en, within)).toBe(
      '“0” (read as 0 km) is out of range: it must be greater than 0 km and at most 200 km.',
    );
    expect(echoText('-1', check('-1', 'en'), 'km', en, within)).toMatch(
      /^“-1” \(read as -1 km\) is out of range/,
    );
    // A thousands group is read as such, and the refusal says so ("1.000" is 1000 in Vietnamese).
    expect(echoText('1.000', check('1.000', 'vi'), 'km', vi, within)).toMatch(
      /^“1\.000” \(đọc là 1\.000 km\) nằm ngoài/,
    );
    // The bounds themselves: the exclusive minimum is refused, the inclusive maximum read.
    expect(echoText('200', check('200', 'vi'), 'km', vi, within)).toBe('= 200 km');
    expect(echoText('0,5', check('0,5', 'vi'), 'km', vi, within)).toBe('= 0,5 km');
    // Text that is not a number keeps its own reason.
    expect(echoText('x', check('x', 'en'), 'km', en, within)).toMatch(/is not a number/);
  });

  it('words each kind of bound', () => {
    const en = formatters('en');
    const vi = formatters('vi');
    expect(rangeText({ min: 1 }, 'ha', en)).toBe('at least 1 ha');
    expect(rangeText({ max: 10, maxExclusive: true }, 'ha', en)).toBe('less than 10 ha');
    expect(rangeText({ min: 0.5, minExclusive: true, max: 2.5 }, 'km', vi)).toBe(
      'lớn hơn 0,5 km và không quá 2,5 km',
    );
    expect(rangeText(undefined, 'km', vi)).toBe('');
  });

  it('renders an out-of-range value as an error beside the field, never as "= 250 km"', () => {
    for (const [lang, words] of [
      ['vi', 'không quá 200 km'],
      ['en', 'at most 200 km'],
    ] as const) {
      useLanguage.setState({ lang });
      for (const value of ['250', '0', '-1']) {
        const root = render(
          <NumberField value={value} onValue={() => {}} label="km" unit="km" testId="f" bounds={within} />,
        );
        const echo = findOne(root, attr('data-testid', 'f-echo'));
        expect(text(echo)).toContain(words);
        expect(text(echo)).not.toMatch(/^=/);
        expect(hasClass('number-echo-error')(echo)).toBe(true);
        expect(findOne(root, attr('data-testid', 'f')).attrs['aria-invalid']).toBe('true');
      }
      const ok = render(
        <NumberField value="5" onValue={() => {}} label="km" unit="km" testId="f" bounds={within} />,
      );
      expect(text(findOne(ok, attr('data-testid', 'f-echo')))).toBe('= 5 km');
      expect(findOne(ok, attr('data-testid', 'f')).attrs['aria-invalid']).toBe('false');
    }
    useLanguage.setState({ lang: 'vi' });
  });

  it('carries the classes that keep the input at its own width whatever the echo says', () => {
    const root = render(
      <NumberField value="250" onValue={() => {}} label="km" unit="km" testId="f" bounds={within} />,
    );
    expect(findAll(root, hasClass('number-field'))).toHaveLength(1);
    expect(hasClass('number-field-input')(findOne(root, attr('data-testid', 'f')))).toBe(true);
  });
});
