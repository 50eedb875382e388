// The investors' charts in the built app (issue 9 §4), keyboard only, one page load in Vietnamese:
// the explorer's Charts view draws its three charts on canvases (the wrapper ready and bars of the
// status colour in the pixels), each chart's table alternative has the rows this test derives from
// data/curated/parks.csv, the profile follows a park chosen by keyboard, and axe finds no serious or
// critical violation in the view. SCREENSHOT=dir/view.png also saves a screenshot of each chart.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeFailures, expectNoProblems, openSettledApp, type Problem } from './harness';

type Row = Record<string, string>;
const ROWS = Papa.parse<Row>(readFileSync(new URL('../../data/curated/parks.csv', import.meta.url), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data.filter((r) => r.include === 'true');
/** The existing parks' colour of the legend (ColorBrewer PuOr #5e3c99): every chart's first series. */
const EXISTING_RGB = [94, 60, 153];
const VIEW = '[data-testid="charts-view"]';

let browser: Browser;
let page: Page;
let problems: Problem[];

async function tabTo(selector: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The cell texts of one chart's table alternative (the wrapper's), header cells first. */
const tableRows = (chart: string) =>
  page.$$eval(`${VIEW} [data-chart="${chart}"] .chart-table tbody tr`, (trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')),
  );

/** Pixels of a chart's canvas within a small distance of `rgb`, and the canvas' size. */
const inkOf = (chart: string, rgb: number[]) =>
  page.$eval(
    `${VIEW} [data-chart="${chart}"] canvas`,
    (c, rgb) => {
      const canvas = c as HTMLCanvasElement;
      const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4)
        if (Math.abs(d[i]! - rgb[0]!) + Math.abs(d[i + 1]! - rgb[1]!) + Math.abs(d[i + 2]! - rgb[2]!) < 24)
          n++;
      return { n, total: canvas.width * canvas.height };
    },
    rgb,
  );

beforeAll(async () => {
  ({ browser, page, problems } = await openSettledApp());
});

afterAll(async () => {
  await browser?.close();
});

describe('investors’ charts', () => {
  it('opens the Charts view by keyboard and draws the three charts', async () => {
    await tabTo('#explorer-toggle');
    await page.keyboard.press('Enter');
    await tabTo('button[data-view="charts"]');
    expect(await page.textContent('button[data-view="charts"]')).toBe('Biểu đồ');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (v) => document.querySelectorAll(`${v} [data-chart-state="ready"]`).length === 3,
      VIEW,
    );
    for (const chart of ['area', 'years', 'profile']) {
      const ink = await inkOf(chart, EXISTING_RGB);
      expect(ink.total, chart).toBeGreaterThan(0);
      // Bars of the existing parks' colour, not just axes and text.
      expect(ink.n, chart).toBeGreaterThan(100);
    }
    // Each chart is a labelled region with its own heading.
    const headings = await page.$$eval(`${VIEW} section h3`, (hs) => hs.map((h) => h.textContent));
    expect(headings).toHaveLength(3);
  });

  it('each table alternative has the rows derived from the curated parks', async () => {
    const counted = ROWS.filter((r) => (r.totals_exclusion_reason ?? '').trim() === '');
    const area = await tableRows('area');
    expect(area).toHaveLength(new Set(counted.map((r) => r.district_code)).size);
    // Columns: district, then the four statuses.
    expect(area.every((r) => r.length === 5)).toBe(true);
    const unknownArea = counted.filter((r) => r.area_ha === '').length;
    expect(await page.textContent('[data-testid="chart-area-unknown"]')).toContain(`${unknownArea} KCN`);

    const years = ROWS.filter((r) => r.established_year !== '').map((r) => Number(r.established_year));
    const noYear = ROWS.filter((r) => r.established_year === '');
    const planned = noYear.filter((r) => r.status === 'planned').length;
    const yearRows = await tableRows('years');
    expect(yearRows).toHaveLength(Math.max(...years) - Math.min(...years) + 1 + 2);
    expect(yearRows.slice(-2)).toEqual([
      ['Quy hoạch', String(planned)],
      ['Chưa rõ năm', String(noYear.length - planned)],
    ]);
    const first = String(Math.min(...years));
    expect(yearRows[0]).toEqual([first, String(years.filter((y) => String(y) === first).length)]);

    const profile = await tableRows('profile');
    expect(profile.map((r) => r[0])).toEqual([
      'Đường cao tốc',
      'Quốc lộ',
      'Đường vành đai',
      'Đường sắt',
      'Cảng biển',
      'Sân bay',
      'ICD',
    ]);
    for (const r of profile) expect(r[1]).toMatch(/^(\d{1,3}(\.\d{3})*(,\d)? km|Chưa rõ)$/);
    const caption = await page.textContent(`${VIEW} [data-chart="profile"] caption`);
    expect(caption).toMatch(/^Khoảng cách đường thẳng từ .+ đến đối tượng gần nhất$/);
  });

  it('the profile follows a park chosen by keyboard', async () => {
    const select = '[data-testid="chart-profile-park"]';
    await tabTo(select);
    const before = await page.$eval(select, (s) => (s as HTMLSelectElement).value);
    await page.keyboard.press('ArrowDown');
    const after = await page.$eval(select, (s) => (s as HTMLSelectElement).value);
    expect(after).not.toBe(before);
    const name = await page.$eval(select, (s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent);
    await page.waitForFunction(
      ([v, n]) => document.querySelector(`${v} [data-chart="profile"] caption`)?.textContent?.includes(n!),
      [VIEW, name] as const,
    );
    await page.waitForSelector(`${VIEW} [data-chart="profile"] [data-chart-state="ready"]`);
  });

  it('passes axe with every table alternative open', async () => {
    for (const s of await page.$$(`${VIEW} .chart-table summary`)) await s.click();
    // SCREENSHOT=dir/view.png: one screenshot per chart (dir/view-area.png, …), to look at.
    for (const chart of process.env.SCREENSHOT ? ['area', 'years', 'profile'] : []) {
      await page.$eval(`${VIEW} [data-chart="${chart}"]`, (e) => e.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: process.env.SCREENSHOT!.replace(/\.png$/, `-${chart}.png`) });
    }
    expect(await axeFailures(page, { include: '[data-testid="explorer-panel"]' })).toEqual([]);
  });

  it('logs no console problems', () => {
    expectNoProblems(problems);
  });
});
