import { describe, expect, it } from 'vitest';
import { SITE_CRITERIA } from '../analysis/site-weights';
import { enComplete as en, viComplete as vi } from './complete';

describe('site score strings', () => {
  it('name every criterion in both languages', () => {
    for (const c of SITE_CRITERIA) {
      const key = `siteScore.criterion.${c}`;
      expect(key in vi && key in en, key).toBe(true);
    }
  });
  it('state the distance cap as a placeholder, not a number to keep in step by hand', () => {
    expect(vi['siteScore.explain.distance']).toContain('{cap}');
    expect(en['siteScore.explain.distance']).toContain('{cap}');
  });
});
