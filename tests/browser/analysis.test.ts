// The analysis panel end to end: areas, within (against the core run in Node on the same data),
// nearest (sorting, a row opens the park), measure by keyboard, where am I, CSV export, a failed
// layer. Every page must log no console error or warning. Screenshots go to test-results/analysis-*.png
// (git-ignored) for a person to look at.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/analysis/context';
import { readBuiltLayers } from '../../src/analysis/node-data';
import { packLayers } from '../../src/analysis/pack';
import { withinDistance } from '../../src/analysis/within';
import {
  differingPixels,
  expectNoProblems,
  launchBrowser,
  newPage,
  openApp,
  READY_TIMEOUT,
  settledLayerRows,
} from './harness';

const shot = (name: string) => `test-results/${name}`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openAnalysis(page: Page, hash = ''): Promise<void> {
  await openApp(page, hash);
  await settledLayerRows(page);
  await page.locator('[data-testid="analysis-toggle"]').click();
  await page.locator('[data-testid="analysis-panel"]').waitFor();
}

async function tab(page: Page, id: string): Promise<void> {
  await page.locator(`[role="tab"][data-tab="${id}"]`).click();
  await page.locator(`[role="tabpanel"][data-tab="${id}"]`).waitFor();
}

const rowKeys = (page: Page, table: string) =>
  page.$$eval(`[data-testid="${table}"] tbody tr[data-row-key]`, (rows) =>
    rows.map((r) => (r as HTMLElement).dataset.rowKey ?? ''),
  );

/** Lets deck.gl draw what it was just given (two frames plus a margin for software GL). */
const settle = (page: Page) => page.waitForTimeout(1500);

