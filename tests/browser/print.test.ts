// Print and image (issue 11 §4) on one page load: the investors' comparison sheet in print
// emulation (its map image and table), the PNG export at screen resolution (size, not blank, the
// analysis zone's colour in it once a zone is shown), and the map's print layout in print
// emulation (map image loaded, title, legend, scale bar, date). window.print is replaced by a
// counter: the browser's dialog is not what is tested, the page it would print is.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoProblems, openSettledApp, type Problem } from './harness';

let browser: Browser;
let page: Page;
let problems: Problem[];
/** The zone's place against the parks in the screen export (see inspectPng). */
let screenZone: number[] = [];

beforeAll(async () => {
  ({ browser, page, problems } = await openSettledApp('#lang=en&parks=vsip_1,song_than_2'));
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
      // Existing parks: rgb(94, 60, 153) at 2/3 opacity over the light ground, about (144, 121, 181).
      let zoneLike = 0;
      const zone = { x: 0, y: 0 };
      const parks = { n: 0, x: 0, y: 0, minX: Number.POSITIVE_INFINITY, maxX: 0 };
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        seen.add((r << 16) | (g << 8) | b);
        const x = (i / 4) % box.w;
        const y = Math.floor(i / 4 / box.w);
        if (Math.abs(r - 3) < 40 && Math.abs(g - 105) < 30 && Math.abs(b - 161) < 30) {
          zoneLike++;
          zone.x += x;
          zone.y += y;
        }
        if (Math.abs(r - 144) < 14 && Math.abs(g - 121) < 14 && Math.abs(b - 181) < 14) {
          parks.n++;
          parks.x += x;
          parks.y += y;
          parks.minX = Math.min(parks.minX, x);
          parks.maxX = Math.max(parks.maxX, x);
        }
      }
      // Where the zone is, against the parks (MapLibre's) as a ruler: the zone's centre minus the
      // parks' centre, in units of the parks' spread. Same in any image of the same view.
      const spread = Math.max(1, parks.maxX - parks.minX);
      const zoneVsParks = [
        (zone.x / Math.max(1, zoneLike) - parks.x / Math.max(1, parks.n)) / spread,
        (zone.y / Math.max(1, zoneLike) - parks.y / Math.max(1, parks.n)) / spread,
      ];
      return {
        width: bitmap.width,
        height: bitmap.height,
        colours: seen.size,
        zoneLike,
        parks: parks.n,
        zoneVsParks,
      };
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
    await page.locator('[data-testid="print-panel"]').screenshot({ path: 'test-results/print-panel.png' });
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
    expect(zoned.parks).toBeGreaterThan(300);
    screenZone = zoned.zoneVsParks;
  });

  it('exports at print resolution: A4 landscape at 300 dpi, the map re-rendered, the zone in it', async () => {
    const selects = page.locator('[data-testid="print-panel"] select');
    await selects.nth(0).selectOption('print');
    await selects.nth(1).selectOption('A4');
    await selects.nth(2).selectOption('landscape');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-print="png"]').click(),
    ]);
    const bytes = readFileSync((await download.path())!);
    // For a person to look at (test-results/ is git-ignored, as the other tests' screenshots).
    writeFileSync('test-results/print-300dpi.png', bytes);
    const png = bytes.toString('base64');
    // 297 × 210 mm at 300 dpi: 297 / 25.4 × 300 = 3507.9, 210 / 25.4 × 300 = 2480.3.
    // The map's part of the page: left of the legend (which starts past 70 % of the width on a
    // landscape page), between the title and the footer; the legend's swatches would count too.
    const whole = await inspectPng(png, { x: 0, y: 240, w: 2500, h: 1980 });
    expect([whole.width, whole.height]).toEqual([3508, 2480]);
    expect(whole.colours).toBeGreaterThan(2000);
    expect(whole.zoneLike, 'the deck.gl zone drawn at the print density').toBeGreaterThan(1000);
    expect(whole.parks).toBeGreaterThan(3000);
    // deck.gl drew at the map's new density, where MapLibre drew: not a small copy in a corner.
    expect(screenZone).toHaveLength(2);
    expect(Math.abs(whole.zoneVsParks[0]! - screenZone[0]!)).toBeLessThan(0.06);
    expect(Math.abs(whole.zoneVsParks[1]! - screenZone[1]!)).toBeLessThan(0.06);
    // A3 landscape (420 × 297 mm: 4960.6 × 3507.9 px) would need a map canvas over MapLibre's
    // 4096 px limit: asked within it (no console warning, checked at the end), the page full size.
    await selects.nth(1).selectOption('A3');
    const [a3] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-print="png"]').click(),
    ]);
    const a3png = readFileSync((await a3.path())!).toString('base64');
    const a3info = await inspectPng(a3png, { x: 0, y: 340, w: 3500, h: 2800 });
    expect([a3info.width, a3info.height]).toEqual([4961, 3508]);
    expect(a3info.colours).toBeGreaterThan(2000);
    await selects.nth(1).selectOption('A4');
    await selects.nth(0).selectOption('screen');
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

  it('the browser’s own print (no dialog of the app) gets the same sheet, map included', async () => {
    // What Ctrl+P does first: 'beforeprint', handled synchronously.
    const now = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      const img = document.querySelector<HTMLImageElement>('.print-sheet img');
      return { sheet: !!img, classes: document.documentElement.className };
    });
    expect(now.sheet).toBe(true);
    expect(now.classes).toContain('print-job');
    await page.waitForFunction(() => document.querySelector<HTMLImageElement>('.print-sheet img')?.complete);
    const sheet = await printedSheet();
    expect(sheet.sheetShown && sheet.appHidden).toBe(true);
    expect(sheet.img.w).toBeGreaterThan(100);
    // The copy holds the map's pixels, not a blank buffer.
    const colours = await page.evaluate(() => {
      const img = document.querySelector<HTMLImageElement>('.print-sheet img')!;
      const c = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < d.length; i += 4) seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
      return seen.size;
    });
    expect(colours).toBeGreaterThan(500);
    expect(sheet.legend).toContain('Industrial parks');
    await endPrint();
    expectNoProblems(problems);
  });
});
