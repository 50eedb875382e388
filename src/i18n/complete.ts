// Both locale tables complete and synchronous, for tests and node code (the locale-completeness
// tests, server-side rendering in unit tests). The app itself never imports this file: it loads
// the tables through tables.ts, so the first paint carries only the Vietnamese core (vi.ts).

import type { Language } from '../state/language';
import { en } from './en';
import { type Messages, vi } from './vi';
import { viLazy } from './vi-lazy';

export const viComplete = { ...vi, ...viLazy } as const satisfies Messages;
export const enComplete: Messages = en;
export const COMPLETE_TABLES: Record<Language, Messages> = { vi: viComplete, en: enComplete };
