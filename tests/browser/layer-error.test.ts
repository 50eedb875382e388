// A layer file that fails (404, or bytes that are not FlatGeobuf) must give that layer's row an
// error with a role="alert" message while every other layer loads normally.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoProblems, fetchCatalog, launchBrowser, newPage, openApp, settledLayerRows } from './harness';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function expectOnlyParksFailed(page: Page): Promise<string> {
  const catalog = await fetchCatalog();
  const rows = await settledLayerRows(page);
  expect(rows.map((r) => r.id).sort()).toEqual(catalog.layers.map((l) => l.id).sort());
  for (const row of rows) {
    if (row.id === 'parks') {
      expect(row.status).toBe('error');
    } else {
      expect(row.status, row.id).toBe('ready');
      expect(row.count, row.id).toBe(catalog.layers.find((l) => l.id === row.id)?.feature_count);
    }
  }
  const alert = page.locator('li[data-testid="layer-row"][data-layer-id="parks"] [role="alert"]');
  expect(await alert.count()).toBe(1);
  const message = (await alert.textContent()) ?? '';
  expect(message.trim().length).toBeGreaterThan(5);
  return message;
}

describe('a failing layer', () => {
  it('a 404 for parks.fgb shows an error on that row only', async () => {
    const { page, problems } = await newPage(browser);
    await page.route('**/data/parks.fgb', (route) =>
      route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>404 Not Found</h1>' }),
    );
    await openApp(page);
    const message = await expectOnlyParksFailed(page);
    expect(message).toMatch(/404/);
    // Chromium itself logs every failed HTTP response; that line is the failure we caused.
    expectNoProblems(problems, [/Failed to load resource: the server responded with a status of 404/]);
    await page.context().close();
  });

  it('garbage bytes for parks.fgb show a FlatGeobuf error on that row only', async () => {
    const { page, problems } = await newPage(browser);
    await page.route('**/data/parks.fgb', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/octet-stream',
        body: Buffer.from('this is not a flatgeobuf file, just some bytes'),
      }),
    );
    await openApp(page);
    const message = await expectOnlyParksFailed(page);
    expect(message).toMatch(/FlatGeobuf/);
    expectNoProblems(problems);
    await page.context().close();
  });
});
