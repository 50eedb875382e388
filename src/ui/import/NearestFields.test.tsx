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
    expect(readMaxKm('1.500', 'en')).toBe(1.5);
    expect(readMaxKm('200', 'en')).toBe(200);
    // A thousands group is read as the language writes it (the old reader took "1.000" for 1 km),
    // and refused: the analyses measure up to 200 km.
    expect(readMaxKm('1.000', 'vi')).toBeNull();
    expect(readMaxKm('1,000', 'en')).toBeNull();
    expect(readMaxKm('1.000', 'en')).toBe(1);
    expect(readMaxKm('0', 'vi')).toBe(0);
    for (const bad of ['abc', '-2', '1e3', '2 km', '', '1,5,5', '250'])
      for (const lang of ['vi', 'en'] as const) expect(readMaxKm(bad, lang), `${bad} ${lang}`).toBeNull();
  });

  it('echoes the distance read beside the field, as every km field does', () => {
    const root = fields('1,5');
    const echo = findOne(root, tag('output'));
    expect(text(echo)).toBe('= 1,5 km');
    expect(findOne(root, tag('input')).attrs['aria-describedby']).toBe(echo.attrs.id);
    expect(findAll(fields(''), tag('output'))).toEqual([]);
    expect(findAll(fields('abc'), tag('output'))).toEqual([]);
  });

  it('says typed text is no distance, tied to the field; says nothing for a distance or no text', () => {
    for (const ok of ['', '  ', '2', '0,5', '1,'])
      expect(findAll(fields(ok), attr('role', 'alert'))).toEqual([]);
    const root = fields('-2');
    const alert = findOne(root, attr('role', 'alert'));
    expect(text(alert)).toBe(
      '“-2” không phải khoảng cách từ 0 đến 200 km (ví dụ 2 hoặc 0,5): danh sách đang hiện mọi điểm. Để trống ô này cũng là xem mọi điểm.',
    );
    const input = findOne(root, tag('input'));
    expect(input.attrs['aria-invalid']).toBe('true');
    expect(input.attrs['aria-describedby']).toBe(alert.attrs.id);
    useLanguage.setState({ lang: 'en' });
    expect(text(findOne(fields('abc'), attr('role', 'alert')))).toBe(
      '“abc” is not a distance from 0 to 200 km (e.g. 2 or 0.5): every point is listed meanwhile. Leave the field empty to list every point.',
    );
  });
});
