// Print and image (issue 11 §4) on one page load: the investors' comparison sheet in print
// emulation (its map image and table), the PNG export at screen resolution (size, not blank, the
// analysis zone's colour in it once a zone is shown), and the map's print layout in print
// emulation (map image loaded, title, legend, scale bar, date). window.print is replaced by a
// counter: the browser's dialog is not what is tested, the page it would print is.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoProblems, launchBrowser, newPage, openApp, type Problem, settledLayerRows } from './harness';

let browser: Browser;
let page: Page;
let problems: Problem[];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, problems } = await newPage(browser));
  await openApp(page, '#lang=en&parks=vsip_1,song_than_2');
  await settledLayerRows(page);
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed++;
    };
  });
});

afterAll(async () => {
  await browser?.close();
});

/** Pixels of a PNG (base64) decoded in the page, with what the checks need about one box of it. */
async function inspectPng(png: string, box: { x: number; y: number; w: number; h: number }) {
  return page.evaluate(
    async ({ png, box }) => {
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(box.x, box.y, box.w, box.h).data;
      const seen = new Set<number>();
      // The zone's outline is rgb(3, 105, 161) at 90 % opacity (src/map/layers/analysis.ts).
      let zoneLike = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        seen.add((r << 16) | (g << 8) | b);
        if (Math.abs(r - 3) < 40 && Math.abs(g - 105) < 30 && Math.abs(b - 161) < 30) zoneLike++;
      }
      return { width: bitmap.width, height: bitmap.height, colours: seen.size, zoneLike };
    },
    { png, box },
  );
}

async function exportScreenPng(): Promise<string> {
  await page.locator('[data-testid="print-panel"] select').first().selectOption('screen');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-print="png"]').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^map-\d{4}-\d{2}-\d{2}\.png$/);
  return readFileSync((await download.path())!).toString('base64');
}

/** Text and image facts of the visible print sheet, in print emulation. */
async function printedSheet() {
  await page.emulateMedia({ media: 'print' });
  const facts = await page.evaluate(() => {
    const sheet = document.querySelector<HTMLElement>('.print-sheet');
    const img = sheet?.querySelector('img');
    // getBoundingClientRect: SVG elements (the north arrow) have no offsetWidth.
    const shown = (el: Element | null | undefined) => {
      const r = el?.getBoundingClientRect();
      return !!r && r.width > 0 && r.height > 0;
    };
    const app = document.getElementById('root');
    return {
      sheetShown: shown(sheet),
      appHidden: !!app && getComputedStyle(app).display === 'none',
      img: {
        shown: shown(img),
        complete: !!img?.complete,
        w: img?.naturalWidth ?? 0,
        h: img?.naturalHeight ?? 0,
      },
      title: sheet?.querySelector('.print-title')?.textContent ?? '',
      legend: [...(sheet?.querySelectorAll('.print-legend h3') ?? [])].map((h) => h.textContent ?? ''),
      scaleShown: shown(sheet?.querySelector('.print-scale-bar')),
      scale: sheet?.querySelector('.print-scale')?.textContent ?? '',
      date: sheet?.querySelector('.print-date')?.textContent ?? '',
      north: shown(sheet?.querySelector('.print-north')),
      tableRows: sheet?.querySelectorAll('.comparison-table tbody tr').length ?? 0,
      tableShown: shown(sheet?.querySelector('.comparison-table')),
    };
  });
  return facts;
}

async function endPrint(): Promise<void> {
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.waitForFunction(() => !document.querySelector('.print-sheet'));
}

describe('print and image', () => {
  it('the comparison sheet prints its map of the compared parks and its table', async () => {
    await page.waitForSelector('[data-testid="comparison"]');
    await page.locator('[data-print="comparison"]').click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
    const sheet = await printedSheet();
    expect(sheet.sheetShown).toBe(true);
    expect(sheet.appHidden).toBe(true);
    expect(sheet.img.shown && sheet.img.complete).toBe(true);
    expect(sheet.img.w).toBeGreaterThan(100);
    expect(sheet.title).toBe('Industrial park comparison');
    expect(sheet.tableShown).toBe(true);
    expect(sheet.tableRows).toBeGreaterThan(3);
    await page.screenshot({ path: 'test-results/print-comparison.png', fullPage: true });
    await endPrint();
    await page.locator('.explorer-toggle').click();
    await page.waitForSelector('[data-testid="comparison"]', { state: 'detached' });
  });

  it('exports the map page as a PNG at screen resolution, not blank, with the analysis zone', async () => {
    const map = (await page.locator('[data-testid="map"]').boundingBox())!;
    const [w, h] = [Math.round(map.width), Math.round(map.height)];
    // The map box of a screen image: at (24, 80), the map's CSS size (layout.ts's documented numbers).
    const mapBox = { x: 24, y: 80, w, h };
    const plain = await inspectPng(await exportScreenPng(), mapBox);
    expect([plain.width, plain.height]).toEqual([w + 260 + 72, h + 56 + 64 + 48]);
    expect(plain.colours, 'the map area has many colours (not blank)').toBeGreaterThan(500);

    await page.locator('[data-testid="analysis-toggle"]').click();
    await page.locator('[role="tab"][data-tab="within"]').click();
    await page.locator('[data-testid="within-target"]').selectOption('corridor:vd4_bd');
    await page.locator('[data-testid="within-km"]').fill('5');
    await page.locator('[data-testid="within-run"]').click();
    await page.waitForFunction(() =>
      document
        .querySelector<HTMLElement>('[data-testid="map"]')
        ?.dataset.analysisLayers?.split(' ')
        .includes('zone'),
    );
    const zoned = await inspectPng(await exportScreenPng(), mapBox);
    expect(zoned.colours).toBeGreaterThan(500);
    expect(zoned.zoneLike, 'the deck.gl zone outline is in the image').toBeGreaterThan(plain.zoneLike + 300);
  });

  it('prints the map layout: map image, title, legend, scale bar, north arrow, date', async () => {
    await page.locator('[data-print="print"]').click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 2);
    const sheet = await printedSheet();
    expect(sheet.sheetShown && sheet.appHidden).toBe(true);
    expect(sheet.img.shown && sheet.img.complete).toBe(true);
    expect(sheet.img.w).toBeGreaterThan(100);
    expect(sheet.img.h).toBeGreaterThan(100);
    expect(sheet.title).toBe('Bình Dương Innovation Region');
    expect(sheet.legend).toContain('Industrial parks');
    expect(sheet.scaleShown).toBe(true);
    expect(sheet.scale).toMatch(/^\d[\d,]* (m|km)$/);
    expect(sheet.north).toBe(true);
    expect(sheet.date).toMatch(/^Date: \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(await page.evaluate(() => document.documentElement.classList.contains('print-a4-landscape'))).toBe(
      true,
    );
    await page.screenshot({ path: 'test-results/print-map.png', fullPage: true });
    await endPrint();
    expectNoProblems(problems);
  });
});
