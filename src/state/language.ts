import { create } from 'zustand';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

interface LanguageState {
  lang: Language;
  setLanguage: (lang: Language) => void;
  toggle: () => void;
}

export const useLanguage = create<LanguageState>()((set, get) => ({
  lang: DEFAULT_LANGUAGE,
  setLanguage: (lang) => set({ lang }),
  toggle: () => set({ lang: get().lang === 'vi' ? 'en' : 'vi' }),
}));
