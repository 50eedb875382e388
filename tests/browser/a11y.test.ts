// axe-core on the built app, in the three states issue 7 names (the default view, a feature
// selected, the analysis panel open, each of its tabs) and every panel issue 11 §5 names (table,
// filters, park explorer list/score/comparison, choropleth, time slider, features-in-view list,
// compare side by side and swipe), sharing one loaded page because a page load costs 10–20 s on
// software WebGL. The same page checks that each panel closed by keyboard gives the focus back to
// what opened it, the features-in-view list, and that camera moves jump under reduced motion. Serious and critical violations fail the test, and so does any
// content outside a landmark (axe `region`). `label-content-name-mismatch` (WCAG 2.5.3) is an
// experimental axe rule, off by default: it is switched on here.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeFailures, expectNoProblems, goToView, openSettledApp, type Problem } from './harness';

let browser: Browser;
let page: Page;
let problems: Problem[];

beforeAll(async () => {
  ({ browser, page, problems } = await openSettledApp('#lang=vi'));
});

afterAll(async () => {
  await browser?.close();
});

/** The violations that fail: serious or critical ones, and content outside any landmark. */
async function failing(state: string): Promise<string[]> {
  const found = await axeFailures(page, { experimental: true, region: true, maxNodes: 5 });
  return found.map((f) => `${state}: ${f}`);
}

const openAnalysis = async () => {
  await page.locator('[data-testid="analysis-toggle"]').click();
  await page.locator('[data-testid="analysis-panel"] [data-testid="areas-table"]').waitFor();
};

describe('axe', () => {
  it('finds no serious or critical violation and nothing outside a landmark, in vi and en', async () => {
    expect(await failing('default view')).toEqual([]);

    // A feature selected (chosen from the Areas table), with the analysis panel closed again.
    await openAnalysis();
    await page.locator('[data-testid="areas-table"] tbody tr[data-row-key="721"] .row-choose').click();
    await page.locator('[data-testid="info-panel"]').waitFor();
    await page.locator('[data-testid="analysis-close"]').click();
    await page.locator('[data-testid="analysis-toggle"]').waitFor();
    expect(await page.locator('[data-testid="info-panel"]').count()).toBe(1);
    expect(await failing('feature selected')).toEqual([]);

    // The analysis panel open, on each of its tabs, in both languages.
    await openAnalysis();
    for (const lang of ['vi', 'en']) {
      if (lang === 'en') await page.locator('button.lang-toggle').click();
      for (const tab of ['areas', 'nearest', 'within', 'where', 'measure']) {
        await page.locator(`[role="tab"][data-tab="${tab}"]`).click();
        await page.locator(`[role="tabpanel"][data-tab="${tab}"]`).waitFor();
        if (tab === 'nearest') await page.locator('[data-testid="nearest-table"]').waitFor();
        expect(await failing(`analysis ${tab} (${lang})`)).toEqual([]);
      }
    }
    expectNoProblems(problems);
  });
});

/** The focused element, described for a failure message. */
const focusedDescription = () =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    if (!e || e === document.body) return 'body';
    return `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} ${e.className} "${(e.textContent ?? '').slice(0, 40)}"`;
  });

/**
 * Asserts that the element `selector` matches (the first one) gets the keyboard focus. Some panels
 * hand it back on the next animation frame (after React removed them), so this waits for it first.
 */
async function expectFocusOn(selector: string, what: string): Promise<void> {
  const isOn = (sel: string) => document.activeElement === document.querySelector(sel);
  await page.waitForFunction(isOn, selector, { timeout: 5_000 }).catch(() => undefined);
  const on = await page.evaluate(isOn, selector);
  expect({ what, on, focused: on ? '' : await focusedDescription() }).toEqual({
    what,
    on: true,
    focused: '',
  });
}

