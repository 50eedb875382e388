// The nearest-corridor fields: "only within (km)" text that is no distance is said so, in the UI's
// language, tied to the field; a distance or an empty field says nothing.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLanguage } from '../../state/language';
import { attr, findAll, findOne, render, tag, text } from '../test-markup';
import { NearestFields, parseMaxKm } from './NearestFields';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const initialLanguage = useLanguage.getState();
beforeEach(() => useLanguage.setState(initialLanguage, true));

const fields = (km: string) =>
  render(<NearestFields corridor="" onCorridor={() => {}} km={km} onKm={() => {}} />);

describe('NearestFields', () => {
  it('reads a distance with either decimal separator, and nothing else', () => {
    expect(parseMaxKm(' 0,5 ')).toBe(0.5);
    expect(parseMaxKm('12')).toBe(12);
    expect(parseMaxKm('1,')).toBe(1); // typing "1,5"
    for (const bad of ['abc', '-2', '1e3', '2 km', '']) expect(parseMaxKm(bad)).toBeNull();
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
