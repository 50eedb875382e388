// Filters, the table's sorting and column filters, and the map-wide search (issue 8 §3, §4) in the
// built app, on one page: the parks table sorts by area as the data says; unchecking a status in
// the layer panel by keyboard changes what the map is fed, the table's rows and the link
// (f.parks.status=…); the map-wide search finds a district by keyboard and selects it. Expected
// values come from data/curated/*.csv, not from the app. ("song than" in the table is in
// table.test.ts.)
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeFailures, expectNoProblems, openSettledApp, type Problem } from './harness';

type Row = Record<string, string>;
const csv = (name: string) =>
  Papa.parse<Row>(readFileSync(new URL(`../../data/curated/${name}`, import.meta.url), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
const PARKS = csv('parks.csv').filter((r) => r.include === 'true');
const DISTRICTS = csv('districts.csv');
const STATUS_ORDER = ['existing', 'expanding', 'under_construction', 'planned'];
const area = (r: Row) => (r.area_ha === '' ? null : Number(r.area_ha));

let browser: Browser;
let page: Page;
let problems: Problem[];

beforeAll(async () => {
  ({ browser, page, problems } = await openSettledApp('#lang=vi', { reducedMotion: true }));
});

afterAll(async () => {
  await browser?.close();
});

const drawnParks = () =>
  page.evaluate(() =>
    Number((document.querySelector('[data-testid="map"]') as HTMLElement).dataset.drawnParks),
  );
const rowKeys = () =>
  page.$$eval('[data-testid="table-panel"] tbody tr[data-row-key]', (rows) =>
    rows.map((r) => (r as HTMLElement).dataset.rowKey ?? ''),
  );

describe('filters, table and map-wide search', () => {
  it('the map is fed every park before any filter', async () => {
    expect(await drawnParks()).toBe(PARKS.filter((r) => r.lat !== '' && r.lon !== '').length);
  });

  it('the parks table sorts by area: ascending as the data, unknown areas last', async () => {
    await page.click('button[data-table-open="parks"]');
    await page.waitForSelector('[data-testid="table-panel"]');
    await page.focus('[data-testid="table-panel"] th button.sort[data-column="area_ha"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('th[aria-sort="ascending"] button[data-column="area_ha"]');
    const keys = await rowKeys();
    const byId = new Map(PARKS.map((r) => [r.id!, r]));
    const shownAreas = keys.map((k) => area(byId.get(k)!));
    const known = PARKS.map(area)
      .filter((a): a is number => a !== null)
      .sort((a, b) => a - b);
    const expected = [...known, ...PARKS.map(area).filter((a) => a === null)];
    // The grid renders the rows in view (virtualised): they must be the start of the sorted list.
    expect(keys.length).toBeGreaterThan(5);
    expect(shownAreas).toEqual(expected.slice(0, keys.length));
    expect(shownAreas[0]).toBe(Math.min(...known));
  });

  it('unchecking a status in the layer panel (keyboard) filters the map, the table and the link', async () => {
    await page.focus('button[data-filter-toggle="parks"]');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('button[data-filter-toggle="parks"]', 'aria-expanded')).toBe('true');
    await page.focus('[data-testid="filter-parks-status-planned"]');
    await page.keyboard.press('Space');
    const kept = PARKS.filter((r) => r.status !== 'planned');
    expect(kept.length).toBeLessThan(PARKS.length);
    await page.waitForFunction(
      (n) => Number((document.querySelector('[data-testid="map"]') as HTMLElement).dataset.drawnParks) === n,
      kept.length,
    );
    // Values the data has, in the schema's order, and "unknown" (offered for every status filter).
    const present = STATUS_ORDER.filter((s) => s !== 'planned' && PARKS.some((r) => r.status === s));
    const value = [...present, 'unknown'].join(',');
    await page.waitForFunction(
      (v) => new URLSearchParams(location.hash.slice(1)).get('f.parks.status') === v,
      value,
    );
    expect(await page.textContent('[data-testid="filter-parks-count"]')).toBe(
      `Hiện ${kept.length} / ${PARKS.length} đối tượng`,
    );
    expect(await page.textContent('[data-testid="table-count"]')).toBe(
      `${kept.length} / ${PARKS.length} dòng`,
    );
    const planned = new Set(PARKS.filter((r) => r.status === 'planned').map((r) => r.id));
    expect((await rowKeys()).filter((k) => planned.has(k))).toEqual([]);
    // The table's status column filter shows the same filter (one store).
    expect(
      await page.getAttribute(
        '[data-testid="table-panel"] button[data-column-filter="status"]',
        'aria-label',
      ),
    ).toBe('Lọc cột Trạng thái (đang lọc)');
  });

  it('clearing the filter draws every park again and drops the key', async () => {
    await page.click('[data-testid="filter-parks"] .layer-filter-clear');
    await page.waitForFunction(
      (n) => Number((document.querySelector('[data-testid="map"]') as HTMLElement).dataset.drawnParks) === n,
      PARKS.length,
    );
    await page.waitForFunction(() => !location.hash.includes('f.parks.status'));
  });

  it('a year range typed in the filter section filters the map and says how many parks have no year', async () => {
    const min = '[data-testid="filter-parks-established_year-min"]';
    const max = '[data-testid="filter-parks-established_year-max"]';
    await page.focus(min);
    await page.keyboard.type('2000');
    await page.focus(max);
    await page.keyboard.type('2010');
    const year = (r: Row) => (r.established_year === '' ? null : Number(r.established_year));
    const within = PARKS.filter((r) => year(r) !== null && year(r)! >= 2000 && year(r)! <= 2010);
    const unknown = PARKS.filter((r) => year(r) === null).length;
    expect(unknown).toBeGreaterThan(0);
    await page.waitForFunction(
      () => new URLSearchParams(location.hash.slice(1)).get('f.parks.established_year') === '2000..2010',
    );
    await page.waitForFunction(
      (n) => Number((document.querySelector('[data-testid="map"]') as HTMLElement).dataset.drawnParks) === n,
      within.length,
    );
    expect(await page.textContent('[data-testid="filter-parks-established_year-hidden"]')).toBe(
      `${unknown} đối tượng chưa rõ “Năm thành lập” không được hiện`,
    );
    // Clearing empties the fields too (they follow the store when it changes elsewhere).
    await page.click('[data-testid="filter-parks"] .layer-filter-clear');
    await page.waitForFunction(() => !location.hash.includes('f.parks.'));
    expect(await page.inputValue(min)).toBe('');
    expect(await page.inputValue(max)).toBe('');
  });

  it('a table column filter opens by keyboard and Escape closes only it', async () => {
    const button = '[data-testid="table-panel"] button[data-column-filter="status"]';
    await page.focus(button);
    await page.keyboard.press('Enter');
    expect(await page.getAttribute(button, 'aria-expanded')).toBe('true');
    const popover = `[id="${await page.getAttribute(button, 'aria-controls')}"]`;
    expect(await page.$$eval(`${popover} input[type="checkbox"]`, (els) => els.length)).toBe(
      STATUS_ORDER.filter((s) => PARKS.some((r) => r.status === s)).length + 1,
    );
    await page.keyboard.press('Escape');
    await page.waitForSelector(popover, { state: 'detached' });
    expect(await page.$('[data-testid="table-panel"]')).not.toBeNull();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.columnFilter)).toBe(
      'status',
    );
    // Open again for the accessibility check below, with the search's list open too.
    await page.keyboard.press('Enter');
    await page.waitForSelector(popover);
  });

  it('the map-wide search finds a district by keyboard and selects it', async () => {
    const target = DISTRICTS.find((d) => d.code === '718')!;
    await page.focus('[data-testid="map-search"] input[type="search"]');
    await page.keyboard.type('thu dau mot');
    await page.waitForSelector('[data-testid="map-search"] [role="option"]');
    expect(await page.getAttribute('[data-testid="map-search"] input', 'aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    const activeId = await page.getAttribute('[data-testid="map-search"] input', 'aria-activedescendant');
    expect(activeId).toBeTruthy();
    const first = await page.$eval(`[id="${activeId}"]`, (el) => ({
      layer: (el as HTMLElement).dataset.layerId,
      text: el.textContent,
    }));
    expect(first.layer).toBe('districts');
    expect(first.text).toContain(target.name_vi);
    // Axe with the layer filter section, a column filter popover and the search's list open.
    expect(await axeFailures(page, { region: true })).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (name) => document.querySelector('[data-testid="info-panel"]')?.textContent?.includes(name),
      target.name_vi!,
    );
    expect(await page.getAttribute('[data-testid="map-search"] input', 'aria-expanded')).toBe('false');
  });

  it('logged no console errors or warnings', () => {
    expectNoProblems(problems);
  });
});
