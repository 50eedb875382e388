// The language switches only once its messages are in (state/language.ts with a loader, as the
// i18n layer registers one): pending meanwhile, the later choice wins, a failed load keeps the
// language as it was.
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguageLoader, useLanguage } from './language';

function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const state = () => useLanguage.getState();

afterEach(() => {
  setLanguageLoader(null);
  useLanguage.setState({ lang: 'vi', pending: null });
});

describe('switching language with messages to load', () => {
  it('stays in the current language, pending, until the tables arrive', async () => {
    const load = deferred();
    setLanguageLoader((lang) => (lang === 'en' ? load.promise : undefined));
    state().toggle();
    expect(state()).toMatchObject({ lang: 'vi', pending: 'en' });
    load.resolve();
    await load.promise;
    await Promise.resolve();
    expect(state()).toMatchObject({ lang: 'en', pending: null });
    // Back to Vietnamese, whose tables are here: at once.
    state().toggle();
    expect(state()).toMatchObject({ lang: 'vi', pending: null });
  });

  it('lets a later choice win over a load still running, and keeps the language when a load fails', async () => {
    const load = deferred();
    setLanguageLoader((lang) => (lang === 'en' ? load.promise : undefined));
    state().setLanguage('en');
    state().setLanguage('vi');
    expect(state()).toMatchObject({ lang: 'vi', pending: null });
    load.resolve();
    await load.promise;
    await Promise.resolve();
    expect(state().lang).toBe('vi');

    const failing = deferred();
    setLanguageLoader(() => failing.promise);
    state().setLanguage('en');
    failing.reject(new Error('offline'));
    await failing.promise.catch(() => undefined);
    await Promise.resolve();
    expect(state()).toMatchObject({ lang: 'vi', pending: null });
  });

  it('applies at once without a loader (a store used alone)', () => {
    state().setLanguage('en');
    expect(state()).toMatchObject({ lang: 'en', pending: null });
  });
});
