// Embedding (issue 11 §2–3), under the deployment Content-Security-Policy of the README, served by
// our own servers (csp-servers.ts): the example government page on one origin embeds the map from
// another (one page load), then the full viewer's embed builder (a second load). Any
// `securitypolicyviolation` in a page or frame, and any console error, fails the test.
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CspServers, startCspServers } from './csp-servers';
import {
  axeFailures,
  expectNoProblems,
  launchBrowser,
  type Problem,
  READY_TIMEOUT,
  recordPageErrors,
} from './harness';

let browser: Browser;
let servers: CspServers;

/** A context whose every page and frame records CSP violations (in window.__csp) and console errors. */
async function openContext(problems: Problem[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 700 }, locale: 'vi-VN' });
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.setDefaultTimeout(READY_TIMEOUT);
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push({ kind: 'console.error', text: m.text(), url: m.location().url });
  });
  recordPageErrors(page, problems);
  return { context, page };
}

const violations = (f: Page | Frame) => f.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
const mapReady = (f: Frame) =>
  f.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, {
    timeout: READY_TIMEOUT,
  });
const zoomOf = (f: Frame) =>
  f.evaluate(() =>
    (
      document.querySelector('[data-testid="map"]') as unknown as { maplibreMap: { getZoom(): number } }
    ).maplibreMap.getZoom(),
  );

beforeAll(async () => {
  servers = await startCspServers();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await servers?.close();
});

