// axe-core on the built app, in the three states issue 7 names (the default view, a feature
// selected, the analysis panel open, each of its tabs), sharing one loaded page because a page load
// costs 10–20 s on software WebGL. Serious and critical violations fail the test, and so does any
// content outside a landmark (axe `region`). `label-content-name-mismatch` (WCAG 2.5.3) is an
// experimental axe rule, off by default: it is switched on here.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoProblems, launchBrowser, newPage, openApp, type Problem, settledLayerRows } from './harness';

let browser: Browser;
let page: Page;
let problems: Problem[];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, problems } = await newPage(browser));
  await openApp(page, '#lang=vi');
  await settledLayerRows(page);
});

afterAll(async () => {
  await browser?.close();
});

/** The violations that fail: serious or critical ones, and content outside any landmark. */
async function failing(state: string): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'region')
    .map(
      (v) =>
        `${state}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

const openAnalysis = async () => {
  await page.locator('[data-testid="analysis-toggle"]').click();
  await page.locator('[data-testid="analysis-panel"] [data-testid="areas-table"]').waitFor();
};

describe('axe', () => {
  it('finds no serious or critical violation and nothing outside a landmark, in vi and en', async () => {
    expect(await failing('default view')).toEqual([]);

    // A feature selected (chosen from the Areas table), with the analysis panel closed again.
    await openAnalysis();
    await page.locator('[data-testid="areas-table"] tbody tr[data-row-key="721"] .row-choose').click();
    await page.locator('[data-testid="info-panel"]').waitFor();
    await page.locator('[data-testid="analysis-close"]').click();
    await page.locator('[data-testid="analysis-toggle"]').waitFor();
    expect(await page.locator('[data-testid="info-panel"]').count()).toBe(1);
    expect(await failing('feature selected')).toEqual([]);

    // The analysis panel open, on each of its tabs, in both languages.
    await openAnalysis();
    for (const lang of ['vi', 'en']) {
      if (lang === 'en') await page.locator('button.lang-toggle').click();
      for (const tab of ['areas', 'nearest', 'within', 'where', 'measure']) {
        await page.locator(`[role="tab"][data-tab="${tab}"]`).click();
        await page.locator(`[role="tabpanel"][data-tab="${tab}"]`).waitFor();
        if (tab === 'nearest') await page.locator('[data-testid="nearest-table"]').waitFor();
        expect(await failing(`analysis ${tab} (${lang})`)).toEqual([]);
      }
    }
    expectNoProblems(problems);
  });
});
