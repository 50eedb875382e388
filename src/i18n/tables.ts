// The locale tables at run time. Only the Vietnamese core (vi.ts as the build cuts it, see
// scripts/lib/locale-split.ts: the map, legend, layer panel, filters, time, choropleth, embed and
// accessibility texts) is in the first chunk; English (en.ts,
// one chunk) and the Vietnamese tables of the panels that load on demand (vi-lazy.ts) come with
// import(): before the full viewer renders (main.tsx), before a language switch takes effect
// (state/language.ts waits for them), and, as a safety net, the first time a key is looked up that
// is not loaded yet (the lookup falls back meanwhile, and `useMessagesVersion` re-renders the UI
// when the table arrives). Trade-off: one more request when the UI switches language or opens the
// viewer, against ~20 KB (gzip) less on every embed's first paint.
import { create } from 'zustand';
import { type Language, setLanguageLoader } from '../state/language';
import { type MessageKey, type Messages, vi } from './vi';

type Table = Partial<Messages>;

const loaded: Record<Language, Table> = { vi: { ...vi }, en: {} };
const complete: Record<Language, boolean> = { vi: false, en: false };
const inFlight = new Map<Language, Promise<void>>();

/** Bumped each time a table arrives, so components using the tables re-render. */
export const useMessagesVersion = create<{ version: number }>()(() => ({ version: 0 }));

const importers: Record<Language, () => Promise<Table>> = {
  vi: async () => (await import('./vi-lazy')).viLazy,
  en: async () => (await import('./en')).en,
};

/**
 * Loads every table of `lang` (once; later calls share the promise). Rejects when the chunk cannot
 * be fetched (offline), and a later call tries again.
 */
export function loadMessages(lang: Language): Promise<void> {
  if (complete[lang]) return Promise.resolve();
  let p = inFlight.get(lang);
  if (!p) {
    p = importers[lang]().then(
      (table) => {
        Object.assign(loaded[lang], table);
        complete[lang] = true;
        inFlight.delete(lang);
        useMessagesVersion.setState((s) => ({ version: s.version + 1 }));
      },
      (err: unknown) => {
        inFlight.delete(lang);
        throw err;
      },
    );
    inFlight.set(lang, p);
  }
  return p;
}

/** What a first paint in `lang` needs: nothing more for Vietnamese (vi.ts), English's table. */
export function loadFirstPaint(lang: Language): Promise<void> {
  return lang === 'vi' ? Promise.resolve() : loadMessages(lang);
}

/**
 * The text of `key` in `lang`. A key whose table is not loaded yet starts loading it and is shown
 * meanwhile in the other language when that one has it, else as the key. A key that no table has
 * (a value of another dataset, `status.${x}`) gives undefined once the language is complete, as a
 * plain table lookup did: callers that build keys check for it.
 */
export function lookup(lang: Language, key: MessageKey): string {
  const text = loaded[lang][key];
  if (text !== undefined || complete[lang]) return text as string;
  loadMessages(lang).catch(() => undefined);
  return loaded[lang === 'vi' ? 'en' : 'vi'][key] ?? key;
}

/** Fills both languages synchronously from complete tables (tests, node code). */
export function provideMessages(tables: Record<Language, Messages>): void {
  for (const lang of ['vi', 'en'] as const) {
    Object.assign(loaded[lang], tables[lang]);
    complete[lang] = true;
  }
  useMessagesVersion.setState((s) => ({ version: s.version + 1 }));
}

// A language applies once its tables are in (the toggle shows the wait).
setLanguageLoader((lang) => (complete[lang] ? undefined : loadMessages(lang)));

// Unit tests translate synchronously in both languages: under vitest every instance of this module
// (test files that mock modules get their own) starts complete. The build replaces MODE, so the
// app drops this branch and complete.ts with it.
if (import.meta.env.MODE === 'test') provideMessages((await import('./complete')).COMPLETE_TABLES);
