import { describe, expect, it } from 'vitest';
import { formatDate } from './format';

describe('formatDate', () => {
  // Noon local time, so no time zone moves the day.
  const day = new Date(2026, 10, 30, 12);

  it('writes a long date in each language’s order and words', () => {
    expect(formatDate('vi', day)).toBe('30 tháng 11, 2026');
    expect(formatDate('en', day)).toBe('30 November 2026');
  });

  it('writes a short date day first in both languages', () => {
    expect(formatDate('vi', day, 'short')).toBe('30/11/26');
    expect(formatDate('en', day, 'short')).toBe('30/11/2026');
  });

  it('refuses an invalid date instead of printing "Invalid Date"', () => {
    expect(() => formatDate('en', new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('dates in the app', () => {
  it('are formatted only by formatDate (one Intl-based formatter per language)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(p) && !/\.test\.tsx?$/.test(p) && !p.endsWith(join('i18n', 'format.ts'))) {
          if (/DateTimeFormat|toLocale(Date|Time)?String\(/.test(readFileSync(p, 'utf8'))) offenders.push(p);
        }
      }
    };
    walk('src');
    expect(offenders).toEqual([]);
  });
});
