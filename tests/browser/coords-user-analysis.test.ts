// Issue 10 §1 in the built app: what's here in VN-2000 (proj4's chunk fetched only once chosen,
// the choice kept in the link, the copy button with its status), and an imported polygon layer's
// analyses (within X km of Ring Road 4, area per district) through the analysis worker.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectNoProblems, openSettledApp, type Problem, pixelsNear } from './harness';

let browser: Browser;
let page: Page;
let problems: Problem[];
const scripts: string[] = [];

beforeAll(async () => {
  // 11.35 N, 106.45 E is inside Huyện Dầu Tiếng (720).
  ({ browser, page, problems } = await openSettledApp('#lang=vi&z=12&lat=11.35&lon=106.45&analysis=where'));
  page.on('request', (r) => {
    if (/\.js$/.test(new URL(r.url()).pathname)) scripts.push(new URL(r.url()).pathname);
  });
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
});

afterAll(async () => {
  await browser?.close();
});

async function clickCentreUntil(until: string): Promise<void> {
  const box = await page.locator('[data-testid="map"]').boundingBox();
  if (!box) throw new Error('map has no box');
  const deadline = Date.now() + 60_000;
  while ((await page.locator(until).count()) === 0 && Date.now() < deadline) {
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(2000);
  }
  expect(await page.locator(until).count(), `${until} appeared`).toBeGreaterThan(0);
}

describe("what's here in VN-2000", () => {
  it('shows degrees first, then X (north) · Y (east) in metres once VN-2000 is chosen, loading proj4 only then', async () => {
    await page.waitForSelector('[data-testid="where-tab"]');
    await clickCentreUntil('[data-testid="where-point"]');
    expect(await page.locator('[data-testid="where-point"]').textContent()).toMatch(
      /^11,3\d{4}° B · 106,4\d{4}° Đ$/,
    );
    expect(scripts.filter((s) => /\/crs-[^/]*\.js$/.test(s))).toEqual([]);
    await page.selectOption('[data-testid="coord-system"]', 'vn2000');
    await expect
      .poll(() => page.locator('[data-testid="where-point"]').textContent())
      .toMatch(/^X = 12\d{5},\d{2} m · Y = 5\d{5},\d{2} m$/);
    expect(scripts.some((s) => /\/crs-[^/]*\.js$/.test(s))).toBe(true);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('crs=vn2000');
  });

  it('copies the coordinates shown and says so', async () => {
    const shown = await page.locator('[data-testid="where-point"]').textContent();
    await page.click('[data-testid="where-copy"]');
    await expect
      .poll(() => page.locator('[data-testid="where-copy-status"]').textContent())
      .toBe('Đã chép toạ độ vào bộ nhớ tạm.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    expect(await page.getAttribute('[data-testid="where-copy"]', 'aria-label')).toBe(
      'Chép toạ độ của điểm này vào bộ nhớ tạm',
    );
  });
});

