// Every file of the hostile corpus (tests/import-corpus.ts) through the registry entry point: a
// typed ImportError with a locale key whose message names the file, or a result with the stated
// warning / problem / CRS question. Never an untyped error, never a hang (vitest's timeout).
import { describe, expect, it } from 'vitest';
import { CORPUS, type Expectation } from '../../tests/import-corpus';
import { translate } from '../i18n';
import { importFile } from './registry';
import { ImportError, type ImportResult } from './types';

function matches(outcome: { error?: ImportError; result?: ImportResult }, e: Expectation): boolean {
  if ('error' in e) return outcome.error?.key === e.error;
  const r = outcome.result;
  if (!r) return false;
  if (e.warning && !r.warnings.some((w) => w.key === e.warning)) return false;
  if (e.problem && !r.problems.some((p) => p.messageKey === e.problem)) return false;
  if (e.crsQuestion && !r.crsQuestion) return false;
  e.check?.(r);
  return true;
}

describe('hostile import corpus', () => {
  it('has at least 30 files', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
  });

  for (const entry of CORPUS) {
    it(entry.name, async () => {
      const outcome: { error?: ImportError; result?: ImportResult } = {};
      try {
        outcome.result = await importFile({ name: entry.name, bytes: entry.bytes() });
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError);
        outcome.error = e as ImportError;
      }
      const ok = matches(outcome, entry.expect);
      expect(
        ok,
        `${entry.name}: got ${outcome.error ? `${outcome.error.key} (${outcome.error.message})` : JSON.stringify({ warnings: outcome.result?.warnings, problems: outcome.result?.problems.slice(0, 2), crs: outcome.result?.crsQuestion })}`,
      ).toBe(true);
      expect(outcome.error?.key).not.toBe('import.error.internal');
      const messages = outcome.error
        ? [{ key: outcome.error.key, params: outcome.error.params }]
        : (outcome.result?.warnings ?? []);
      for (const m of messages) {
        for (const lang of ['vi', 'en'] as const) {
          const text = translate(lang, m.key, m.params);
          expect(text).toContain(entry.name);
          expect(text).not.toMatch(/\{\w+\}/);
        }
      }
    });
  }
});
