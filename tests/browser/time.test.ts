// The time slider (issue 8 §3) in the built app, on one page: `#year=2005` draws exactly the parks
// established by 2005 plus the year-unknown ones marked as such (what MapView hands the map, from
// its data-* attributes), the panel counts them, the slider moves by keyboard and writes the link,
// and the cumulative area chart draws on its canvas with its table alternative. Expected values come
// from the curated parks.csv, not from the app.
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
const year = (r: Row) => (r.established_year === '' ? null : Number(r.established_year));
const notPlanned = PARKS.filter((r) => r.status !== 'planned');
const establishedBy = (y: number) =>
  notPlanned
    .filter((r) => year(r) !== null && year(r)! <= y)
    .map((r) => r.id!)
    .sort();
const YEAR_UNKNOWN = notPlanned
  .filter((r) => year(r) === null)
  .map((r) => r.id!)
  .sort();

let browser: Browser;
let page: Page;
let problems: Problem[];

beforeAll(async () => {
  ({ browser, page, problems } = await openSettledApp('#lang=vi&year=2005', { reducedMotion: true }));
});

afterAll(async () => {
  await browser?.close();
});

/** The park ids MapView last handed the map: placed in time, and year unknown. */
const drawn = () =>
  page.$eval('[data-testid="map"]', (el) => ({
    placed: ((el as HTMLElement).dataset.parksPlaced ?? '').split(' ').filter(Boolean).sort(),
    yearUnknown: ((el as HTMLElement).dataset.parksYearUnknown ?? '').split(' ').filter(Boolean).sort(),
  }));

describe('time slider', () => {
  it('#year=2005 draws exactly the parks established by 2005, and the year-unknown ones apart', async () => {
    const expected = establishedBy(2005);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(establishedBy(2030).length);
    expect(await drawn()).toEqual({ placed: expected, yearUnknown: YEAR_UNKNOWN });
    expect(await page.getAttribute('[data-testid="time-shown"]', 'data-count')).toBe(String(expected.length));
    expect(await page.getAttribute('[data-testid="time-unknown"]', 'data-count')).toBe(
      String(YEAR_UNKNOWN.length),
    );
    expect(await page.textContent('[data-testid="time-unknown"]')).toContain(
      `Chưa rõ năm: ${YEAR_UNKNOWN.length} khu`,
    );
    expect(await page.textContent('[data-testid="time-year"]')).toBe('2005');
    // The parks legend has the same line and count.
    expect(await page.getAttribute('[data-testid="legend-year-unknown"]', 'data-count')).toBe(
      String(YEAR_UNKNOWN.length),
    );
  });

  it('moves by keyboard: a step writes the link and redraws; End reaches "planned"', async () => {
    await page.focus('[data-testid="time-panel"] input[type="range"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /(^|[#&])year=2006(&|$)/.test(location.hash));
    expect((await drawn()).placed).toEqual(establishedBy(2006));
    expect(await page.getAttribute('[data-testid="time-panel"] input[type="range"]', 'aria-valuetext')).toBe(
      'Đến năm 2006',
    );
    await page.keyboard.press('End');
    await page.waitForFunction(() => /(^|[#&])year=planned(&|$)/.test(location.hash));
    const all = PARKS.filter((r) => year(r) !== null || r.status === 'planned')
      .map((r) => r.id!)
      .sort();
    expect(await drawn()).toEqual({ placed: all, yearUnknown: YEAR_UNKNOWN });
    expect(await page.textContent('[data-testid="time-year"]')).toBe('Quy hoạch');
    await page.keyboard.press('Home');
    await page.keyboard.press('PageUp');
    // From the first stop (1990 or earlier) ten stops on.
    const first = Math.min(1990, ...PARKS.map(year).filter((y): y is number => y !== null));
    await page.waitForFunction((y) => location.hash.includes(`year=${y}`), first + 10);
    expect((await drawn()).placed).toEqual(establishedBy(first + 10));
  });

  it('draws the cumulative area chart, with its figures in a table', async () => {
    await page.waitForSelector('[data-testid="time-panel"] [data-chart-state="ready"]');
    const inked = await page.$eval('[data-testid="time-panel"] canvas', (c) => {
      const canvas = c as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return { n, total: canvas.width * canvas.height };
    });
    expect(inked.total).toBeGreaterThan(0);
    expect(inked.n).toBeGreaterThan(inked.total * 0.01);
    const rows = await page.$$eval('[data-testid="time-panel"] .chart-table tbody tr', (trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')),
    );
    const first = Math.min(1990, ...PARKS.map(year).filter((y): y is number => y !== null));
    expect(rows).toHaveLength(new Date().getFullYear() - first + 2);
    expect(rows.at(-1)![0]).toBe('Quy hoạch');
    // 2005's cumulative land: the curated areas of the parks established by then, in vi format.
    const by2005 = PARKS.filter((r) => establishedBy(2005).includes(r.id!));
    const ha = by2005.reduce((s, r) => s + Number(r.area_ha), 0);
    const approx = by2005.some((r) => r.area_qualifier === 'approximate') ? '≈ ' : '';
    const text = `${approx}${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(ha)} ha`;
    expect(rows.find((r) => r[0] === '2005')).toEqual(['2005', text]);
    expect(await page.textContent('[data-testid="time-unplaced"]')).toContain(`${YEAR_UNKNOWN.length} khu`);
  });

  it('passes axe with the slider on, the summary, the chart and its open table', async () => {
    await page.click('[data-testid="time-panel"] .chart-table summary');
    expect(await axeFailures(page, { include: '[data-testid="time-panel"]' })).toEqual([]);
  });

  it('logs no console problems', () => {
    expectNoProblems(problems);
  });
});
