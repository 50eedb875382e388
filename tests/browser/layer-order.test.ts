// Layer order (issue 8 §2, §7) in the built app, by keyboard: the parks row's drag handle, Space,
// ArrowDown, Space moves parks one place down (dnd-kit's keyboard sensor), the screen reader hears
// it in the UI's language, the map draws corridors over park footprints, and the link lists the
// visible layers in the new draw order; a link's order is restored on load. One page per order.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoProblems,
  newPage,
  openApp,
  openSettledApp,
  type Problem,
  settledLayerRows,
} from './harness';

let browser: Browser;
let page: Page;
let problems: Problem[];

beforeAll(async () => {
  ({ browser, page, problems } = await openSettledApp('#lang=en'));
});

afterAll(async () => {
  await browser?.close();
});

const rowOrder = () =>
  page
    .locator('[data-testid="layer-row"]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.layerId));

/** Index of each style layer in the map's style (higher: drawn later, on top). */
const styleIndex = (ids: string[]) =>
  page.evaluate((ids) => {
    const map = (
      document.querySelector('.maplibregl-map') as unknown as {
        maplibreMap: { getStyle(): { layers: { id: string }[] } };
      }
    ).maplibreMap;
    const layers = map.getStyle().layers.map((l) => l.id);
    return ids.map((id) => layers.indexOf(id));
  }, ids);

const hashLayers = () =>
  page.evaluate(() => new URLSearchParams(window.location.hash.slice(1)).get('layers'));

describe('layer order', () => {
  it('moves a layer by keyboard, announces it, redraws the map and writes the link', async () => {
    expect(await rowOrder()).toEqual(['parks', 'corridors', 'places', 'districts', 'context']);
    const [parksFill, corridorLine] = await styleIndex(['parks-fill', 'corridors-existing']);
    expect(parksFill).toBeGreaterThan(corridorLine!);

    const handle = page.locator('[data-layer-drag="parks"]');
    expect(await handle.getAttribute('aria-label')).toBe('Reorder layer “Industrial parks”');
    await handle.focus();
    // dnd-kit's live region says what happens, in English; each step waits for its sentence (the
    // sensor measures the rows between key presses, and scrolls the panel smoothly to the target).
    const live = page.locator('[id^="DndLiveRegion"]');
    await page.keyboard.press('Space');
    // Picked up, then "is at position 1" once dnd-kit has measured the rows (keys before that are lost).
    await expect.poll(() => live.textContent()).toBe('Layer “Industrial parks” is at position 1 of 5.');
    // dnd-kit's keyboard sensor takes arrow keys only once it has measured the rows and scrolled
    // the handle into view after the pick-up; there is no event for that, so give it a moment.
    await page.waitForTimeout(500);
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => live.textContent(), { timeout: 15_000 })
      .toBe('Layer “Industrial parks” is at position 2 of 5.');
    await page.keyboard.press('Space');
    await expect
      .poll(() => live.textContent(), { timeout: 15_000 })
      .toBe('Dropped layer “Industrial parks” at position 2 of 5.');
    await expect.poll(rowOrder).toEqual(['corridors', 'parks', 'places', 'districts', 'context']);

    await expect
      .poll(async () => {
        const [p, c] = await styleIndex(['parks-fill', 'corridors-existing']);
        return p! < c!;
      })
      .toBe(true);
    // Labels stay above every shape whatever the order.
    const [corridorsTop, firstLabel] = await styleIndex(['corridors-rail-centre', 'basemap-province-labels']);
    expect(firstLabel).toBeGreaterThan(corridorsTop!);
    await expect.poll(hashLayers).toBe('context,districts,places,parks,corridors');
  });

  it('restores the draw order a link lists', async () => {
    expectNoProblems(problems);
    // A fresh page: a load, not a hash change on the loaded one.
    ({ page, problems } = await newPage(browser));
    await openApp(page, '#layers=parks,districts,corridors&lang=en');
    await settledLayerRows(page);
    // Listed bottom first; the hidden layers keep their places.
    expect(await rowOrder()).toEqual(['corridors', 'districts', 'places', 'parks', 'context']);
    const [parksFill, districtsLine, corridorLine] = await styleIndex([
      'parks-fill',
      'districts-line',
      'corridors-existing',
    ]);
    expect(parksFill).toBeLessThan(districtsLine!);
    expect(districtsLine).toBeLessThan(corridorLine!);
    await expect.poll(hashLayers).toBe('parks,districts,corridors');
    expectNoProblems(problems);
  });
});
