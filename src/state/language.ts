import { create } from 'zustand';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Makes a language's messages available: undefined when they already are, else a promise that
 * settles when they are (the i18n layer registers it; English and the on-demand tables arrive with
 * import()). Without one (a unit test of a store alone), a language applies at once.
 */
export type LanguageLoader = (lang: Language) => Promise<void> | undefined;
let loader: LanguageLoader | null = null;

/** Called once by the i18n layer (src/i18n/tables.ts). */
export function setLanguageLoader(load: LanguageLoader | null): void {
  loader = load;
}

interface LanguageState {
  /** The language the UI is in: it changes only once its messages are loaded. */
  lang: Language;
  /** A language asked for whose messages are still loading (the toggle shows it); null otherwise. */
  pending: Language | null;
  setLanguage: (lang: Language) => void;
  toggle: () => void;
}

export const useLanguage = create<LanguageState>()((set, get) => ({
  lang: DEFAULT_LANGUAGE,
  pending: null,
  setLanguage: (lang) => {
    if (lang === get().lang) {
      if (get().pending) set({ pending: null });
      return;
    }
    const loading = loader?.(lang);
    if (!loading) {
      set({ lang, pending: null });
      return;
    }
    // Switched only when the tables are in, so no text shows half in one language; a later
    // choice wins, and a failed load (offline) leaves the language as it was.
    set({ pending: lang });
    loading.then(
      () => {
        if (get().pending === lang) set({ lang, pending: null });
      },
      () => {
        if (get().pending === lang) set({ pending: null });
      },
    );
  },
  toggle: () => {
    const current = get().pending ?? get().lang;
    get().setLanguage(current === 'vi' ? 'en' : 'vi');
  },
}));
