// The score panel shows what the command line prints for the same weights: the same parks in the
// same order, the same scores and the same contribution per criterion (to the panel's 1 decimal),
// on the real layers through the worker's own API object. All weights 0 says so and ranks nothing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../scripts/analysis-cli';
import { type AnalysisApi, createAnalysisApi } from '../../analysis/api';
import { DEFAULT_BUILD_DIR, readBuiltLayers } from '../../analysis/node-data';
import { packLayers } from '../../analysis/pack';
import { DEFAULT_SITE_WEIGHTS, SITE_CRITERIA, type SiteWeights } from '../../analysis/site-weights';
import { useExplorer } from '../../state/explorer';
import { useLanguage } from '../../state/language';
import { attr, findAll, findOne, render, text } from '../test-markup';
import { ScorePanel } from './ScorePanel';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const HAVE_DATA = ['parks', 'corridors', 'places'].every((n) =>
  existsSync(join(DEFAULT_BUILD_DIR, `${n}.fgb`)),
);

async function cli(weights: string): Promise<Record<string, string>[]> {
  let out = '';
  const code = await main(['site-score', '--weights', weights], {
    stdout: (t) => (out += t),
    stderr: () => {},
  });
  expect(code).toBe(0);
  return Papa.parse<Record<string, string>>(out.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

beforeEach(() => {
  useExplorer.getState().reset();
  useLanguage.getState().setLanguage('en');
});

describe.skipIf(!HAVE_DATA)('score panel = command line', () => {
  let api: AnalysisApi;
  beforeAll(async () => {
    api = createAnalysisApi();
    api.load(packLayers(await readBuiltLayers()));
  });

  for (const given of ['expressway=3', 'expressway=5,occupancy=0', 'area=5,status=0,seaport=1,road=4']) {
    it(`same order, scores and contributions for "${given}"`, async () => {
      const weights: SiteWeights = { ...DEFAULT_SITE_WEIGHTS };
      for (const item of given.split(',')) {
        const [k, v] = item.split('=');
        weights[k as keyof SiteWeights] = Number(v);
      }
      const r = api.siteScore(weights);
      if (!r.ok) throw new Error(r.message);
      useExplorer.setState({ weights, scores: r.value });
      const root = render(<ScorePanel />);
      const items = findAll(
        findOne(root, attr('data-testid', 'score-ranking')),
        (el) => el.tag === 'li' && 'data-park-id' in el.attrs,
      );
      const rows = await cli(given);
      expect(rows.length).toBe(36);
      expect(items.map((li) => li.attrs['data-park-id'])).toEqual(rows.map((row) => row.park_id));
      items.forEach((li, i) => {
        const row = rows[i]!;
        const shown = text(findOne(li, attr('data-testid', 'score-value')));
        if (row.score === '') expect(shown).toMatch(/No score/);
        else expect(Math.abs(Number(shown) - Number(row.score))).toBeLessThanOrEqual(0.051);
        for (const c of SITE_CRITERIA) {
          const bars = findAll(li, attr('data-criterion', c));
          if (weights[c] === 0) {
            expect(bars).toHaveLength(0);
            continue;
          }
          const barText = text(bars[0]!);
          const pts = row[`${c}_pts`]!;
          if (pts === '') expect(barText).toMatch(/unknown$/);
          else {
            const m = /: (-?[\d.]+) points/.exec(barText);
            expect(m, barText).not.toBeNull();
            expect(Math.abs(Number(m![1]) - Number(pts))).toBeLessThanOrEqual(0.051);
          }
        }
      });
    });
  }

  it('all weights 0: the panel says so and ranks nothing', () => {
    const zero = Object.fromEntries(SITE_CRITERIA.map((c) => [c, 0])) as SiteWeights;
    const r = api.siteScore(zero);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.all_weights_zero).toBe(true);
    useExplorer.setState({ weights: zero, scores: r.value });
    const root = render(<ScorePanel />);
    expect(text(findOne(root, attr('data-testid', 'score-all-zero')))).toMatch(/Every weight is 0/);
    expect(findAll(root, attr('data-testid', 'score-ranking'))).toHaveLength(0);
  });
});