/** Opens the features-in-view list unless it is open. */
async function openInView(): Promise<void> {
  const toggle = page.locator('[data-testid="in-view-toggle"]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** Focuses `selector` and presses Enter on it, as a keyboard user opens a panel. */
async function enterOn(selector: string): Promise<void> {
  await page.focus(selector);
  await page.keyboard.press('Enter');
}

type MapLike = {
  on: (type: string, fn: () => void) => void;
  off: (type: string, fn: () => void) => void;
  getCenter: () => { lng: number; lat: number };
  getZoom: () => number;
};

/** Moves the first map by its link and waits until the new view is drawn (harness.goToView). */
const goTo = (lat: number, lon: number, zoom: number) => goToView(page, lat, lon, zoom, 'vi');

/** Counts the first map's 'move' events from now; `stop()` returns how many came before 'moveend'. */
async function countMoves(): Promise<void> {
  await page.evaluate(() => {
    const map = (document.querySelector('.maplibregl-map') as unknown as { maplibreMap: MapLike })
      .maplibreMap;
    const w = window as unknown as { __moves: number; __moveEnded: boolean };
    w.__moves = 0;
    w.__moveEnded = false;
    const onMove = () => {
      w.__moves++;
    };
    const onEnd = () => {
      w.__moveEnded = true;
      map.off('move', onMove);
      map.off('moveend', onEnd);
    };
    map.on('move', onMove);
    map.on('moveend', onEnd);
  });
}
const movesSoFar = async () => {
  await page.waitForFunction(() => (window as unknown as { __moveEnded: boolean }).__moveEnded);
  return page.evaluate(() => (window as unknown as { __moves: number }).__moves);
};

// Lai Hưng and the Bàu Bàng science-and-technology park share their estimated centroid (parks.csv):
// Enter on the map there opens the feature chooser.
const SHARED_POINT = { lat: 11.205, lon: 106.64 };

describe('keyboard and focus', () => {
  it('each panel closed by keyboard gives the focus back to what opened it', async () => {
    // Start from nothing open, in Vietnamese.
    if ((await page.locator('[data-testid="analysis-panel"]').count()) > 0) {
      await page.locator('[data-testid="analysis-close"]').click();
    }
    if ((await page.locator('[data-testid="info-panel"]').count()) > 0) {
      await page.locator('[data-testid="info-panel"] button.close').click();
    }
    if ((await page.evaluate(() => document.documentElement.lang)) !== 'vi') {
      await page.locator('button.lang-toggle').click();
    }
    await page.waitForFunction(() => document.documentElement.lang === 'vi');

    // Analysis.
    await enterOn('[data-testid="analysis-toggle"]');
    await page.locator('[data-testid="analysis-panel"]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="analysis-panel"]').waitFor({ state: 'detached' });
    await expectFocusOn('[data-testid="analysis-toggle"]', 'analysis');

    // Attribute table (the parks layer's Table button).
    await enterOn('button[data-table-open="parks"]');
    await page.locator('[data-testid="table-panel"]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="table-panel"]').waitFor({ state: 'detached' });
    await expectFocusOn('button[data-table-open="parks"]', 'table');

    // Park explorer, then its comparison of two parks picked by keyboard.
    await enterOn('#explorer-toggle');
    await page.locator('[data-testid="park-cards"]').waitFor();
    while ((await page.locator('.park-pick[aria-pressed="true"]').count()) < 2) {
      await page.locator('.park-pick[aria-pressed="false"]').first().focus();
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction(
      () => !(document.querySelector('[data-testid="compare-open"]') as HTMLButtonElement).disabled,
    );
    await enterOn('[data-testid="compare-open"]');
    await page.locator('[data-testid="comparison"]').waitFor();
    await page.focus('[data-testid="comparison"] button');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="comparison"]').waitFor({ state: 'detached' });
    await expectFocusOn('[data-testid="compare-open"]', 'comparison');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="explorer-panel"]').waitFor({ state: 'detached' });
    await expectFocusOn('#explorer-toggle', 'explorer');

    // The info panel, opened from the features-in-view list.
    await enterOn('[data-testid="in-view-toggle"]');
    const item = page.locator('[data-testid="in-view"] section[data-layer="parks"] .in-view-item').first();
    await item.waitFor();
    const name = await item.textContent();
    await item.focus();
    await item.evaluate((e) => e.setAttribute('data-opener', ''));
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="info-panel"]').waitFor();
    expect(await page.locator('[data-testid="info-panel"] h2').textContent()).toBe(name);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="info-panel"]').waitFor({ state: 'detached' });
    await expectFocusOn('[data-opener]', 'info panel');

    // The feature chooser, opened by Enter on the map where two parks share a point.
    await goTo(SHARED_POINT.lat, SHARED_POINT.lon, 12);
    await enterOn('.maplibregl-canvas');
    await page.locator('[data-testid="feature-chooser"]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="feature-chooser"]').waitFor({ state: 'detached' });
    await expectFocusOn('.maplibregl-canvas', 'chooser');
    expectNoProblems(problems);
  });

  it('lists the features in view with their count, and follows the camera', async () => {
    await openInView();
    const toggle = page.locator('[data-testid="in-view-toggle"]');
    const items = page.locator('[data-testid="in-view"] .in-view-item');
    // At the shared point both parks are in view, and the count is the number of buttons.
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLElement>('.in-view-item')].some(
        (e) => e.dataset.featureId === 'lai_hung',
      ),
    );
    const ids = await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.featureId));
    expect(ids).toEqual(expect.arrayContaining(['lai_hung', 'bau_bang_stip']));
    expect(await toggle.textContent()).toContain(`(${ids.length})`);
    expect(await page.locator('[data-testid="in-view-live"]').textContent()).toBe(
      `Có ${ids.length} đối tượng trong khung nhìn.`,
    );
    // Far west of the data (the Mekong delta): nothing of the curated layers is in view.
    await goTo(10.0, 105.2, 12);
    await page.waitForFunction(() => document.querySelectorAll('.in-view-item').length === 0);
    expect(await toggle.textContent()).toContain('(0)');
    expect(await page.locator('[data-testid="in-view"]').textContent()).toContain(
      'Không có đối tượng nào của các lớp đang hiện nằm trong khung nhìn.',
    );
  });

  it('under reduced motion, a zoom button and a zoom to a chosen feature jump instead of animating', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await goTo(SHARED_POINT.lat, SHARED_POINT.lon, 11);
    await openInView();
    // MapLibre's own zoom button: its easeTo honours prefers-reduced-motion (duration 0).
    await countMoves();
    await page.locator('.maplibregl-ctrl-zoom-in').first().click();
    expect(await movesSoFar()).toBe(1);
    // A feature chosen from the in-view list is fitted in one jump.
    await countMoves();
    await page.locator('[data-testid="in-view"] .in-view-item[data-feature-id="lai_hung"]').click();
    expect(await movesSoFar()).toBe(1);
    await page.locator('[data-testid="info-panel"] button.close').click();
    await page.emulateMedia({ reducedMotion: null });
  });
});

