// The nearest-corridor fields: "only within (km)" text that is no distance is said so, in the UI's
// language, tied to the field; a distance or an empty field says nothing.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLanguage } from '../../state/language';
import { attr, findAll, findOne, render, tag, text } from '../test-markup';
import { NearestFields, readMaxKm } from './NearestFields';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const initialLanguage = useLanguage.getState();
beforeEach(() => useLanguage.setState(initialLanguage, true));

const fields = (km: string) =>
  render(<NearestFields corridor="" onCorridor={() => {}} onMaxKm={() => {}} initialKm={km} />);

describe('NearestFields', () => {
  it("reads a distance in the UI language's convention, either decimal mark, and nothing else", () => {
    expect(readMaxKm(' 0,5 ', 'vi')).toBe(0.5);
    expect(readMaxKm('0.5', 'vi')).toBe(0.5);
    expect(readMaxKm('0.5', 'en')).toBe(0.5);
    expect(readMaxKm('12', 'en')).toBe(12);
    expect(readMaxKm('1,', 'vi')).toBe(1); // typing "1,5"
    expect(readMaxKm('1.', 'en')).toBe(1);
    // A thousands group is read as the language writes it (the old reader took "1.000" for 1 km).
    expect(readMaxKm('1.000', 'vi')).toBe(1000);
    expect(readMaxKm('1,000', 'en')).toBe(1000);
    expect(readMaxKm('0', 'vi')).toBe(0);
    for (const bad of ['abc', '-2', '1e3', '2 km', '', '1,5,5'])
      for (const lang of ['vi', 'en'] as const) expect(readMaxKm(bad, lang), `${bad} ${lang}`).toBeNull();
  });

  it('says typed text is no distance, tied to the field; says nothing for a distance or no text', () => {
    for (const ok of ['', '  ', '2', '0,5', '1,'])
      expect(findAll(fields(ok), attr('role', 'alert'))).toEqual([]);
    const root = fields('-2');
    const alert = findOne(root, attr('role', 'alert'));
    expect(text(alert)).toBe(
      '“-2” không phải khoảng cách hợp lệ: hãy nhập số km lớn hơn hoặc bằng 0 (ví dụ 2 hoặc 0,5), hoặc để trống để xem mọi điểm.',
    );
    const input = findOne(root, tag('input'));
    expect(input.attrs['aria-invalid']).toBe('true');
    expect(input.attrs['aria-describedby']).toBe(alert.attrs.id);
    useLanguage.setState({ lang: 'en' });
    expect(text(findOne(fields('abc'), attr('role', 'alert')))).toBe(
      '“abc” is not a distance: enter a number of km of 0 or more (e.g. 2 or 0.5), or leave it empty to see every point.',
    );
  });
});
