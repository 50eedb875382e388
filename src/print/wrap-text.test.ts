import { describe, expect, it } from 'vitest';
import { fitText, wrapText } from './wrap-text';

// Every character 1 unit wide, "…" too.
const mono = { measureText: (s: string) => ({ width: [...s].length }) };

describe('legend text in a column', () => {
  it('keeps a text that fits on one line', () => {
    expect(wrapText(mono, 'Khu công nghiệp', 20, 2)).toEqual(['Khu công nghiệp']);
  });

  it('wraps a long file name after a hyphen, onto a second line', () => {
    expect(wrapText(mono, 'quy-hoach-su-dung-dat.geojson', 18, 2)).toEqual([
      'quy-hoach-su-dung-',
      'dat.geojson',
    ]);
  });

  it('breaks inside a word when there is no break, and ends a cut last line in "…"', () => {
    expect(wrapText(mono, 'abcdefghijklmnopqrstuvwxyz', 10, 2)).toEqual(['abcdefghij', 'klmnopqrs…']);
    expect(fitText(mono, 'abcdef', 4)).toBe('abc…');
  });
});