describe('axe on every panel', () => {
  it('finds no serious or critical violation with each panel open, the choropleth, the time slider and compare', async () => {
    const found: string[] = [];
    const mapsReady = () => page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true');
    await goTo(11.1, 106.65, 10);

    await openInView();
    await page.locator('[data-testid="in-view"] .in-view-item').first().waitFor();
    found.push(...(await failing('features in view')));

    await page.locator('button[data-table-open="parks"]').click();
    await page
      .locator('[data-testid="table-panel"] tbody tr[data-row-key], [data-testid="table-panel"] .row-choose')
      .first()
      .waitFor();
    found.push(...(await failing('table (parks)')));
    await page.locator('[data-testid="table-panel"] button.close').click();

    await page.locator('[data-filter-toggle="parks"]').click();
    await page.locator('[data-testid="filter-parks"] .layer-filter-body:not([hidden])').waitFor();
    found.push(...(await failing('filters (parks)')));
    await page.locator('[data-filter-toggle="parks"]').click();

    await page.locator('#explorer-toggle').click();
    await page.locator('[data-testid="park-cards"]').waitFor();
    await page.waitForFunction(() => !document.querySelector('.park-card dd')?.textContent?.includes('…'));
    found.push(...(await failing('explorer list')));
    await page.locator('button[data-view="score"]').click();
    await page.locator('[data-testid="score-ranking"] > li').first().waitFor();
    found.push(...(await failing('explorer score')));
    await page.locator('button[data-view="list"]').click();
    await page.locator('[data-testid="park-cards"]').waitFor();
    while ((await page.locator('.park-pick[aria-pressed="true"]').count()) < 2) {
      await page.locator('.park-pick[aria-pressed="false"]').first().click();
    }
    await page.locator('[data-testid="compare-open"]').click();
    await page.locator('[data-testid="comparison"]').waitFor();
    found.push(...(await failing('explorer comparison')));
    await page.locator('[data-testid="explorer-panel"] button.close').click();

    await page.selectOption('[data-testid="choropleth-metric"]', 'population');
    await page.locator('[data-testid="choropleth-legend"]').waitFor();
    found.push(...(await failing('choropleth (population)')));
    await page.selectOption('[data-testid="choropleth-metric"]', '');

    await page.locator('[data-testid="time-panel"] input[type="checkbox"]').check();
    await page.locator('[data-testid="time-panel"] [data-chart-state="ready"]').waitFor();
    found.push(...(await failing('time slider on')));
    await page.locator('[data-testid="time-panel"] input[type="checkbox"]').uncheck();

    await page.locator('input[name="compare-mode"][value="split"]').check();
    await page.locator('.maps.compare-split').waitFor();
    await mapsReady();
    found.push(...(await failing('compare side by side')));
    await page.locator('input[name="compare-mode"][value="swipe"]').check();
    await page.locator('.maps.compare-swipe [role="separator"]').waitFor();
    await mapsReady();
    found.push(...(await failing('compare swipe')));
    await page.locator('input[name="compare-mode"][value="none"]').check();

    expect(found).toEqual([]);
    expectNoProblems(problems);
  }, 400_000);
});