describe('an imported polygon layer in the analysis', () => {
  const layer = '[data-testid="user-areas-user:1"]';
  it('finds its polygons within 2 km of Ring Road 4 and its area per district, in the worker', async () => {
    const square = (x: number, y: number, h: number) => [
      [
        [x - h, y - h],
        [x + h, y - h],
        [x + h, y + h],
        [x - h, y + h],
        [x - h, y - h],
      ],
    ];
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'dau-tieng' },
          geometry: { type: 'Polygon', coordinates: square(106.45, 11.35, 0.005) },
        },
        {
          type: 'Feature',
          properties: { id: 'thu-dau-mot' },
          geometry: { type: 'Polygon', coordinates: square(106.66, 11.0, 0.003) },
        },
        // On a vertex of Ring Road 4 (data/curated/corridors.csv: 11.115 N, 106.645 E).
        {
          type: 'Feature',
          properties: { id: 'vanh-dai-4' },
          geometry: { type: 'Polygon', coordinates: square(106.645, 11.115, 0.002) },
        },
      ],
    };
    await page.setInputFiles('[data-testid="import-file"]', {
      // A long name without spaces, as files are named (it once pushed the table's buttons out).
      name: 'Thua_Dat_QuyHoach_SuDungDat_ThanhPho_ThuDauMot_2030.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify(fc), 'utf8'),
    });
    await page.waitForSelector('li[data-testid="layer-row"][data-layer-id="user:1"][data-status="ready"]', {
      timeout: 60_000,
    });
    await page.waitForSelector(layer);
    await page.click(`${layer} button`);
    const table = '[data-testid="user-areas-table-user:1"]';
    await page.waitForSelector(`${table} tbody tr`);
    const rows = await page.$$eval(`${table} tr`, (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th,td')].map((c) => c.textContent ?? '')),
    );
    const byName = new Map(rows.map((r) => [r[0], r.slice(1)]));
    expect(byName.get('Cả lớp')?.[2]).toBe('3');
    expect(byName.get('Cả lớp')?.[1]).toBe('100,0 %');
    const dauTieng = rows.find((r) => r[0]?.includes('Dầu Tiếng'));
    expect(dauTieng?.[3]).toBe('1');
    expect(await page.locator(`${table} button`, { hasText: 'CSV' }).count()).toBeGreaterThan(0);
    // Its export buttons stay inside the side panel (beside a long caption the GeoJSON one ran past
    // its edge, a newcomer's finding): each button's box within the table's block.
    const outside = await page.$$eval(`${table} .table-tools button`, (buttons) =>
      buttons.flatMap((b) => {
        const box = b.getBoundingClientRect();
        const block = (b.closest('.table-block') as HTMLElement).getBoundingClientRect();
        return box.right <= block.right + 0.5 && box.left >= block.left - 0.5
          ? []
          : [`${b.textContent} ${box.left}–${box.right} of ${block.left}–${block.right}`];
      }),
    );
    expect(outside).toEqual([]);
    // Its legend entries stay inside the side panel too (a long value breaks: .legend-entry CSS).
    const clipped = await page.$$eval(
      'li[data-testid="layer-row"][data-layer-id="user:1"] .legend-entry > span',
      (spans) =>
        spans.flatMap((el) => {
          const box = el.getBoundingClientRect();
          const side = (el.closest('aside.side') as HTMLElement).getBoundingClientRect();
          return box.width > 0 && box.right <= side.right + 0.5
            ? []
            : [`${el.textContent} ${box.right} > ${side.right}`];
        }),
    );
    expect(clipped).toEqual([]);

    const within = '[data-testid="user-within-user:1"]';
    await page.click(`${within} button`);
    await expect
      .poll(() => page.locator(`${within} [data-testid="user-within-count"]`).textContent(), {
        timeout: 30_000,
      })
      .toBe(
        '1 / 3 đối tượng cách Đường Vành đai 4 TP.HCM – đoạn Bình Dương (cầu Thủ Biên – sông Sài Gòn) không quá 2 km',
      );

    // The answer on the map: only its feature drawn while ticked, the whole layer again after.
    const map = page.locator('[data-testid="map"]');
    const drawn = () => map.getAttribute('data-drawn-user');
    expect(await drawn()).toBe('user:1=3');
    const onMap = page.locator('[data-testid="result-on-map-user:1-within"]');
    const legendCount = () =>
      page.textContent('li[data-testid="layer-row"][data-layer-id="user:1"] .legend-count');
    expect(await legendCount()).toBe('3 đối tượng trên bản đồ');
    const zones = async () => ((await map.getAttribute('data-analysis-layers')) ?? '').split(' ');
    expect(await zones()).not.toContain('zone');
    await onMap.check();
    await expect.poll(drawn).toBe('user:1=1');
    // The legend counts what the map draws.
    await expect.poll(legendCount).toBe('1 đối tượng trên bản đồ');
    // The zone the answer is about is drawn under it, and said in words beside the box.
    await expect.poll(zones, { timeout: 30_000 }).toContain('zone');
    expect(await page.textContent('[data-testid="result-drawing-user:1-within"]')).toContain(
      'Vùng tô xanh trên bản đồ: trong 2 km quanh Đường Vành đai 4 TP.HCM',
    );
    await onMap.uncheck();
    await expect.poll(drawn).toBe('user:1=3');
    await expect.poll(zones).not.toContain('zone');

    // Two answers on the map at once: points' lines to their nearest corridor stay visible inside
    // another layer's zone (a newcomer saw them hidden there, cut at the zone's edge: deck.gl's
    // depth test against the zone's fill; not reproduced here, kept as a guard).
    await page.setInputFiles('[data-testid="import-file"]', {
      name: 'diem.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(
        JSON.stringify({
          type: 'FeatureCollection',
          features: [0, 1, 2, 3, 4, 5].map((k) => ({
            type: 'Feature',
            properties: { id: `p${k}` },
            geometry: { type: 'Point', coordinates: [106.61 + 0.015 * k, 11.125 + (k % 2) * 0.006] },
          })),
        }),
        'utf8',
      ),
    });
    const points = 'li[data-testid="layer-row"][data-layer-id="user:2"]';
    await page.waitForSelector(`${points}[data-status="ready"]`, { timeout: 60_000 });
    // The zone first (10 km: the points' lines lie inside it), then the lines (the order a user
    // found them hidden in); the analysis panel closed (its where-am-I lines are red too).
    await page.click('[data-testid="analysis-close"]');
    // A distance typed in one language keeps its value in the other: '1,5' becomes '1.5' (a
    // newcomer saw '1,5' kept in English, read there as refused or as fifteen).
    const kmField = page.locator('[data-testid="user-within-km-user:1"]');
    const kmEcho = page.locator('[data-testid="user-within-km-user:1-echo"]');
    await kmField.fill('1,5');
    expect(await kmEcho.textContent()).toBe('= 1,5 km');
    await page.click('[data-testid="lang-toggle"]');
    await expect.poll(() => kmField.inputValue()).toBe('1.5');
    expect(await kmEcho.textContent()).toBe('= 1.5 km');
    await page.click('[data-testid="lang-toggle"]');
    await expect.poll(() => kmField.inputValue()).toBe('1,5');
    // A refused distance is said under the button, and the saying goes once the field is edited
    // (a newcomer saw it stay beside "= 0,5 km", and in Vietnamese after switching to English).
    await kmField.fill('250');
    await page.click(`${within} button`);
    const refusal = page.locator(`${within} p.error[role="alert"]`);
    await expect.poll(() => refusal.textContent()).toContain('tối đa 200');
    await page.click('[data-testid="lang-toggle"]');
    await expect.poll(() => refusal.textContent()).toContain('at most 200');
    await page.click('[data-testid="lang-toggle"]');
    await kmField.fill('10');
    await expect.poll(() => refusal.count()).toBe(0);
    await page.click(`${within} button`);
    await expect
      .poll(() => page.locator(`${within} [data-testid="user-within-count"]`).textContent())
      .toContain('không quá 10 km');
    await onMap.check();
    await expect.poll(zones, { timeout: 30_000 }).toContain('zone');
    await page.click(`[data-testid="nearest-user:2"] button`);
    const lines = page.locator('[data-testid="result-on-map-user:2-nearest"]');
    await lines.check();
    await expect.poll(zones, { timeout: 30_000 }).toContain('connectors');
    await page
      .locator(points)
      .getByRole('button', { name: /Thu phóng đến lớp/ })
      .click();
    await page.waitForTimeout(2000);
    // Below zoom 12 (deck.gl projects without its offset origin there; a newcomer lost the lines
    // at the province's zoom).
    for (let k = 0; k < 2; k++) {
      await page.locator('.maplibregl-ctrl-zoom-out').click();
      await page.waitForTimeout(700);
    }
    await page.waitForTimeout(3000);
    const red: [number, number, number] = [220, 38, 38]; // CONNECTOR.corridor, src/map/layers/analysis.ts
    const shot = await map.screenshot();
    const withZone = await pixelsNear(page, shot, red, 40);
    await onMap.uncheck();
    await expect.poll(zones).not.toContain('zone');
    await page.waitForTimeout(3000);
    const alone = await pixelsNear(page, await map.screenshot(), red, 40);
    expect(alone, 'the lines are drawn').toBeGreaterThan(100);
    expect(withZone, `red pixels with the zone ${withZone}, without ${alone}`).toBeGreaterThan(0.8 * alone);
    await onMap.uncheck();
    await lines.uncheck();
    await expect.poll(legendCount).toBe('3 đối tượng trên bản đồ');
    // Its row selects the feature and zooms to it, as a table row does.
    await page.locator(`${within} li button.row-choose`).first().click();
    await expect.poll(() => page.locator('[data-testid="info-panel"]').textContent()).toContain('vanh-dai-4');
    // "Any corridor": each row names the corridor it is measured to (the polygon on Ring Road 4
    // meets it: 0 km).
    await page.locator(`${within} select`).selectOption('');
    await page.click(`${within} button[aria-label]`);
    await expect
      .poll(() => page.locator(`${within} [data-testid="user-within-count"]`).textContent())
      .toContain('một tuyến bất kỳ');
    const anyRows = await page.locator(`${within} li button.row-choose`).allTextContents();
    expect(anyRows.find((r) => r.startsWith('vanh-dai-4:'))).toMatch(/^vanh-dai-4: cách \S.+ 0,00 km$/);
    expectNoProblems(problems);
  });
});
