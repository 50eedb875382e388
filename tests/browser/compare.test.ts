// Comparing two maps (issue 8 §6) in the built app, on one page: side by side renders two
// non-blank maps with their own layers and panning one (arrow keys on its canvas) moves the other,
// also with an analysis zone drawn by each map's deck.gl overlay; the lock unlinks them; then, by keyboard, the compare control switches to swipe, whose divider
// moves with the arrow keys (aria-valuenow, the right map's clip, the link) and each side shows its
// own layers. One page load: two maps compile their shaders once.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeFailures,
  differingPixels,
  distinctColours,
  expectNoProblems,
  launchBrowser,
  newPage,
  openApp,
  type Problem,
} from './harness';

let browser: Browser;
let page: Page;
let problems: Problem[];

const LEFT = '.maps > .map[data-side="left"]';
const RIGHT = '.maps > .map[data-side="right"]';

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, problems } = await newPage(browser));
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, '#lang=vi&compare=split&left=districts&right=parks');
});

afterAll(async () => {
  await browser?.close();
});

/** Each map's centre, zoom and which curated style layers it draws (MapLibre's own state). */
const maps = () =>
  page.evaluate(() => {
    type Ml = {
      getCenter(): { lng: number; lat: number };
      getZoom(): number;
      getLayoutProperty(id: string, p: string): string | undefined;
    };
    const read = (side: string) => {
      const el = document.querySelector(`.maps > .map[data-side="${side}"]`) as
        | (HTMLElement & { maplibreMap: Ml })
        | null;
      if (!el) return null;
      const m = el.maplibreMap;
      const shown = (id: string) => (m.getLayoutProperty(id, 'visibility') ?? 'visible') === 'visible';
      const c = m.getCenter();
      return {
        lng: c.lng,
        lat: c.lat,
        zoom: m.getZoom(),
        districts: shown('districts-fill'),
        parks: shown('parks-fill'),
        hook: el.dataset.visibleLayers,
      };
    };
    return { left: read('left'), right: read('right') };
  });