describe('analysis panel', () => {
  it('areas, within, nearest and CSV export', async () => {
    const raw = await readBuiltLayers();
    const ctx = createContext(packLayers(raw));
    const expected = withinDistance(ctx, { target: { type: 'corridor', id: 'vd4_bd' }, km: 5 });
    if (!expected.ok) throw new Error(expected.message);
    const expectedIds = expected.value.parks.map((r) => r.park.id).sort();
    expect(expectedIds.length).toBeGreaterThan(0);

    const { page, problems } = await newPage(browser);
    await openAnalysis(page);

    // (1) Areas: the 9 districts with km², and a province total.
    await page.locator('[data-testid="areas-table"]').waitFor();
    const districtRows = page.locator('[data-testid="areas-table"] tbody tr');
    expect(await districtRows.count()).toBe(9);
    // Header texts end with the sort button's arrow; the units are in them, not in the cells.
    const headers = (await page.locator('[data-testid="areas-table"] thead th').allTextContents()).join(
      ' | ',
    );
    expect(headers).toContain('Diện tích chính thức (km²)');
    expect(headers).toContain('Diện tích tính từ ranh giới (km²)');
    const total = (await page.locator('[data-testid="areas-table"] tfoot tr').textContent()) ?? '';
    expect(total).toContain('Toàn tỉnh');
    // The province's official figure (province.json, approximate) beside its computed area.
    expect(total).toContain('≈ 2.694,4');
    expect(total).toContain('2.705,7');
    await page.screenshot({ path: shot('analysis-areas.png') });

    // (6) CSV export: a download whose first line is the header row.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="areas-table"] button[data-export="csv"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toContain('Huyện / thành phố');
    expect(lines[0]).toContain('Diện tích tính từ ranh giới (km²)');
    expect(lines.length).toBe(1 + 9 + 1);
    expect(csv).toContain('Dầu Tiếng');

    // (2) Within: Ring Road 4, 5 km → the same parks as the core gives in Node; the zone is drawn.
    await tab(page, 'within');
    await settle(page);
    const before = await page.locator('[data-testid="map"]').screenshot();
    await page.locator('[data-testid="within-target"]').selectOption('corridor:vd4_bd');
    await page.locator('[data-testid="within-km"]').fill('5');
    await page.locator('[data-testid="within-run"]').click();
    await page.locator('[data-testid="within-table"] tbody tr[data-row-key]').first().waitFor();
    expect((await rowKeys(page, 'within-table')).sort()).toEqual(expectedIds);
    await settle(page);
    const after = await page.locator('[data-testid="map"]').screenshot();
    expect(await differingPixels(page, before, after), 'the zone changed the map').toBeGreaterThan(2000);
    const drawn = (await page.locator('[data-testid="map"]').getAttribute('data-analysis-layers')) ?? '';
    expect(drawn.split(' ')).toEqual(expect.arrayContaining(['zone', 'matches']));
    await page.screenshot({ path: shot('analysis-within.png') });

    // Vietnamese decimal comma: '2,5' is 2.5 km, the same parks as '2.5' and as the core in Node,
    // not the 25 km the browser's number field made of it; the value read is echoed beside it.
    const at = (km: number) => {
      const r = withinDistance(ctx, { target: { type: 'corridor', id: 'vd4_bd' }, km });
      if (!r.ok) throw new Error(r.message);
      return r.value.parks.map((x) => x.park.id).sort();
    };
    const ids25 = at(2.5);
    expect(ids25.length).toBeGreaterThan(0);
    expect(at(25)).not.toEqual(ids25);
    const count = page.locator('[data-testid="within-count"]');
    for (const typed of ['2.5', '2,5']) {
      await page.locator('[data-testid="within-km"]').fill(typed);
      expect(await page.locator('[data-testid="within-km-echo"]').textContent()).toBe('= 2,5 km');
      await page.locator('[data-testid="within-run"]').click();
      await expect.poll(async () => (await rowKeys(page, 'within-table')).sort()).toEqual(ids25);
      expect(await count.textContent()).toContain(String(ids25.length));
    }
    await page.locator('[data-testid="within-km"]').fill('1,25');
    expect(await page.locator('[data-testid="within-km-echo"]').textContent()).toBe('= 1,25 km');
    // "1.000" is read as a thousand, which is out of range: refused beside the field, saying so.
    await page.locator('[data-testid="within-km"]').fill('1.000');
    expect(await page.locator('[data-testid="within-km-echo"]').textContent()).toContain('đọc là 1.000 km');
    // Text that is not a number is refused beside the field; the last result stays.
    await page.locator('[data-testid="within-km"]').fill('2,5,5');
    expect(await page.locator('[data-testid="within-km-echo"]').textContent()).toContain('không phải là số');
    expect(await page.locator('[data-testid="within-km"]').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-testid="within-run"]').getAttribute('aria-disabled')).toBe('true');
    await page.locator('[data-testid="within-km"]').press('Enter');
    expect((await rowKeys(page, 'within-table')).sort()).toEqual(ids25);

    // A number out of 0 < X ≤ 200 is refused beside the field (never echoed as read) and not run.
    for (const km of ['0', '-1', '500']) {
      await page.locator('[data-testid="within-km"]').fill(km);
      const echo = page.locator('[data-testid="within-km-echo"]');
      expect(await echo.textContent()).toContain('không quá 200 km');
      expect(await echo.textContent()).not.toMatch(/^=/);
      expect(await page.locator('[data-testid="within-km"]').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('[data-testid="within-run"]').getAttribute('aria-disabled')).toBe('true');
      // Playwright will not click an aria-disabled button: submit the form from the field instead.
      await page.locator('[data-testid="within-km"]').press('Enter');
      expect(await page.locator('[data-testid="analysis-error"]').count()).toBe(0);
      expect((await rowKeys(page, 'within-table')).sort()).toEqual(ids25);
    }

    // (3) Nearest: a row per park; sorting by a column changes the order; a row opens the park.
    await tab(page, 'nearest');
    await page.locator('[data-testid="nearest-table"] tbody tr[data-row-key]').first().waitFor();
    const order = await rowKeys(page, 'nearest-table');
    expect(order.length).toBe(raw.parks?.length);
    const header = page.locator('[data-testid="nearest-table"] th:has(button[data-column="ring_road_km"])');
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const sorted = await rowKeys(page, 'nearest-table');
    expect(sorted).not.toEqual(order);
    expect([...sorted].sort()).toEqual([...order].sort());
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await rowKeys(page, 'nearest-table')).toEqual([...sorted].reverse());

    const first = page.locator('[data-testid="nearest-table"] tbody tr[data-row-key]').first();
    const parkId = await first.getAttribute('data-row-key');
    const parkName = raw.parks?.find((p) => p.properties?.id === parkId)?.properties?.name_vi as string;
    await first.locator('button.row-choose').click();
    const info = page.locator('[data-testid="info-panel"]');
    await info.waitFor();
    expect(await info.textContent()).toContain(parkName);
    // The analysis area arrives from the worker a moment later.
    await expect.poll(() => info.textContent()).toContain('Diện tích (phân tích)');
    await page.waitForTimeout(2000);
    await page.screenshot({ path: shot('analysis-nearest.png') });

    expectNoProblems(problems);
    await page.context().close();
  }, 240_000);

  it('measure by keyboard: Enter adds the centre point, Backspace undoes, Escape cancels', async () => {
    const { page, problems } = await newPage(browser);
    await openAnalysis(page, '#z=11&lat=11.1&lon=106.65');
    await tab(page, 'measure');
    await page.locator('[data-testid="measure-line"]').click();
    const values = page.locator('[data-testid="measure-values"]');
    await values.waitFor();
    const canvas = page.locator('[data-testid="map"] canvas.maplibregl-canvas');
    await canvas.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => values.getAttribute('data-points')).toBe('1');
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(400);
    }
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(600);
    await page.keyboard.press('Enter');
    await expect.poll(() => values.getAttribute('data-points')).toBe('2');
    await expect
      .poll(async () => Number(await values.getAttribute('data-length-km')), { timeout: READY_TIMEOUT })
      .toBeGreaterThan(0);
    expect(await page.locator('[data-testid="measure-length"]').textContent()).toMatch(/km$/);
    await settle(page);
    await page.screenshot({ path: shot('analysis-measure.png') });
    await page.keyboard.press('Backspace');
    await expect.poll(() => values.getAttribute('data-points')).toBe('1');
    await page.keyboard.press('Escape');
    await expect.poll(() => values.count()).toBe(0);
    expectNoProblems(problems);
    await page.context().close();
  }, 180_000);

  it('where am I: a click at the map centre names Dầu Tiếng', async () => {
    const { page, problems } = await newPage(browser);
    await openAnalysis(page, '#z=12&lat=11.35&lon=106.45');
    await tab(page, 'where');
    const box = await page.locator('[data-testid="map"]').boundingBox();
    if (!box) throw new Error('map has no box');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const district = page.locator('[data-testid="where-district"]');
    await district.waitFor();
    expect(await district.textContent()).toContain('Dầu Tiếng');
    const result = (await page.locator('[data-testid="where-result"]').textContent()) ?? '';
    expect(result).toMatch(/km/);
    // Selecting is off in this mode: the click did not open the info panel.
    expect(await page.locator('[data-testid="info-panel"]').count()).toBe(0);
    await settle(page);
    await page.screenshot({ path: shot('analysis-where.png') });
    expectNoProblems(problems);
    await page.context().close();
  }, 180_000);

  it('a failed corridors layer: Nearest says so, Areas still works', async () => {
    const { page, problems } = await newPage(browser);
    await page.route('**/data/corridors.fgb', (route) =>
      route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>404 Not Found</h1>' }),
    );
    await openAnalysis(page);
    await page.locator('[data-testid="areas-table"]').waitFor();
    expect(await page.locator('[data-testid="areas-table"] tbody tr').count()).toBe(9);
    await tab(page, 'nearest');
    const error = page.locator('[data-testid="analysis-error"][data-error="missing_layer"]');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/không tải được/);
    await tab(page, 'areas');
    expect(await page.locator('[data-testid="areas-table"] tbody tr').count()).toBe(9);
    expectNoProblems(problems, [/Failed to load resource: the server responded with a status of 404/]);
    await page.context().close();
  }, 180_000);
});
