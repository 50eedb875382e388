// Issue 11 §1: 1,000 generated link hashes (fuzz-hashes.ts, seeded) applied in one page through the
// hashchange path, in batches. After each batch: no page error or console error, the page answers an
// evaluate round trip, the map's ready flag is set, and a layer checkbox still changes what the map
// is told to draw (data-visible-layers).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzHashes } from './fuzz-hashes';
import { launchBrowser, newPage, openApp, type Problem, waitForMapReady } from './harness';

const SEED = 20261130;
const COUNT = 1000;
const BATCH = 50;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Rejects when the page does not answer within `ms` (a hung main thread). */
async function roundTrip(page: Page, ms: number): Promise<number> {
  return Promise.race([
    page.evaluate(() => 1 + 1),
    new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`page hung for ${ms} ms`)), ms)),
  ]);
}

/** Every map's data-visible-layers hook, joined (one map, or both of a comparison). */
const hooks = (page: Page) =>
  page.$$eval('[data-visible-layers]', (els) =>
    els.map((e) => (e as HTMLElement).dataset.visibleLayers).join('|'),
  );

/** Flips the first layer checkbox and waits until the maps' hooks change, then flips it back. */
async function layerPanelResponds(page: Page): Promise<void> {
  for (let flip = 0; flip < 2; flip++) {
    const before = await hooks(page);
    await page.$eval('li[data-testid="layer-row"] input[type="checkbox"]', (el) =>
      (el as HTMLInputElement).click(),
    );
    await page.waitForFunction(
      (b) =>
        [...document.querySelectorAll<HTMLElement>('[data-visible-layers]')]
          .map((e) => e.dataset.visibleLayers)
          .join('|') !== b,
      before,
      { timeout: 15_000 },
    );
  }
}

const errors = (problems: Problem[]) => problems.filter((p) => p.kind !== 'console.warning');

describe('fuzzed links in the page', () => {
  it('1,000 generated hashes raise no error, never hang the page and leave it usable', async () => {
    const hashes = fuzzHashes(SEED, COUNT);
    expect(new Set(hashes).size).toBeGreaterThan(COUNT * 0.95);
    const { page, problems } = await newPage(browser);
    await openApp(page);
    await layerPanelResponds(page);
    for (let start = 0; start < COUNT; start += BATCH) {
      const batch = hashes.slice(start, start + BATCH);
      await page.evaluate(async (list) => {
        for (const h of list) {
          location.hash = h;
          // Let the hashchange event and the renders it causes run before the next one.
          await new Promise((r) => setTimeout(r, 0));
        }
      }, batch);
      const where = `batch from hash ${start} (seed ${SEED})`;
      expect(await roundTrip(page, 20_000), where).toBe(2);
      await waitForMapReady(page);
      expect(errors(problems), `${where}: ${JSON.stringify(errors(problems)).slice(0, 2000)}`).toEqual([]);
      await layerPanelResponds(page);
    }
    expect(await page.$$eval('li[data-testid="layer-row"]', (rows) => rows.length)).toBeGreaterThanOrEqual(5);
    // The hashchange path was live all along: a last link still applies, and its unknown id is named.
    await page.evaluate(() => {
      location.hash = '#lang=en&sel=parks:no_such_park';
    });
    await page.waitForFunction(
      () => document.querySelector('h1')?.textContent === 'Bình Dương Innovation Region',
    );
    await page.waitForFunction(() =>
      /\bsel\b/.test(document.querySelector('[data-testid="hash-notice"]')?.textContent ?? ''),
    );
    expect(errors(problems)).toEqual([]);
  }, 300_000);
});
