// Shared browser-test plumbing: one Chromium per test file (playwright-core, no bundled browser),
// pages that record every console error/warning and page error, and small waits for the viewer's
// test contract (data-testid / data-* attributes, documentElement.dataset.mapReady).
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM_PATH, launchChromium } from './chromium';
import { mappedStack } from './stack-map';

export { CHROMIUM_PATH };

/** Generous: CI has 2 cores and WebGL runs on SwiftShader. */
export const READY_TIMEOUT = 90_000;

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export interface Problem {
  kind: 'console.error' | 'console.warning' | 'pageerror';
  text: string;
  url?: string;
}

export interface OpenedPage {
  page: Page;
  /** Every console error and warning and every uncaught page error, in order. */
  problems: Problem[];
}

/**
 * Records each uncaught page error in `problems`, its first frames mapped to source lines
 * (stack-map.ts) in `url`: a failure on a CI machine then says where it was thrown.
 */
export function recordPageErrors(page: Page, problems: Problem[]): void {
  page.on('pageerror', (err) =>
    problems.push({ kind: 'pageerror', text: `${err.name}: ${err.message}`, url: mappedStack(err.stack) }),
  );
}

/** A fresh context and page (no shared storage between tests), recording problems from the start. */
export async function newPage(
  browser: Browser,
  options: { deviceScaleFactor?: number; viewport?: { width: number; height: number } } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'vi-VN',
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(READY_TIMEOUT);
  const problems: Problem[] = [];
  page.on('console', (msg) => {
    const type = msg.type();
    if (type === 'error' || type === 'warning') {
      problems.push({
        kind: type === 'error' ? 'console.error' : 'console.warning',
        text: msg.text(),
        url: msg.location().url,
      });
    }
  });
  recordPageErrors(page, problems);
  return { page, problems };
}

/** Opens `hash` (e.g. '#lang=en') on the app and waits for the map's ready flag. */
export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(new URL(hash, baseUrl()).href, { waitUntil: 'load' });
  await waitForMapReady(page);
}

/** A browser with one page opened on the app and every layer row settled (ready or error). */
export interface SettledApp extends OpenedPage {
  browser: Browser;
}

/**
 * The usual start of a browser-test file: launches Chromium, opens a fresh recording page on `hash`,
 * optionally asks for reduced motion first (the camera jumps instead of easing), waits for the map's
 * ready flag and for every layer row to settle. The caller closes `browser` in its afterAll.
 */
export async function openSettledApp(
  hash = '',
  options: { reducedMotion?: boolean } = {},
): Promise<SettledApp> {
  const browser = await launchBrowser();
  try {
    const { page, problems } = await newPage(browser);
    if (options.reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(page, hash);
    await settledLayerRows(page);
    return { browser, page, problems };
  } catch (err) {
    // The caller never receives `browser` on failure, so its afterAll could not close it.
    await browser.close();
    throw err;
  }
}

export async function waitForMapReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, {
    timeout: READY_TIMEOUT,
  });
}

/**
 * Waits until the first map's camera is at `lat`/`lon` (degrees, within 1e-4) and `zoom` (within
 * 1e-3), read from the MapLibre map the app hangs on `.maplibregl-map` (its test contract).
 */
export async function waitForCamera(page: Page, lat: number, lon: number, zoom: number): Promise<void> {
  await page.waitForFunction(
    ({ lat, lon, zoom }) => {
      type Camera = { getCenter: () => { lng: number; lat: number }; getZoom: () => number };
      const map = (document.querySelector('.maplibregl-map') as unknown as { maplibreMap: Camera })
        .maplibreMap;
      const c = map.getCenter();
      return (
        Math.abs(c.lat - lat) < 1e-4 && Math.abs(c.lng - lon) < 1e-4 && Math.abs(map.getZoom() - zoom) < 1e-3
      );
    },
    { lat, lon, zoom },
  );
}

/**
 * Moves the first map's camera through the URL hash (applied without a reload, as a link the user
 * edits would be), waits until the camera is there, then until MapLibre has drawn the new view
 * ('idle', at most 10 s): picking (a click, Enter on the map) reads what is drawn, so a pick made
 * before that finds nothing. `lang` is written to the hash too, so the page keeps its language.
 */
export async function goToView(
  page: Page,
  lat: number,
  lon: number,
  zoom: number,
  lang: 'vi' | 'en',
): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, `#lat=${lat}&lon=${lon}&z=${zoom}&lang=${lang}`);
  await waitForCamera(page, lat, lon, zoom);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        type Drawn = { once: (type: string, fn: () => void) => void; triggerRepaint: () => void };
        const map = (document.querySelector('.maplibregl-map') as unknown as { maplibreMap: Drawn })
          .maplibreMap;
        map.once('idle', () => resolve());
        map.triggerRepaint();
        setTimeout(resolve, 10_000);
      }),
  );
}

/** Waits until no layer row is still loading, and returns each row's status and count. */
export async function settledLayerRows(
  page: Page,
): Promise<{ id: string; status: string; count: number; text: string }[]> {
  await page.waitForFunction(
    () => {
      const rows = [...document.querySelectorAll<HTMLElement>('li[data-testid="layer-row"]')];
      return (
        rows.length > 0 && rows.every((r) => r.dataset.status === 'ready' || r.dataset.status === 'error')
      );
    },
    null,
    { timeout: READY_TIMEOUT },
  );
  return page.$$eval('li[data-testid="layer-row"]', (rows) =>
    rows.map((r) => ({
      id: (r as HTMLElement).dataset.layerId ?? '',
      status: (r as HTMLElement).dataset.status ?? '',
      count: Number((r as HTMLElement).dataset.featureCount),
      text: r.textContent ?? '',
    })),
  );
}