describe('the example page embeds the map from another origin under the CSP', () => {
  const problems: Problem[] = [];
  let page: Page;
  let frame: Frame;

  beforeAll(async () => {
    ({ page } = await openContext(problems));
    await page.goto(`${servers.page}/embed-example.html`, { waitUntil: 'load' });
    const handle = await page.waitForSelector('iframe.map-frame');
    frame = (await handle.contentFrame()) as Frame;
    await mapReady(frame);
  });

  it('restores the camera and the layers of its hash', async () => {
    const url = new URL(frame.url());
    expect(url.origin).toBe(servers.app);
    expect(new URLSearchParams(url.hash.slice(1)).get('embed')).toBe('1');
    const view = await frame.evaluate(() => {
      const m = (
        document.querySelector('[data-testid="map"]') as unknown as {
          maplibreMap: { getZoom(): number; getCenter(): { lng: number; lat: number } };
        }
      ).maplibreMap;
      return { zoom: m.getZoom(), ...m.getCenter() };
    });
    expect(view.zoom).toBeCloseTo(9.6, 2);
    expect(view.lng).toBeCloseTo(106.65, 3);
    expect(view.lat).toBeCloseTo(11.15, 3);
    expect(await frame.getAttribute('[data-testid="map"]', 'data-visible-layers')).toBe(
      'districts corridors parks',
    );
    // No side panel in an embed.
    expect(await frame.locator('.side').count()).toBe(0);
  });

  it('shows the legend of the visible layers and the attribution', async () => {
    const legend = frame.locator('[data-testid="embed-legend"]');
    expect(await legend.getAttribute('open')).not.toBeNull();
    await frame.waitForFunction(() => document.querySelectorAll('.embed-legend-layer').length === 3);
    expect(
      await legend
        .locator('.embed-legend-layer')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-layer'))),
    ).toEqual(['districts', 'corridors', 'parks']);
    expect(await legend.locator('summary').textContent()).toBe('Chú giải');
    expect(await frame.locator('.maplibregl-ctrl-attrib').count()).toBe(1);
    // The basemap's credit in the page's language (the style carries it in English).
    const credit = await frame.locator('.maplibregl-ctrl-attrib-inner').textContent();
    expect(credit).toContain('Ranh giới © Chính phủ Việt Nam (gis.chinhphu.vn)');
    expect(credit).not.toContain('Boundaries');
  });

  it('links to the full viewer in a new tab with the same view and no embed keys', async () => {
    const link = frame.locator('[data-testid="embed-larger"]');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
    const href = new URL((await link.getAttribute('href')) ?? '');
    expect(href.origin).toBe(servers.app);
    expect(href.pathname).toBe('/');
    const keys = new URLSearchParams(href.hash.slice(1));
    expect(keys.get('embed')).toBeNull();
    expect(keys.get('layers')).toBe('districts,corridors,parks');
    expect(keys.get('z')).toBe('9.6');
    expect(keys.get('lat')).toBe('11.15');
    expect(keys.get('lon')).toBe('106.65');
    expect(keys.get('lang')).toBe('vi');
  });

  it('a wheel without Ctrl scrolls the page, not the map, and shows the hint; Ctrl + wheel zooms', async () => {
    const before = await zoomOf(frame);
    // MapLibre shows the hint for a moment only: record that it showed rather than poll for it.
    await frame.evaluate(() => {
      const el = document.querySelector('.maplibregl-cooperative-gesture-screen') as HTMLElement;
      const w = window as unknown as { __hintShown: boolean };
      w.__hintShown = false;
      new MutationObserver(() => {
        if (el.classList.contains('maplibregl-show')) w.__hintShown = true;
      }).observe(el, { attributes: true, attributeFilter: ['class'] });
    });
    const box = (await page.locator('iframe.map-frame').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 400);
    const hint = frame.locator('.maplibregl-cooperative-gesture-screen');
    await frame.waitForFunction(() => (window as unknown as { __hintShown: boolean }).__hintShown);
    expect(await hint.textContent()).toContain('Giữ Ctrl và cuộn chuột để thu phóng bản đồ');
    await page.waitForTimeout(300);
    expect(await zoomOf(frame)).toBe(before);
    await page.waitForFunction(() => window.scrollY > 0);
    // The page scrolled: aim at the frame where it is now.
    const moved = (await page.locator('iframe.map-frame').boundingBox())!;
    await page.mouse.move(moved.x + moved.width / 2, moved.y + Math.min(moved.height, 700 - moved.y) / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await frame.waitForFunction((z) => {
      const m = (
        document.querySelector('[data-testid="map"]') as unknown as { maplibreMap: { getZoom(): number } }
      ).maplibreMap;
      return m.getZoom() > z + 0.05;
    }, before);
  });

  it('turns cooperative gestures off while fullscreen, and no CSP violation or console error happened in the page or the frame', async () => {
    // Cooperative gestures are on, and MapLibre turns them off while the embed is fullscreen.
    const coop = (on: boolean) =>
      frame.waitForFunction(
        (want) =>
          (
            document.querySelector('[data-testid="map"]') as unknown as {
              maplibreMap: { cooperativeGestures: { isEnabled(): boolean } };
            }
          ).maplibreMap.cooperativeGestures.isEnabled() === want,
        on,
        { timeout: 10_000 },
      );
    await coop(true);
    await frame.getByRole('button', { name: 'Xem toàn màn hình' }).click();
    await frame.waitForFunction(() => document.fullscreenElement?.classList.contains('embed'));
    await coop(false);
    await frame.getByRole('button', { name: 'Thoát toàn màn hình' }).click();
    await frame.waitForFunction(() => document.fullscreenElement === null);
    await coop(true);
    expect(await violations(page)).toEqual([]);
    expect(await violations(frame)).toEqual([]);
    expectNoProblems(problems);
  });

  it('links an icon of its own that the page server has, and asked for no missing file', async () => {
    const icon = await page.evaluate(
      () => document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href,
    );
    expect(icon).toBe(`${servers.page}/embed-example-icon.svg`);
    expect((await page.request.get(icon ?? '')).status()).toBe(200);
    expect(servers.missing).toEqual([]);
  });

  it('axe finds no serious or critical violation on the page and in the embed', async () => {
    expect(await axeFailures(page)).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expect(await violations(frame)).toEqual([]);
  });
});

describe('the embed builder in the full viewer, under the CSP', () => {
  const problems: Problem[] = [];
  let page: Page;
  let context: BrowserContext;

  beforeAll(async () => {
    ({ page, context } = await openContext(problems));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: servers.app });
    await page.goto(`${servers.app}/#lang=vi&layers=districts,parks&z=10&lat=11.1&lon=106.7`, {
      waitUntil: 'load',
    });
    await mapReady(page.mainFrame());
  });

  it('opens as a modal dialog with the focus inside, and builds the snippet', async () => {
    const open = page.getByRole('button', { name: 'Nhúng bản đồ vào trang web' });
    await open.click();
    const dialog = page.locator('[data-testid="embed-builder"]');
    await dialog.waitFor();
    expect(await page.evaluate(() => document.querySelector('dialog')?.matches(':modal'))).toBe(true);
    // Tab through more controls than the dialog has: the focus never leaves it.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    }
    const snippet = page.locator('[data-testid="embed-snippet"]');
    let code = await snippet.inputValue();
    expect(code.startsWith(`<iframe src="${servers.app}/#`)).toBe(true);
    expect(code).toContain('embed=1');
    expect(code).toContain('layers=districts,parks');
    expect(code).toContain('z=10&amp;lat=11.1&amp;lon=106.7');
    expect(code).toContain('title="Bản đồ Vùng Đổi mới sáng tạo Bình Dương"');
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('referrerpolicy="strict-origin-when-cross-origin"');
    await page.getByLabel('Hiện chú giải').uncheck();
    await page.getByLabel('Tiêu đề (không bắt buộc, tối đa 120 ký tự)').fill('KCN <Bàu Bàng>');
    code = await snippet.inputValue();
    expect(code).toContain('legend=0');
    expect(code).toContain('title="KCN &lt;Bàu Bàng&gt;"');
    // The preview is the embed of the snippet's address.
    const src = await page.locator('[data-testid="embed-preview"]').getAttribute('src');
    expect(code).toContain(`src="${src!.replace(/&/g, '&amp;')}"`);
  });

  it('copies the snippet and says so', async () => {
    await page.getByRole('button', { name: 'Sao chép mã' }).click();
    await page.getByText('Đã sao chép mã nhúng.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await page.locator('[data-testid="embed-snippet"]').inputValue(),
    );
  });

  it('the preview draws the embed; Escape closes the dialog and returns the focus; no violation', async () => {
    const frame = (await page.locator('[data-testid="embed-preview"]').elementHandle())!;
    const preview = (await frame.contentFrame()) as Frame;
    await mapReady(preview);
    expect(await preview.locator('[data-testid="embed-title"]').textContent()).toBe('KCN <Bàu Bàng>');
    expect(await preview.locator('[data-testid="embed-legend"]').count()).toBe(0);
    await page.locator('[data-testid="embed-snippet"]').focus();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="embed-builder"]').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'embed-builder-open',
    );
    expect(await violations(page)).toEqual([]);
    expectNoProblems(problems);
  });
});
