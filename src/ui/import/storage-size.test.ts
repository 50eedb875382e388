import { describe, expect, it } from 'vitest';
import { formatters } from '../../i18n';
import { storageSize } from './storage-size';

describe('storageSize (the storage line)', () => {
  const vi = formatters('vi').num;
  const en = formatters('en').num;
  it('says KB below 1 MB, never "0" for something stored', () => {
    expect(storageSize(0, vi)).toBe('0 KB');
    expect(storageSize(300, vi)).toBe('1 KB');
    expect(storageSize(23 * 1024 + 100, vi)).toBe('23 KB');
    expect(storageSize(1023 * 1024, en)).toBe('1,023 KB');
  });
  it('MB below 1 GB and GB above, one decimal, in the language’s convention', () => {
    expect(storageSize(1.5 * 1024 * 1024, vi)).toBe('1,5 MB');
    expect(storageSize(1.5 * 1024 * 1024, en)).toBe('1.5 MB');
    expect(storageSize(10 * 1024 ** 3, vi)).toBe('10 GB');
    expect(storageSize(10.25 * 1024 ** 3, en)).toBe('10.3 GB');
  });
});