/**
 * Waits for `selector`; on a timeout, fails naming every layer row's id, status and text and the
 * import job's text, so a failure in CI (where it cannot be rerun by hand) says what the page held.
 */
export async function waitForRowOrExplain(
  page: Page,
  selector: string,
  timeout = READY_TIMEOUT,
): Promise<void> {
  try {
    await page.waitForSelector(selector, { timeout });
  } catch (e) {
    const state = await page
      .$$eval(
        'li[data-testid="layer-row"], [data-testid="import-progress"], [data-testid="import-waiting"], [data-testid="import-failure"], [role="alert"]',
        (els) =>
          els.map((el) => {
            const d = (el as HTMLElement).dataset;
            return `${d.layerId ?? el.getAttribute('data-testid') ?? el.getAttribute('role')} ${d.status ?? ''}: ${(el.textContent ?? '').slice(0, 200)}`;
          }),
      )
      .catch(() => ['(page not readable)']);
    throw new Error(`${(e as Error).message}\nrows and alerts then:\n${state.join('\n')}`);
  }
}

export interface Catalog {
  layers: { id: string; feature_count: number; title: { vi: string; en: string } }[];
}

export async function fetchCatalog(): Promise<Catalog> {
  const response = await fetch(new URL('data/catalog.json', baseUrl()));
  expect(response.status).toBe(200);
  return (await response.json()) as Catalog;
}

/**
 * Asserts no console error/warning or page error happened, except those matching `allowed` (each
 * caller says why). Nothing is filtered silently: the message lists everything that was seen.
 */
export function expectNoProblems(problems: Problem[], allowed: RegExp[] = []): void {
  const unexpected = problems.filter((p) => !allowed.some((re) => re.test(p.text)));
  expect(
    unexpected,
    `console problems:\n${unexpected.map((p) => `${p.kind}: ${p.text} (${p.url ?? ''})`).join('\n')}`,
  ).toEqual([]);
}

export interface AxeOptions {
  /** Only this part of the page (a CSS selector); the whole page otherwise. */
  include?: string;
  /** Also axe's experimental rules (e.g. label-content-name-mismatch, WCAG 2.5.3). */
  experimental?: boolean;
  /** Also any content outside a landmark (axe `region`), whatever its impact. */
  region?: boolean;
  /** At most this many targets named per violation (all by default). */
  maxNodes?: number;
}

/**
 * The axe-core violations that fail a test: serious and critical ones against WCAG 2.2 AA and best
 * practice, each as "impact id (help) at target, target…"; an empty list when there are none.
 */
export async function axeFailures(page: Page, options: AxeOptions = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (options.include) builder = builder.include(options.include);
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
  const result = await builder.withTags(options.experimental ? [...tags, 'experimental'] : tags).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || (options.region && v.id === 'region'))
    .map((v) => {
      const targets = v.nodes.slice(0, options.maxNodes ?? v.nodes.length).map((n) => n.target.join(' '));
      return `${v.impact} ${v.id} (${v.help}) at ${targets.join(', ')}`;
    });
}

type PixelQuery =
  | { kind: 'colours'; png: string }
  | { kind: 'diff'; png: string; other: string }
  | { kind: 'near'; png: string; rgb: [number, number, number]; within: number };

/**
 * Decodes PNG screenshots with the page's own decoder (no PNG package needed in Node) and answers
 * one question about their pixels in the page, so no megabytes of pixels cross the wire.
 */
async function pixelQuery(
  page: Page,
  query: PixelQuery,
): Promise<{ colours: number; pixels: number; differing: number; near: number }> {
  return page.evaluate(async (q) => {
    const decode = async (b64: string) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    };
    const data = await decode(q.png);
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    let differing = 0;
    let near = 0;
    if (q.kind === 'near') {
      const [r, g, b] = q.rgb;
      for (let i = 0; i < data.length; i += 4) {
        const d = Math.hypot(data[i]! - r, data[i + 1]! - g, data[i + 2]! - b);
        if (d <= q.within) near++;
      }
    }
    if (q.kind === 'diff') {
      const other = await decode(q.other);
      for (let i = 0; i < Math.min(data.length, other.length); i += 4) {
        if (data[i] !== other[i] || data[i + 1] !== other[i + 1] || data[i + 2] !== other[i + 2]) differing++;
      }
    }
    return { colours: seen.size, pixels: data.length / 4, differing, near };
  }, query);
}

/** Counts the distinct colours of a screenshot of `selector`. */
export async function distinctColours(
  page: Page,
  selector: string,
): Promise<{ colours: number; pixels: number }> {
  const png = await page.locator(selector).screenshot({ type: 'png' });
  const { colours, pixels } = await pixelQuery(page, { kind: 'colours', png: png.toString('base64') });
  return { colours, pixels };
}

/** How many pixels of a PNG screenshot are within `within` (RGB distance) of the colour `rgb`. */
export async function pixelsNear(
  page: Page,
  png: Buffer,
  rgb: [number, number, number],
  within: number,
): Promise<number> {
  return (await pixelQuery(page, { kind: 'near', png: png.toString('base64'), rgb, within })).near;
}

/** How many pixels differ between two PNG screenshots of the same size. */
export async function differingPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  const q = { kind: 'diff', png: a.toString('base64'), other: b.toString('base64') } as const;
  return (await pixelQuery(page, q)).differing;
}