const focusedIs = (selector: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Serious or critical axe violations, and content outside any landmark (as a11y.test.ts). */
const strictAxe = () => axeFailures(page, { experimental: true, region: true });

async function tabTo(selector: string): Promise<void> {
  for (let i = 0; i < 120 && !(await focusedIs(selector)); i++) await page.keyboard.press('Tab');
  expect(await focusedIs(selector)).toBe(true);
}

describe('side by side', () => {
  it('shows two maps next to each other, each drawn (not blank) with its own layers', async () => {
    const boxes = await page.evaluate(
      ([l, r]) => [l!, r!].map((s) => document.querySelector(s)!.getBoundingClientRect().toJSON()),
      [LEFT, RIGHT],
    );
    // Beside the open side panel: no part of the left map lies under it, and the two share the rest.
    const side = await page.evaluate(() => document.querySelector('.side')!.getBoundingClientRect().toJSON());
    expect(boxes[0].left).toBeGreaterThanOrEqual(side.right);
    expect(boxes[0].width).toBeGreaterThan(400);
    expect(Math.abs(boxes[0].width - boxes[1].width)).toBeLessThan(4);
    expect(boxes[0].right).toBeLessThanOrEqual(boxes[1].left + 1);
    // The districts' period note leaves the left map's zoom buttons uncovered.
    const [note, zoomOut] = await page.evaluate(
      (l) =>
        ['[data-testid="map-period"]', `${l} .maplibregl-ctrl-zoom-out`].map((s) =>
          document.querySelector(s)!.getBoundingClientRect().toJSON(),
        ),
      LEFT,
    );
    const overlap =
      note.left < zoomOut.right &&
      zoomOut.left < note.right &&
      note.top < zoomOut.bottom &&
      zoomOut.top < note.bottom;
    expect(overlap).toBe(false);
    for (const s of [LEFT, RIGHT]) {
      const { colours } = await distinctColours(page, `${s} canvas.maplibregl-canvas`);
      // A blank WebGL canvas is one colour; the basemap and a data layer give dozens.
      expect(colours).toBeGreaterThan(20);
    }
    const m = await maps();
    expect(m.left).toMatchObject({ districts: true, parks: false, hook: 'districts' });
    expect(m.right).toMatchObject({ districts: false, parks: true, hook: 'parks' });
  });

  it('panning the right map with the arrow keys moves the left one with it', async () => {
    const before = await maps();
    await page.focus(`${RIGHT} canvas.maplibregl-canvas`);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      ([lng]) => {
        const el = document.querySelector('.maps > .map[data-side="left"]') as HTMLElement & {
          maplibreMap: { getCenter(): { lng: number } };
        };
        return Math.abs(el.maplibreMap.getCenter().lng - lng!) > 0.01;
      },
      [before.left!.lng],
    );
    await page.waitForTimeout(600); // let the key's ease finish on both
    const after = await maps();
    expect(after.right!.lng).toBeGreaterThan(before.right!.lng + 0.01);
    expect(after.left!.lng).toBeCloseTo(after.right!.lng, 6);
    expect(after.left!.lat).toBeCloseTo(after.right!.lat, 6);
    expect(after.left!.zoom).toBeCloseTo(after.right!.zoom, 6);
  });

  it('each map draws the analysis overlay (its own interleaved deck.gl) and the link still holds', async () => {
    await page.locator('[data-testid="analysis-toggle"]').click();
    await page.locator('[role="tab"][data-tab="within"]').click();
    await page.locator('[data-testid="within-target"]').selectOption('corridor:vd4_bd');
    await page.locator('[data-testid="within-km"]').fill('5');
    await page.locator('[data-testid="within-run"]').click();
    await page.locator('[data-testid="within-table"] tbody tr[data-row-key]').first().waitFor();
    for (const s of [LEFT, RIGHT]) {
      await page.waitForFunction(
        (sel) =>
          (document.querySelector(sel) as HTMLElement).dataset.analysisLayers?.split(' ').includes('zone'),
        s,
      );
    }
    const before = await maps();
    await page.focus(`${LEFT} canvas.maplibregl-canvas`);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await page.waitForFunction(
      ([lat]) => {
        const el = document.querySelector('.maps > .map[data-side="right"]') as HTMLElement & {
          maplibreMap: { getCenter(): { lat: number } };
        };
        return Math.abs(el.maplibreMap.getCenter().lat - lat!) > 0.01;
      },
      [before.right!.lat],
    );
    await page.waitForTimeout(600);
    const after = await maps();
    expect(after.left!.lat).toBeLessThan(before.left!.lat - 0.01);
    expect(after.right!.lat).toBeCloseTo(after.left!.lat, 6);
    // Escape closes the panel again (nothing selected) for what follows.
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      (sel) => !(document.querySelector(sel) as HTMLElement).dataset.analysisLayers,
      RIGHT,
    );
  });

  it('the lock (a pressed toggle) unlinks the cameras', async () => {
    await tabTo('[data-testid="compare-lock"]');
    expect(await page.getAttribute('[data-testid="compare-lock"]', 'aria-pressed')).toBe('true');
    await page.keyboard.press('Space');
    expect(await page.getAttribute('[data-testid="compare-lock"]', 'aria-pressed')).toBe('false');
    const before = await maps();
    await page.focus(`${RIGHT} canvas.maplibregl-canvas`);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    await page.waitForFunction(
      ([lat]) => {
        const el = document.querySelector('.maps > .map[data-side="right"]') as HTMLElement & {
          maplibreMap: { getCenter(): { lat: number } };
        };
        return Math.abs(el.maplibreMap.getCenter().lat - lat!) > 0.01;
      },
      [before.right!.lat],
    );
    await page.waitForTimeout(600);
    const after = await maps();
    expect(after.left!.lat).toBeCloseTo(before.left!.lat, 9);
    expect(after.right!.lat).toBeGreaterThan(before.right!.lat + 0.01);
  });

  it('passes axe with the compare control, both layer choosers and the lock', async () => {
    expect(await strictAxe()).toEqual([]);
  });
});

