// Case files of the data boundary served in place of the parks layer: a park at (NaN, NaN) is kept
// and named in a notice on its row (nothing drawn at NaN, no warning from the map), and a file
// whose structure is damaged fails that row alone with a message naming the feature.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoProblems, launchBrowser, newPage, openApp, settledLayerRows } from './harness';

const CASES = new URL('../../../shared/cases/input-robustness/', import.meta.url);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the data boundary in the viewer', () => {
  it('a park at (NaN, NaN) is kept, counted and named as having no valid location', async () => {
    const { page, problems } = await newPage(browser);
    await page.route('**/data/parks.fgb', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/octet-stream',
        body: readFileSync(new URL('06-parks-nan-point.fgb', CASES)),
      }),
    );
    await openApp(page);
    const rows = await settledLayerRows(page);
    const parks = rows.find((r) => r.id === 'parks');
    expect(parks).toMatchObject({ status: 'ready', count: 2 });
    const notice = page.locator(
      'li[data-testid="layer-row"][data-layer-id="parks"] [data-testid="layer-problems-location"]',
    );
    expect(await notice.count()).toBe(1);
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('1 đối tượng không có vị trí hợp lệ');
    expect(text).toContain('nan_point');
    expectNoProblems(problems);
    await page.context().close();
  });

  it('a point whose xy array has one number fails the parks row, naming the feature', async () => {
    const { page, problems } = await newPage(browser);
    await page.route('**/data/parks.fgb', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/octet-stream',
        body: readFileSync(new URL('01-point-odd-xy.fgb', CASES)),
      }),
    );
    await openApp(page);
    const rows = await settledLayerRows(page);
    expect(rows.find((r) => r.id === 'parks')?.status).toBe('error');
    const alert = page.locator('li[data-testid="layer-row"][data-layer-id="parks"] [role="alert"]');
    expect((await alert.textContent()) ?? '').toMatch(/Feature 1: .*xy array has 1 number/);
    expectNoProblems(problems);
    await page.context().close();
  });
});
