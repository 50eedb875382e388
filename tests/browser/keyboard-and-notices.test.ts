// Keyboard use of the analysis panel, the map controls' names in the app's language, and the
// notices for a bad link or a missing catalog, which stay visible with the panel folded (phone).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectNoProblems, launchBrowser, newPage, openApp, waitForMapReady } from './harness';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const focused = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { id: el?.id ?? '', testid: el?.dataset.testid ?? '', cls: el?.className ?? '' };
  });

describe('keyboard', () => {
  it('opening the analysis panel moves the focus to its tab; Escape closes it and returns the focus', async () => {
    const { page, problems } = await newPage(browser);
    await openApp(page, '#lang=en');
    await page.focus('[data-testid="analysis-toggle"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="analysis-panel"]');
    expect((await focused(page)).id).toBe('analysis-tab-areas');
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).id).toBe('analysis-tab-nearest');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="analysis-toggle"]');
    expect(await page.locator('[data-testid="analysis-panel"]').count()).toBe(0);
    expect((await focused(page)).testid).toBe('analysis-toggle');
    expectNoProblems(problems);
    await page.context().close();
  });

  it('the map canvas and controls are named in the app language and the canvas shows a focus ring', async () => {
    const { page, problems } = await newPage(browser);
    await openApp(page, '#lang=vi');
    // The first Tab stop is the skip link, shown while focused; Enter puts the keyboard on the map.
    // Start where a fresh Tab would: at the first element of the page (the period footer).
    await page.evaluate(() => {
      const first = document.querySelector<HTMLElement>('.app')!.firstElementChild as HTMLElement;
      first.tabIndex = -1;
      first.focus();
    });
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { testid: el.dataset.testid, text: el.textContent, wide: box.width > 20 && box.height > 10 };
    });
    expect(skip).toEqual({ testid: 'skip-to-map', text: 'Đến bản đồ', wide: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).toBe(
      true,
    );
    const names = () =>
      page.evaluate(() =>
        ['.maplibregl-canvas', '.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-zoom-out'].map(
          (s) => document.querySelector(s)?.getAttribute('aria-label') ?? '',
        ),
      );
    const vi = await names();
    expect(vi[1]).toBe('Phóng to');
    expect(vi[2]).toBe('Thu nhỏ');
    expect(vi[0]).toMatch(/^Bản đồ/);
    await page.click('button.lang-toggle');
    await expect.poll(names).toEqual([expect.stringMatching(/^Map/), 'Zoom in', 'Zoom out']);
    await page.focus('.maplibregl-canvas');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const cs = getComputedStyle(document.activeElement as Element);
      return `${cs.outlineStyle} ${cs.outlineWidth}`;
    });
    expect(outline).toBe('solid 3px');
    expectNoProblems(problems);
    await page.context().close();
  });
});

describe('notices', () => {
  it('a garbage hash keeps the default layers and says which parameters were ignored, on a phone too', async () => {
    const { page, problems } = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    // The viewer's chunk arrives 2 s late (a slow network): by then the app has written its own
    // hash over the link's, and the notice must still say what the link had.
    await page.route('**/assets/App-*.js', async (route) => {
      await new Promise((r) => setTimeout(r, 2_000));
      await route.continue();
    });
    await page.goto(new URL('#z=1e9&lat=-&lon=abc&layers=,,,&lang=', baseUrl()).href);
    await waitForMapReady(page);
    const notice = page.locator('[data-testid="hash-notice"]');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('lang, layers, z, lat, lon');
    const checked = await page.$$eval('li[data-testid="layer-row"] input[type="checkbox"]', (els) =>
      els.map((e) => (e as HTMLInputElement).checked),
    );
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.every(Boolean)).toBe(true);
    await page.click('.notice-dismiss');
    expect(await notice.count()).toBe(0);
    // `lon=0x10` is not read as 16° E: the notice names lon, and with the zoom applied the app
    // writes back the longitude it kept (the default view's, in the province, near 106.6° E).
    await page.evaluate(() => {
      window.location.hash = '#z=9&lon=0x10';
    });
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/bỏ qua: lon\.(×)?$/);
    // The app's own hash has every key (the one typed had no lat).
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/&lat=.*&lon=/);
    expect(await page.evaluate(() => window.location.hash)).toMatch(/(^#|&)z=9(&|$)/);
    const lon = Number(/[#&]lon=([^&]*)/.exec(await page.evaluate(() => window.location.hash))?.[1]);
    expect(lon).toBeGreaterThan(106);
    expect(lon).toBeLessThan(107.2);
    expectNoProblems(problems);
    await page.context().close();
  });

  it('a missing catalog is announced once, visible with the panel folded', async () => {
    const { page, problems } = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.route('**/data/catalog.json', (route) =>
      route.fulfill({ status: 404, contentType: 'text/html', body: 'not found' }),
    );
    await openApp(page);
    const alerts = page.locator('[role="alert"]');
    expect(await alerts.count()).toBe(1);
    expect(await alerts.first().isVisible()).toBe(true);
    expect(await alerts.first().textContent()).toMatch(/^Không tải được danh mục lớp dữ liệu/);
    expectNoProblems(problems, [/Failed to load resource: the server responded with a status of 404/]);
    await page.context().close();
  });

  it('while layers load with the panel folded (a phone), a loading notice shows; it goes when they are in', async () => {
    const { page, problems } = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    // Hold parks.fgb back until the notice has been seen.
    let release: () => void = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    await page.route('**/data/parks.fgb', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(baseUrl());
    const notice = page.locator('[data-testid="loading-notice"]');
    // parks.fgb is held, so the notice has no deadline: the app shell mounts 1–5 s after the page's
    // load event in software WebGL on a busy machine (vitest's default poll gives up after 1 s).
    await expect.poll(() => notice.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await notice.textContent()).toBe('Đang tải các lớp dữ liệu…');
    release();
    await waitForMapReady(page);
    expect(await notice.count()).toBe(0);
    expectNoProblems(problems);
    await page.context().close();
  });
});
