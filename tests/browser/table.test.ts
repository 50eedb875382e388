// The attribute table (issue 8 §4) in the built app, by keyboard: the parks' "Table" button opens
// it with the focus in the search box, "song than" leaves exactly the Sóng Thần parks, Enter on a
// row opens that park's info panel, the link names the open table, Escape closes the innermost
// thing first and hands the focus back. One page serves the whole file (a load costs 10–20 s).
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeFailures, expectNoProblems, openSettledApp, type Problem } from './harness';

type Row = Record<string, string>;
const PARKS = Papa.parse<Row>(
  readFileSync(new URL('../../data/curated/parks.csv', import.meta.url), 'utf8'),
  { header: true, skipEmptyLines: true },
).data.filter((r) => r.include === 'true');
// Expected from the curated source, not from the app's search: the names that contain the words.
const SONG_THAN = PARKS.filter((r) => r.name_vi?.normalize('NFC').includes('Sóng Thần'));

let browser: Browser;
let page: Page;
let problems: Problem[];

beforeAll(async () => {
  ({ browser, page, problems } = await openSettledApp('#lang=vi', { reducedMotion: true }));
});

afterAll(async () => {
  await browser?.close();
});

const activeTableButton = () =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.tableOpen ?? null);

describe('attribute table', () => {
  it('opens the parks table from the layer panel by keyboard', async () => {
    expect(SONG_THAN.length).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < 80 && (await activeTableButton()) !== 'parks'; i++) await page.keyboard.press('Tab');
    expect(await activeTableButton()).toBe('parks');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="table-panel"]');
    const focused = await page.evaluate(() => ({
      type: (document.activeElement as HTMLInputElement | null)?.type,
      label: document.activeElement?.id
        ? document.querySelector(`label[for="${document.activeElement.id}"]`)?.textContent
        : null,
    }));
    expect(focused).toEqual({ type: 'search', label: 'Tìm trong bảng' });
    await page.waitForFunction(() => /(^|[#&])table=parks(&|$)/.test(location.hash));
  });

  it('"song than" leaves exactly the Sóng Thần parks', async () => {
    await page.keyboard.type('song than');
    const expected = SONG_THAN.map((r) => r.id).sort();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="table-panel"] tbody tr[data-row-key]').length === n,
      expected.length,
    );
    const keys = await page.$$eval('[data-testid="table-panel"] tbody tr[data-row-key]', (rows) =>
      rows.map((r) => (r as HTMLElement).dataset.rowKey ?? ''),
    );
    expect(keys.sort()).toEqual(expected);
  });

  it('Enter on a row opens that park’s info panel and highlights the row', async () => {
    const target = SONG_THAN[0]!;
    await page.focus(`[data-testid="table-panel"] tr[data-row-key="${target.id}"] button.row-choose`);
    await page.keyboard.press('Enter');
    const info = await page.waitForSelector('[data-testid="info-panel"]');
    await page.waitForFunction(
      (name) => document.querySelector('[data-testid="info-panel"]')?.textContent?.includes(name),
      target.name_vi!,
    );
    expect(await info.textContent()).toContain(target.name_vi);
    const rowClass = await page.getAttribute(`tr[data-row-key="${target.id}"]`, 'class');
    expect(rowClass).toBe('chosen');
  });

  it('the info panel leaves the map’s zoom buttons, scale and credits uncovered, above the table', async () => {
    // Each control of the map's bottom-right corner (moved above the table's sheet) against the
    // info panel; a park's panel is long enough to reach its greatest height.
    const overlaps = await page.evaluate(() => {
      const info = document.querySelector('[data-testid="info-panel"]')!.getBoundingClientRect();
      const corner = document.querySelector('.maplibregl-ctrl-bottom-right')!;
      return [...corner.children].map((c) => {
        const r = c.getBoundingClientRect();
        const x = Math.min(info.right, r.right) - Math.max(info.left, r.left);
        const y = Math.min(info.bottom, r.bottom) - Math.max(info.top, r.top);
        return {
          control: c.className,
          overlap: x > 0 && y > 0 ? Math.round(x * y) : 0,
          info: Math.round(info.bottom),
          top: Math.round(r.top),
        };
      });
    });
    expect(overlaps.length).toBeGreaterThanOrEqual(2);
    expect(overlaps.filter((o) => o.overlap > 0)).toEqual([]);
  });

  it('has no serious or critical axe violation with the table open and a row chosen', async () => {
    expect(await axeFailures(page, { experimental: true, region: true })).toEqual([]);
  });

  it('Escape closes the info panel, then the table, and the focus returns to its button', async () => {
    await page.focus('[data-testid="table-panel"] input[type="search"]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="info-panel"]', { state: 'detached' });
    expect(await page.$('[data-testid="table-panel"]')).not.toBeNull();
    await page.focus('[data-testid="table-panel"] input[type="search"]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="table-panel"]', { state: 'detached' });
    await page.waitForFunction(
      () => (document.activeElement as HTMLElement | null)?.dataset.tableOpen === 'parks',
    );
    await page.waitForFunction(() => !/table=/.test(location.hash));
  });

  it('logged no console errors or warnings', () => {
    expectNoProblems(problems);
  });
});
