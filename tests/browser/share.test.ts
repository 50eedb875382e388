// Issue 11 §1 in the browser: a link's selected feature opens the info panel; the share dialog
// (focus in and back, Escape, the link, the copy status, the QR image); annotations drawn by keyboard
// (a point and an area) travel in the link and come back after a reload.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoProblems, launchBrowser, newPage, openApp, READY_TIMEOUT } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const inDialog = (page: Page) =>
  page.evaluate(() => !!document.activeElement?.closest('[data-testid="share-dialog"]'));

describe('share', () => {
  it('sel= opens the info panel; the share dialog holds the focus, gives the link and a QR image, Escape returns the focus', async () => {
    const { page, problems } = await newPage(browser);
    await openApp(page, '#lang=en&sel=parks:song_than_2');
    const info = page.locator('[data-testid="info-panel"]');
    await info.waitFor({ timeout: READY_TIMEOUT });
    expect(await info.textContent()).toContain('Song Than 2');

    const open = page.locator('[data-testid="share-open"]');
    await open.click();
    const dialog = page.locator('[data-testid="share-dialog"]');
    await dialog.waitFor();
    expect(await inDialog(page)).toBe(true);
    const link = await page.locator('[data-testid="share-link"]').inputValue();
    expect(link).toContain('sel=parks:song_than_2');
    expect(link).toContain('lang=en');
    expect(await page.locator('[data-testid="share-size"]').textContent()).toContain(
      `${link.length} characters`,
    );
    const qr = page.locator('[data-testid="share-qr"]');
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(await qr.getAttribute('alt')).toMatch(/QR code/);
    // Tab goes round inside the modal dialog, never to the page behind it.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await inDialog(page)).toBe(true);
    }
    await page.locator('[data-testid="share-copy"]').click();
    await expect
      .poll(() => page.locator('[data-testid="share-status"]').textContent())
      .toMatch(/^(The link was copied\.|Could not copy: select the link above and press Ctrl\+C \(⌘C\)\.)$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('share-open');
    // The dialog's Escape did not also close the info panel.
    expect(await info.count()).toBe(1);
    expectNoProblems(problems);
    await page.context().close();
  }, 180_000);

  it('a point and an area drawn by keyboard travel in the link and come back after a reload', async () => {
    const { page, problems } = await newPage(browser);
    await openApp(page, '#lang=en&z=11&lat=11.1&lon=106.65');
    const canvas = page.locator('[data-testid="map"] canvas.maplibregl-canvas');
    const status = page.locator('[data-testid="ann-status"]');

    await page.locator('[data-testid="ann-title"]').fill('Gate <b>A</b>');
    await page.locator('[data-testid="ann-note"]').fill('Meet here');
    await page.locator('[data-testid="ann-draw-point"]').click();
    await canvas.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status.count()).toBe(0);

    await page.locator('[data-testid="ann-title"]').fill('Site');
    await page.locator('[data-testid="ann-draw-area"]').click();
    await canvas.focus();
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft']) {
      await page.keyboard.press('Enter');
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press(key);
        await page.waitForTimeout(300);
      }
    }
    await expect.poll(() => status.textContent()).toContain('3 vertices');
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => status.count()).toBe(0);

    const items = page.locator('[data-testid="ann-list"] li');
    await expect.poll(() => items.count()).toBe(2);
    // The address is written after 300 ms of quiet: wait until it holds both annotations.
    const annRows = async () => {
      const code = (await page.evaluate(() => location.hash)).match(/ann=([A-Za-z0-9_-]+)/)?.[1];
      return code ? (JSON.parse(Buffer.from(code, 'base64url').toString('utf8')) as unknown[]).length : 0;
    };
    await expect.poll(annRows).toBe(2);
    const hash = await page.evaluate(() => location.hash);

    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="ann-list"] li').length === 2,
      null,
      {
        timeout: READY_TIMEOUT,
      },
    );
    const texts = await items.allTextContents();
    // The title is text, never markup: the tags show as typed.
    expect(texts[0]).toContain('Gate <b>A</b>');
    expect(texts[0]).toContain('Meet here');
    expect(texts[1]).toContain('Site');
    expect(texts[1]).toContain('Area');
    expect(await page.evaluate(() => document.querySelector('[data-testid="ann-list"] b'))).toBeNull();
    expect(await page.evaluate(() => location.hash)).toContain(hash.match(/ann=[^&]+/)![0]);

    // Edit the area's title: Save writes it to the list and the link; the focus returns to Edit.
    await page.getByRole('button', { name: 'Edit the annotation Site' }).click();
    await page.locator('[data-testid="ann-edit-title"]').fill('Site B');
    await page.locator('[data-testid="ann-edit-save"]').click();
    await expect.poll(() => items.nth(1).textContent()).toContain('Site B');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Edit the annotation Site B',
    );
    const titles = async () => {
      const code = (await page.evaluate(() => location.hash)).match(/ann=([A-Za-z0-9_-]+)/)?.[1];
      return JSON.stringify(code ? JSON.parse(Buffer.from(code, 'base64url').toString('utf8')) : null);
    };
    await expect.poll(titles).toContain('Site B');
    expectNoProblems(problems);
    await page.context().close();
  }, 180_000);
});
