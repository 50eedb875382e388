// The viewer end to end in Chromium: rendering, layer loading, the info panel, the language switch
// and URL parsing. Every test also asserts that the page logged no console error or warning.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  distinctColours,
  expectNoProblems,
  fetchCatalog,
  launchBrowser,
  newPage,
  openApp,
  READY_TIMEOUT,
  settledLayerRows,
} from './harness';

let browser: Browser;

/** The part of the MapLibre map (exposed on its container for tests) this file reads. */
interface MapLike {
  getPaintProperty: (layer: string, prop: string) => unknown;
  getZoom: () => number;
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The ids of the layers whose checkbox is ticked. */
async function visibleLayers(page: import('playwright-core').Page): Promise<string[]> {
  return page.$$eval('li[data-testid="layer-row"]', (rows) =>
    rows
      .filter((r) => r.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked)
      .map((r) => (r as HTMLElement).dataset.layerId ?? '')
      .sort(),
  );
}

describe('viewer', () => {
  it('renders the map: the canvas is not blank', async () => {
    const { page, problems } = await newPage(browser);
    await openApp(page);
    await settledLayerRows(page);
    const canvas = page.locator('[data-testid="map"] canvas');
    expect(await canvas.count()).toBeGreaterThan(0);
    const box = await page.locator('[data-testid="map"]').boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(300);
    // A blank or single-colour canvas has a handful of colours at most; basemap + polygons +
    // antialiased edges and labels give hundreds.
    const { colours, pixels } = await distinctColours(page, '[data-testid="map"]');
    expect(pixels).toBeGreaterThan(100_000);
    expect(colours).toBeGreaterThan(50);
    expectNoProblems(problems);
    await page.context().close();
  });

  it("every layer loads with the catalog's feature count", async () => {
    const catalog = await fetchCatalog();
    expect(catalog.layers.length).toBeGreaterThan(0);
    const { page, problems } = await newPage(browser);
    await openApp(page);
    const rows = await settledLayerRows(page);
    expect(rows.map((r) => r.id).sort()).toEqual(catalog.layers.map((l) => l.id).sort());
    for (const layer of catalog.layers) {
      const row = page.locator(`li[data-testid="layer-row"][data-layer-id="${layer.id}"]`);
      await expect.poll(() => row.getAttribute('data-status'), { timeout: READY_TIMEOUT }).toBe('ready');
      expect(Number(await row.getAttribute('data-feature-count')), layer.id).toBe(layer.feature_count);
    }

    // The parks opacity slider, by keyboard: Home (0 %), then six steps of 5 % up to 30 %.
    const slider = page.locator('li[data-layer-id="parks"] input[type="range"]');
    await slider.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    expect(await slider.inputValue()).toBe('30');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/(^#|&)op\.parks=0\.3(&|$)/);
    // The map draws the parks at 30 % of their styled opacity (kept as a factor of its expression).
    const fillOpacity = await page.evaluate(() => {
      const map = (document.querySelector('.maplibregl-map') as unknown as { maplibreMap: MapLike })
        .maplibreMap;
      return map.getPaintProperty('parks-fill', 'fill-opacity');
    });
    expect(Array.isArray(fillOpacity) && fillOpacity[0] === '*' && fillOpacity[1] === 0.3).toBe(true);

    // "Zoom to layer" for the neighbouring provinces, whose box is wider than the province the app
    // opens on: the camera zooms out.
    const camera = () =>
      page.evaluate(() => {
        const map = (document.querySelector('.maplibregl-map') as unknown as { maplibreMap: MapLike })
          .maplibreMap;
        return map.getZoom();
      });
    const before = await camera();
    const zoom = page.locator('li[data-layer-id="context"] button.layer-zoom');
    await zoom.focus();
    await page.keyboard.press('Enter');
    await expect.poll(camera, { timeout: 20_000 }).toBeLessThan(before - 0.3);

    expectNoProblems(problems);
    await page.context().close();
  });

  it('clicking a district shows its name and area', async () => {
    // 11.35 N, 106.45 E is inside Huyện Dầu Tiếng (GSO 720) in ../shared/data/dvhcvn/74.json,
    // checked by point-in-polygon; with only context and districts visible no park is in the way.
    const { page, problems } = await newPage(browser);
    await openApp(page, '#layers=context,districts&z=12&lat=11.35&lon=106.45');
    const rows = await settledLayerRows(page);
    expect(rows.find((r) => r.id === 'districts')?.status).toBe('ready');
    const box = await page.locator('[data-testid="map"]').boundingBox();
    if (!box) throw new Error('map has no box');
    // The map centre is the URL's lat/lon. The first frames may not have the layer yet (software
    // GL on a busy machine): click again every 2 s until the panel opens, for at most a minute.
    const panel = page.locator('[data-testid="info-panel"]');
    const deadline = Date.now() + 60_000;
    while ((await panel.count()) === 0 && Date.now() < deadline) {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForTimeout(2000);
    }
    expect(await panel.count(), 'the info panel opened').toBe(1);
    expect(await panel.textContent()).toContain('Dầu Tiếng');
    expect(await panel.textContent()).toContain('km²');
    expectNoProblems(problems);
    await page.context().close();
  }, 180_000);

  it('switching to English changes the UI text', async () => {
    const catalog = await fetchCatalog();
    const { page, problems } = await newPage(browser);
    await openApp(page);
    await settledLayerRows(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    const toggle = page.locator('[data-testid="lang-toggle"]');
    const labelBefore = await toggle.getAttribute('aria-label');
    expect(labelBefore).toBeTruthy();
    await toggle.click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => toggle.getAttribute('aria-label')).not.toBe(labelBefore);
    const rows = await settledLayerRows(page);
    for (const layer of catalog.layers) {
      const row = rows.find((r) => r.id === layer.id);
      expect(row?.text, layer.id).toContain(layer.title.en);
      expect(row?.text, layer.id).not.toContain(layer.title.vi);
    }
    expectNoProblems(problems);
    await page.context().close();
  });

  it('an invalid URL falls back to the defaults without errors', async () => {
    const defaults = await newPage(browser);
    await openApp(defaults.page);
    await settledLayerRows(defaults.page);
    const defaultLayers = await visibleLayers(defaults.page);
    expect(defaultLayers.length).toBeGreaterThan(0);
    await defaults.page.context().close();

    const { page, problems } = await newPage(browser);
    await openApp(page, '#z=abc&lat=999&layers=nope&lang=xx');
    const rows = await settledLayerRows(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await visibleLayers(page)).toEqual(defaultLayers);
    expect(rows.every((r) => r.status === 'ready')).toBe(true);
    // The view is valid: the hash the app writes back has no trace of the invalid values.
    await page.waitForTimeout(1000);
    const hash = await page.evaluate(() => window.location.hash);
    expect(hash).not.toMatch(/abc|999|nope|xx/);
    const { colours } = await distinctColours(page, '[data-testid="map"]');
    expect(colours).toBeGreaterThan(50);
    expectNoProblems(problems);
    expectNoProblems(defaults.problems);
    await page.context().close();
  });
});
