import { describe, expect, it } from 'vitest';
import { formatters } from '../i18n';
import { parseNumberInput } from '../i18n/number-input';
import { echoText } from './NumberField';

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
