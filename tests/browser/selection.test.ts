// Reaching every feature on the map: the chooser for features drawn at the same spot, Enter on the
// focused map, focus moving into the info panel and back, Escape closing the innermost thing first,
// the map moving a selection out from under the info panel, and the panels leaving the analysis
// toggle and the zoom controls uncovered at every width. One page serves the whole file (a page
// load costs 10–20 s on software WebGL); each test leaves it with nothing selected.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Catalog,
  expectNoProblems,
  fetchCatalog,
  goToView,
  launchBrowser,
  newPage,
  openApp,
  type Problem,
} from './harness';

type Row = Record<string, string>;
const csv = (name: string): Row[] =>
  Papa.parse<Row>(readFileSync(new URL(`../../data/curated/${name}`, import.meta.url), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
const nameEn = (rows: Row[], id: string): string => {
  const row = rows.find((r) => r.id === id);
  if (!row?.name_en) throw new Error(`no row ${id}`);
  return row.name_en;
};

// Lai Hưng (600 ha) and the Bàu Bàng science-and-technology park (900 ha) share their estimated
// centroid in parks.csv; Thủ Dầu Một University is a place with nothing else within 1 km; ĐT744's
// fourth segment runs from (11.16, 106.49) to (11.278, 106.36), far from any park or place.
const PARKS = csv('parks.csv');
const SHARED_POINT = { lat: 11.205, lon: 106.64 };
const PLACE = { id: 'tdmu', lat: 10.9807, lon: 106.6745 };
const CORRIDOR = { id: 'dt744', lat: (11.16 + 11.278) / 2, lon: (106.49 + 106.36) / 2 };

let browser: Browser;
let page: Page;
let problems: Problem[];
let catalog: Catalog;

beforeAll(async () => {
  browser = await launchBrowser();
  catalog = await fetchCatalog();
  ({ page, problems } = await newPage(browser));
  // The user asked for less motion: the camera jumps, so the fit is checked without waiting on it.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, `#lat=${SHARED_POINT.lat}&lon=${SHARED_POINT.lon}&z=12&lang=en`);
});

afterAll(async () => {
  await browser?.close();
});

const layerTitle = (id: string) => catalog.layers.find((l) => l.id === id)?.title.en ?? '';

/** What has the focus: its role/tag and where it is. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      role: el?.getAttribute('role') ?? el?.tagName.toLowerCase() ?? '',
      inInfo: !!el?.closest('.info-panel'),
      inSide: !!el?.closest('.side'),
      canvas: !!el?.classList.contains('maplibregl-canvas'),
      control: !!el?.closest('.maplibregl-ctrl'),
    };
  });

/** Moves the camera through the URL and waits until the new view is drawn (harness.goToView). */
const goTo = (lat: number, lon: number, zoom: number) => goToView(page, lat, lon, zoom, 'en');

const infoPanel = () => page.locator('[data-testid="info-panel"]');

/**
 * Enter on the focused map, then (when several features lie under the centre, e.g. a corridor and
 * the label of a river beside it) the chooser's option for `layerId/featureId`, by keyboard only.
 */
async function enterSelects(layerId: string, featureId: string): Promise<void> {
  const chooser = page.locator('[data-testid="feature-chooser"]');
  // Start from nothing open, so what answers the Enter is this Enter's result.
  expect(await chooser.count()).toBe(0);
  expect(await infoPanel().count()).toBe(0);
  await page.focus('.maplibregl-canvas');
  await page.keyboard.press('Enter');
  await Promise.race([infoPanel().waitFor(), chooser.waitFor()]);
  if ((await chooser.count()) === 0) return;
  const offered = await chooser
    .locator('[role="option"]')
    .evaluateAll((els) =>
      els.map((e) => `${(e as HTMLElement).dataset.layerId}/${(e as HTMLElement).dataset.featureId}`),
    );
  const index = offered.indexOf(`${layerId}/${featureId}`);
  expect(index, `${layerId}/${featureId} among: ${offered.join(', ')}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await infoPanel().waitFor();
}

describe('selection', () => {
  it('the tab order starts with the title bar and the panels, not the map controls', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    const first = await focused();
    expect(first.inSide).toBe(true);
    expect(first.control).toBe(false);
  });

  it('a click on the co-located Lai Hưng and Bàu Bàng parks offers both; the one chosen opens, focused', async () => {
    const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
    await page.mouse.click(width / 2, height / 2);
    const chooser = page.locator('[data-testid="feature-chooser"]');
    await chooser.waitFor();
    const options = chooser.locator('[role="option"]');
    const offered = await options.evaluateAll((els) =>
      els.map((e) => `${(e as HTMLElement).dataset.layerId}/${(e as HTMLElement).dataset.featureId}`),
    );
    expect([...offered].sort()).toEqual(['parks/bau_bang_stip', 'parks/lai_hung']);
    // Each option names the feature and its layer.
    const texts = await options.allTextContents();
    const ids = offered.map((o) => o.split('/')[1]!);
    expect(texts).toEqual(ids.map((id) => `${nameEn(PARKS, id)} (${layerTitle('parks')})`));
    expect((await focused()).role).toBe('listbox');

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await infoPanel().waitFor();
    expect(await chooser.count()).toBe(0);
    expect(await infoPanel().locator('h2').textContent()).toBe(nameEn(PARKS, ids[1]!));
    expect(await focused()).toMatchObject({ inInfo: true });

    // Escape closes the panel and hands the focus back to the map.
    await page.keyboard.press('Escape');
    expect(await infoPanel().count()).toBe(0);
    expect((await focused()).canvas).toBe(true);
  });

  it('Escape in the chooser closes only the chooser', async () => {
    await goTo(SHARED_POINT.lat, SHARED_POINT.lon, 12);
    await page.focus('.maplibregl-canvas');
    await page.keyboard.press('Enter');
    const chooser = page.locator('[data-testid="feature-chooser"]');
    await chooser.waitFor();
    expect(await chooser.locator('[role="option"]').count()).toBe(2);
    await page.keyboard.press('Escape');
    expect(await chooser.count()).toBe(0);
    expect(await infoPanel().count()).toBe(0);
    expect((await focused()).canvas).toBe(true);
  });

  it('Enter on the focused map selects the corridor under its centre, then a place', async () => {
    const corridors = csv('corridors.csv');
    const places = csv('places.csv');
    await goTo(CORRIDOR.lat, CORRIDOR.lon, 13);
    await page.focus('.maplibregl-canvas');
    await enterSelects('corridors', CORRIDOR.id);
    expect(await infoPanel().locator('h2').textContent()).toBe(nameEn(corridors, CORRIDOR.id));
    expect(await infoPanel().locator('.info-layer').textContent()).toBe(layerTitle('corridors'));
    expect(await focused()).toMatchObject({ inInfo: true });
    await page.keyboard.press('Escape');
    expect(await infoPanel().count()).toBe(0);
    expect((await focused()).canvas).toBe(true);

    await goTo(PLACE.lat, PLACE.lon, 13);
    await page.focus('.maplibregl-canvas');
    await enterSelects('places', PLACE.id);
    expect(await infoPanel().locator('h2').textContent()).toBe(nameEn(places, PLACE.id));
    expect(await infoPanel().locator('.info-layer').textContent()).toBe(layerTitle('places'));
    await page.keyboard.press('Escape');
    expect(await infoPanel().count()).toBe(0);
  });

  it('Escape closes the info panel before the analysis panel; Home and End reach the last and first tab', async () => {
    await page.click('[data-testid="analysis-toggle"]');
    await page.waitForSelector('[data-testid="analysis-panel"]');
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('analysis-tab-measure');
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('analysis-tab-areas');

    await goTo(PLACE.lat, PLACE.lon, 13);
    await page.focus('.maplibregl-canvas');
    await enterSelects('places', PLACE.id);
    await page.keyboard.press('Escape');
    expect(await infoPanel().count()).toBe(0);
    expect(await page.locator('[data-testid="analysis-panel"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-testid="analysis-panel"]').count()).toBe(0);
  });

  it('a feature selected where the info panel opens is moved into the uncovered part of the map', async () => {
    // tdmu 460 px right of the centre at zoom 13 (512-px world tiles: 512·2^13/360 px a degree of
    // longitude), which puts it under the info panel (from x = 908 at 1280 px).
    const zoom = 13;
    const pxPerDeg = (512 * 2 ** zoom) / 360;
    await goTo(PLACE.lat, PLACE.lon - 460 / pxPerDeg, zoom);
    const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
    await page.mouse.click(width / 2 + 460, height / 2);
    await infoPanel().waitFor();
    expect(await infoPanel().locator('h2').textContent()).toBe(nameEn(csv('places.csv'), PLACE.id));
    const info = await infoPanel().boundingBox();
    const side = await page.locator('.side').boundingBox();
    if (!info || !side) throw new Error('no panel boxes');
    // Where the place is now, from the camera the URL reports (Web Mercator, as MapLibre draws).
    const placeX = async () => {
      const hash = new URLSearchParams((await page.evaluate(() => window.location.hash)).slice(1));
      const lon = Number(hash.get('lon'));
      const z = Number(hash.get('z'));
      return width / 2 + (PLACE.lon - lon) * ((512 * 2 ** z) / 360);
    };
    await expect.poll(placeX).toBeLessThan(info.x);
    expect(await placeX()).toBeGreaterThan(side.x + side.width);
    await page.keyboard.press('Escape');
  });

  it('the info panel leaves the analysis toggle and the zoom controls uncovered from 320 px up', async () => {
    await goTo(PLACE.lat, PLACE.lon, 13);
    await page.focus('.maplibregl-canvas');
    await enterSelects('places', PLACE.id);
    const overlaps = () =>
      page.evaluate(() => {
        const box = (s: string) => document.querySelector(s)?.getBoundingClientRect() ?? null;
        const hit = (a: DOMRect | null, b: DOMRect | null) =>
          !!a && !!b && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const info = box('.info-panel');
        const analysis = box('.analysis-panel');
        return {
          width: window.innerWidth,
          info: !!info,
          toggle: hit(info, box('[data-testid="analysis-toggle"]')),
          zoomIn:
            hit(info, box('.maplibregl-ctrl-zoom-in')) || hit(analysis, box('.maplibregl-ctrl-zoom-in')),
          zoomOut:
            hit(info, box('.maplibregl-ctrl-zoom-out')) || hit(analysis, box('.maplibregl-ctrl-zoom-out')),
        };
      });
    const clear = (width: number) => ({ width, info: true, toggle: false, zoomIn: false, zoomOut: false });
    for (const analysisOpen of [false, true]) {
      for (const [width, height] of [
        [320, 640],
        [390, 844],
        [760, 700],
        [1280, 800],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
        expect(await overlaps(), `analysis ${analysisOpen ? 'open' : 'closed'}`).toEqual(clear(width));
      }
      if (!analysisOpen) await page.click('[data-testid="analysis-toggle"]');
    }
    // On a phone with both sheets open, a strip of map stays between them for the selection.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    const gap = await page.evaluate(() => {
      const info = document.querySelector('.info-panel')?.getBoundingClientRect();
      const analysis = document.querySelector('.analysis-panel')?.getBoundingClientRect();
      return info && analysis ? analysis.top - info.bottom : -1;
    });
    expect(gap).toBeGreaterThanOrEqual(100);
    expectNoProblems(problems);
  });
});