describe('swipe, by keyboard', () => {
  it('the compare control switches to swipe (radio group, arrow key)', async () => {
    await tabTo('input[name="compare-mode"]:checked');
    expect(await page.getAttribute('input[name="compare-mode"]:checked', 'value')).toBe('split');
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector('.maps.compare-swipe [role="separator"]');
    // Both maps fill the area; the sides keep their layers.
    const boxes = await page.evaluate(
      ([l, r]) => [l!, r!].map((s) => document.querySelector(s)!.getBoundingClientRect().toJSON()),
      [LEFT, RIGHT],
    );
    expect(boxes[0]).toEqual(boxes[1]);
    const m = await maps();
    expect(m.left).toMatchObject({ districts: true, parks: false });
    expect(m.right).toMatchObject({ districts: false, parks: true });
    // Swipe links the cameras whatever the lock said.
    expect(m.left!.lng).toBeCloseTo(m.right!.lng, 6);
    expect(m.left!.lat).toBeCloseTo(m.right!.lat, 6);
  });

  it('the divider moves with the arrow keys, Home and End, and clips the right map there', async () => {
    const sep = '[role="separator"]';
    const clip = () => page.$eval(RIGHT, (el) => getComputedStyle(el).clipPath);
    expect(await page.getAttribute(sep, 'aria-valuenow')).toBe('50');
    expect(await clip()).toBe('inset(0px 0px 0px 50%)');
    await tabTo(sep);
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute(sep, 'aria-valuenow')).toBe('51');
    await page.keyboard.press('Shift+ArrowLeft');
    expect(await page.getAttribute(sep, 'aria-valuenow')).toBe('41');
    await page.keyboard.press('End');
    expect(await page.getAttribute(sep, 'aria-valuenow')).toBe('100');
    await page.keyboard.press('Home');
    expect(await page.getAttribute(sep, 'aria-valuenow')).toBe('0');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
    expect(await page.getAttribute(sep, 'aria-valuenow')).toBe('30');
    expect(await clip()).toBe('inset(0px 0px 0px 30%)');
    // The divider sits at 30 % of the maps' width.
    const at = await page.$eval(sep, (el) => {
      const r = el.getBoundingClientRect();
      return (r.left + r.width / 2) / el.parentElement!.getBoundingClientRect().width;
    });
    expect(at).toBeCloseTo(0.3, 2);
    await page.waitForFunction(() =>
      /compare=swipe&left=districts&right=parks&swipe=30(&|$)/.test(location.hash),
    );
  });

  it('a pointer drags the divider', async () => {
    const sep = '[role="separator"]';
    const box = await page.$eval('.maps', (el) => el.getBoundingClientRect().toJSON());
    const handle = await page.$eval(sep, (el) => el.getBoundingClientRect().toJSON());
    const y = handle.top + handle.height / 2;
    await page.mouse.move(handle.left + handle.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.width * 0.5, y, { steps: 4 });
    await page.mouse.move(box.width * 0.6, y, { steps: 4 });
    await page.mouse.up();
    expect(await page.getAttribute(sep, 'aria-valuenow')).toBe('60');
    expect(await page.$eval(RIGHT, (el) => getComputedStyle(el).clipPath)).toBe('inset(0px 0px 0px 60%)');
  });

  it('what shows left of the divider is the left map, right of it the right map', async () => {
    // Left of the divider (clear of the side panel) the page shows exactly the left map's pixels;
    // right of it, not the left map's (the right map draws parks and no districts there). The
    // province back in view first (the panning above left mostly water in view), by keyboard.
    await tabTo('button.fit');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1000);
    const box = await page.$eval('.maps', (el) => el.getBoundingClientRect().toJSON());
    const side = await page.$eval('.side', (el) => el.getBoundingClientRect().right);
    const x = box.width * 0.6;
    const leftPart = { x: side + 8, y: 100, width: x - 8 - side - 8, height: 500 };
    const rightPart = { x: x + 8, y: 100, width: box.width - 70 - x - 8, height: 500 };
    const shot = (clip: typeof leftPart) => page.screenshot({ clip, type: 'png' });
    const pageLeft = await shot(leftPart);
    const pageRight = await shot(rightPart);
    await page.$eval(RIGHT, (el) => {
      (el as HTMLElement).style.visibility = 'hidden';
    });
    const leftMapLeft = await shot(leftPart);
    const leftMapRight = await shot(rightPart);
    await page.$eval(RIGHT, (el) => {
      (el as HTMLElement).style.visibility = '';
    });
    expect(await differingPixels(page, pageLeft, leftMapLeft)).toBe(0);
    expect(await differingPixels(page, pageRight, leftMapRight)).toBeGreaterThan(500);
  });

  it('a click left of the divider picks on the left map, and the info panel says so', async () => {
    // A point of Bến Cát district (left map: districts), left of the divider and clear of the panel.
    const p = await page.$eval(LEFT, (el) => {
      const m = (
        el as HTMLElement & { maplibreMap: { project(c: [number, number]): { x: number; y: number } } }
      ).maplibreMap;
      return m.project([106.58, 11.15]);
    });
    const box = await page.$eval('.maps', (el) => el.getBoundingClientRect().toJSON());
    const side = await page.$eval('.side', (el) => el.getBoundingClientRect().right);
    expect(p.x).toBeGreaterThan(side + 10);
    expect(p.x).toBeLessThan(box.width * 0.6 - 10);
    await page.mouse.click(p.x, p.y);
    await page.waitForSelector('[data-testid="info-panel"]');
    expect(await page.textContent('[data-testid="info-side"]')).toBe('Trên bản đồ bên trái');
    expect(await page.textContent('[data-testid="info-panel"] h2')).toContain('Bến Cát');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="info-panel"]', { state: 'detached' });
  });

  it('passes axe with the divider', async () => {
    expect(await strictAxe()).toEqual([]);
  });

  it('on a phone, a link to side by side stacks the two maps, each resized to the screen', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.evaluate(() => {
      location.hash = '#lang=vi&compare=split&left=districts&right=parks';
    });
    await page.waitForSelector('.maps.compare-split');
    const boxes = await page.evaluate(
      ([l, r]) => [l!, r!].map((s) => document.querySelector(s)!.getBoundingClientRect().toJSON()),
      [LEFT, RIGHT],
    );
    expect(boxes[0].width).toBe(390);
    expect(boxes[1].width).toBe(390);
    expect(boxes[0].height).toBeGreaterThan(300);
    expect(boxes[0].bottom).toBeLessThanOrEqual(boxes[1].top + 1);
    // MapLibre follows its container: the right map's canvas is the phone's width.
    await page.waitForFunction(
      (s) =>
        (document.querySelector(`${s} canvas.maplibregl-canvas`) as HTMLCanvasElement).clientWidth === 390,
      RIGHT,
    );
  });

  it('logs no console error or warning', () => {
    expectNoProblems(problems);
  });
});
