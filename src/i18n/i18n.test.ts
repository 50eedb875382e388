import { describe, expect, it } from 'vitest';
import { enComplete as en, viComplete as vi } from './complete';
import { formatters, translate } from './index';

describe('locale tables', () => {
  it('have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('each has every key of the other', () => {
    const missingInEn = Object.keys(vi).filter((k) => !(k in en));
    const missingInVi = Object.keys(en).filter((k) => !(k in vi));
    expect(missingInEn).toEqual([]);
    expect(missingInVi).toEqual([]);
    expect(Object.keys(vi).length).toBeGreaterThan(50);
  });

  it('call an approximate geometry approximate, not a boundary (it also describes lines and points)', () => {
    expect(vi['quality.approximate.explain']).not.toMatch(/ranh giới/i);
    expect(en['quality.approximate.explain']).not.toMatch(/boundary/i);
  });

  it('use the same {placeholders} for each key', () => {
    // A plural (`{count, plural, one {# park} other {# parks}}`, English only) names its parameter
    // once or more, and its branches' words in braces are no placeholders; Vietnamese writes
    // `{count}`: the set of names must agree.
    const holes = (s: string) =>
      [
        ...new Set(
          [...s.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+) )\{(\w+)(?:\}|, plural,)/g)].map(
            (m) => m[1],
          ),
        ),
      ].sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect({ key, holes: holes(en[key]) }).toEqual({ key, holes: holes(vi[key]) });
    }
    expect(holes(vi['info.populationValue'])).toEqual(['population', 'year']);
  });

  it('have no empty strings', () => {
    for (const table of [vi, en]) {
      for (const [key, v] of Object.entries(table)) expect({ key, v: v.trim() }).not.toEqual({ key, v: '' });
    }
  });

  it('carry the language-toggle labels the browser tests expect', () => {
    // The visible label first, so the name contains what is seen (WCAG 2.5.3).
    expect(vi['lang.toggle.aria']).toBe('EN – Switch to English');
    expect(en['lang.toggle.aria']).toBe('VI – Chuyển sang tiếng Việt');
  });
});

// Every *-messages.ts module exports one Vietnamese and one English table (`fooVi`, `fooEn`) that
// vi.ts and en.ts spread in. Checked module by module, so a key a helper added to one side of its
// own module only, or a module that was never spread in, or a key that a later spread or vi.ts's own
// line silently shadows, fails here naming the module.
const messageModules = import.meta.glob<Record<string, Record<string, string>>>('./*-messages.ts', {
  eager: true,
});

describe('message modules', () => {
  const modules = Object.entries(messageModules).map(([path, mod]) => {
    const viName = Object.keys(mod).find((n) => n.endsWith('Vi'));
    const enName = Object.keys(mod).find((n) => n.endsWith('En'));
    return { path, viTable: viName ? mod[viName] : undefined, enTable: enName ? mod[enName] : undefined };
  });

  it('are found (the glob sees the files)', () => {
    expect(modules.map((m) => m.path)).toContain('./time-messages.ts');
    expect(modules.length).toBeGreaterThanOrEqual(6);
  });

  it('each export a Vietnamese and an English table with the same keys', () => {
    for (const { path, viTable, enTable } of modules) {
      expect({ path, vi: !!viTable, en: !!enTable }).toEqual({ path, vi: true, en: true });
      const viKeys = Object.keys(viTable ?? {}).sort();
      expect({ path, keys: Object.keys(enTable ?? {}).sort() }).toEqual({ path, keys: viKeys });
    }
  });

  it('are spread into vi.ts and en.ts unchanged (no key missing or shadowed)', () => {
    for (const { path, viTable, enTable } of modules) {
      for (const [key, text] of Object.entries(viTable ?? {})) {
        expect({ path, key, text: (vi as Record<string, string>)[key] }).toEqual({ path, key, text });
      }
      for (const [key, text] of Object.entries(enTable ?? {})) {
        expect({ path, key, text: (en as Record<string, string>)[key] }).toEqual({ path, key, text });
      }
    }
  });

  it('do not define a key twice (one module per key)', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const { path, viTable } of modules) {
      for (const key of Object.keys(viTable ?? {})) {
        const first = owner.get(key);
        if (first) twice.push(`${key}: ${first} and ${path}`);
        else owner.set(key, path);
      }
    }
    expect(twice).toEqual([]);
  });
});

describe('translate and format', () => {
  it('fills placeholders', () => {
    expect(translate('en', 'layers.count', { count: '37' })).toBe('37 features');
    expect(translate('vi', 'layers.count', { count: '37' })).toBe('37 đối tượng');
  });

  it('writes English counts of one in the singular, Vietnamese unchanged', () => {
    expect(translate('en', 'layers.count', { count: '1' })).toBe('1 feature');
    expect(translate('en', 'time.unknown', { count: 1, area: '5 ha' })).toBe('Year unknown: 1 park, 5 ha');
    expect(translate('en', 'time.unknown', { count: 18, area: '5 ha' })).toBe('Year unknown: 18 parks, 5 ha');
    expect(translate('en', 'table.rows', { shown: 1, total: 1 })).toBe('1 of 1 row');
    expect(translate('en', 'layers.problems.location', { count: 1, names: 'A' })).toBe(
      '1 feature has no valid location and is not drawn: A.',
    );
    expect(translate('vi', 'layers.count', { count: '1' })).toBe('1 đối tượng');
  });

  it('has no English text left that counts with a bare plural noun or “(s)”', () => {
    // `{count} parks` reads "1 parks": such a count must go through a plural branch.
    const nouns =
      /\{(count|total|unknown|features)\} (features?|parks?|rows?|districts?|results?|lines?|values?|shapes?|annotations?|vertices|points?)\b/;
    const bad = Object.entries(en).filter(([, text]) => nouns.test(text) || /(?<!http)\(s\)/.test(text));
    expect(bad).toEqual([]);
  });

  it('formats numbers per language with units', () => {
    const fvi = formatters('vi');
    const fen = formatters('en');
    expect(fvi.km2(118.6661)).toBe('118,7 km²');
    expect(fen.km2(118.6661)).toBe('118.7 km²');
    expect(fen.ha(1234)).toBe('1,234 ha');
    expect(fvi.ha(1234)).toBe('1.234 ha');
    expect(fen.km(55.25)).toBe('55.3 km');
    // A computed distance always has its one decimal, so a ranking's column lines up.
    expect(fvi.km(4)).toBe('4,0 km');
    expect(fen.km(4.04)).toBe('4.0 km');
    expect(fvi.km(13.46)).toBe('13,5 km');
    expect(fen.pct(1.01)).toBe('+1 %');
    expect(fen.name({ name_vi: 'Thủ Dầu Một', name_en: 'Thu Dau Mot' })).toBe('Thu Dau Mot');
    expect(fvi.name({ name_vi: 'Thủ Dầu Một', name_en: 'Thu Dau Mot' })).toBe('Thủ Dầu Một');
    expect(fen.name({ name_vi: 'Tỉnh Bình Dương' })).toBe('Tỉnh Bình Dương');
  });
});
