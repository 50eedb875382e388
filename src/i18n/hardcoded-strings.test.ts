// Issue 11 §5: no hard-coded UI string. Every .tsx under src/ui (tests excluded) and src/App.tsx
// is read with the TypeScript compiler API (hardcoded-scan.ts); a JSX text child or a literal in a
// user-facing attribute that contains a letter and does not come from t()/translate fails, naming
// file and line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanTsx } from './hardcoded-scan';

/**
 * Strings with letters that are not language, each with its reason. Strings without any letter
 * (×, ‹, ☰, "·", "—", "%") are never reported, so they need no entry.
 */
const ALLOWED = new Map<string, string>([
  // Nothing needs an entry today; an entry must say why the text reads the same in vi and en, e.g.
  // ['GeoJSON', 'a file format's proper name, the same in every language'].
]);

function uiSources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...uiSources(p));
    else if (p.endsWith('.tsx') && !p.endsWith('.test.tsx')) out.push(p);
  }
  return out;
}

describe('hard-coded UI strings', () => {
  it('none in src/ui/**/*.tsx or src/App.tsx: every text comes from the locale tables', () => {
    const files = [...uiSources('src/ui'), 'src/App.tsx'];
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((file) =>
      scanTsx(file, readFileSync(file, 'utf8'), (text) => ALLOWED.has(text)),
    );
    expect(found.map((h) => `${h.file}:${h.line} [${h.where}] ${h.text}`)).toEqual([]);
  });

  it('the scan reports text children, child literals and user-facing attributes', () => {
    const source = `export const A = ({ ok, n, lang }) => (
      <div title="Close" aria-label={ok ? 'Yes' : t('no')} data-x="not read">
        Hello {n} <b>{'World'}</b> {lang === 'vi' ? t('a') : t('b')} × · 12
        <img alt={\`\${n} photos\`} />
        <span aria-label={t('ok', { name: n })}>{f.qualified(1, 'exact', 'ha')}</span>
      </div>
    );`;
    const found = scanTsx('x.tsx', source, () => false).map((h) => [h.where, h.text]);
    expect(found).toEqual([
      ['title', 'Close'],
      ['aria-label', 'Yes'],
      ['text', 'Hello'],
      ['child', 'World'],
      ['alt', 'photos'],
    ]);
  });

  it('skips an allowed token', () => {
    const found = scanTsx('x.tsx', '<p>GeoJSON</p>', (text) => text === 'GeoJSON');
    expect(found).toEqual([]);
  });
});
