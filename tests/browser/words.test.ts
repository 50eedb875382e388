// Numbers and words in the built app, in Vietnamese, at device pixel ratios 1 and 2: a district's
// details (placeholder population with "≈" and no year, the 2020 – mid-2025 period, source kinds),
// the Areas table (official area beside the computed one) and the What's-here tab (coordinates with
// B/Đ letters). Screenshots go to test-results/words-*.png (git-ignored) for a person to look at.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoProblems,
  launchBrowser,
  openApp,
  type Problem,
  READY_TIMEOUT,
  recordPageErrors,
  settledLayerRows,
} from './harness';

const shot = (name: string) => `test-results/${name}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function pageAt(dpr: number): Promise<{ page: Page; problems: Problem[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: dpr,
    locale: 'vi-VN',
    // The browser's position for "Dùng vị trí của tôi" (granted, so no prompt).
    permissions: ['geolocation'],
    geolocation: { latitude: 11.0, longitude: 106.65, accuracy: 50 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(READY_TIMEOUT);
  const problems: Problem[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning')
      problems.push({ kind: msg.type() === 'error' ? 'console.error' : 'console.warning', text: msg.text() });
  });
  recordPageErrors(page, problems);
  return { page, problems };
}

/** Clicks the map centre every 2 s until `until` appears (software GL may not have drawn yet). */
async function clickCentreUntil(page: Page, until: string): Promise<void> {
  const box = await page.locator('[data-testid="map"]').boundingBox();
  if (!box) throw new Error('map has no box');
  const target = page.locator(until);
  const deadline = Date.now() + 60_000;
  while ((await target.count()) === 0 && Date.now() < deadline) {
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(2000);
  }
  expect(await target.count(), `${until} appeared`).toBeGreaterThan(0);
}

describe('numbers and words (vi)', () => {
  for (const dpr of [1, 2]) {
    it(`district details, Areas and What's here at DPR ${dpr}`, async () => {
      const { page, problems } = await pageAt(dpr);
      // 11.35 N, 106.45 E is inside Huyện Dầu Tiếng (720), whose population is a placeholder.
      await openApp(page, '#layers=context,districts&z=12&lat=11.35&lon=106.45');
      await settledLayerRows(page);
      expect(await page.locator('[data-testid="map-period"]').textContent()).toContain('2020 – giữa 2025');

      await clickCentreUntil(page, '[data-testid="info-panel"]');
      const panel = page.locator('[data-testid="info-panel"]');
      const info = (await panel.textContent()) ?? '';
      expect(info).toContain('Dầu Tiếng');
      expect(info).toContain('≈ 115.985 người (năm số liệu chưa rõ)');
      expect(info).toContain('≈ 720 km²');
      expect(info).toContain('giai đoạn 2020 – giữa năm 2025');
      expect(info).toContain('nguồn thứ cấp');
      expect(info).not.toMatch(/Third-party|placeholder|unstated/);
      await panel.screenshot({ path: shot(`words-info-district-dpr${dpr}.png`) });

      await page.locator('[data-testid="analysis-toggle"]').click();
      await page.locator('[data-testid="analysis-panel"]').waitFor();
      await page.locator('[data-testid="areas-table"] tbody tr').first().waitFor();
      const dauTieng = page.locator('[data-testid="areas-table"] tbody tr', { hasText: 'Dầu Tiếng' });
      const cells = await dauTieng.locator('td').allTextContents();
      expect(cells).toContain('≈ 720,0');
      await page
        .locator('[data-testid="analysis-panel"]')
        .screenshot({ path: shot(`words-areas-dpr${dpr}.png`) });

      await page.locator('[role="tab"][data-tab="where"]').click();
      expect(await page.locator('[role="tab"][data-tab="where"]').textContent()).toContain(
        'Điểm này thuộc đâu',
      );
      await clickCentreUntil(page, '[data-testid="where-point"]');
      const point = (await page.locator('[data-testid="where-point"]').textContent()) ?? '';
      expect(point).toMatch(/^11,3\d{4}° B · 106,4\d{4}° Đ$/);
      expect(await page.locator('[data-testid="where-district"]').textContent()).toContain('Dầu Tiếng');
      await page
        .locator('[data-testid="analysis-panel"]')
        .screenshot({ path: shot(`words-where-dpr${dpr}.png`) });

      // The geolocation option: the device's position replaces the clicked point, and says so.
      await page.locator('[data-testid="where-locate"]').click();
      await expect
        .poll(() => page.locator('[data-testid="where-point"]').textContent())
        .toBe('11,00000° B · 106,65000° Đ');
      expect(await page.locator('[data-testid="where-result"]').textContent()).toContain(
        'Vị trí của bạn (sai số ±50 m)',
      );
      expectNoProblems(problems);
      await page.context().close();
    }, 240_000);
  }
});
