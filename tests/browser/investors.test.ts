// Investors (issue 9) in the built app, keyboard only, on one page: a `#parks=a,b,c` link opens the
// comparison of those three; the explorer filtered to "existing parks within 10 km of an
// expressway" lists exactly the parks this test finds with @turf/point-to-line-distance on the
// built layers; the site score follows a change of one weight as the documented rule computed here
// by hand predicts.
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuiltLayers } from '../../src/analysis/node-data';
import { axeFailures, expectNoProblems, openSettledApp, type Problem } from './harness';

const COMPARED = ['vsip_1', 'song_than_2', 'my_phuoc_3'];

let browser: Browser;
let page: Page;
let problems: Problem[];
let parks: Feature[];
let expressways: Feature<LineString | MultiLineString>[];
/** The ids the filtered list showed (test 2), for picking. */
let listed: string[] = [];

/** A park's location: its point, or the mean of its circular footprint's vertices (its centre). */
function locationOf(park: Feature): Position {
  const g = park.geometry;
  if (g.type === 'Point') return g.coordinates;
  if (g.type !== 'Polygon') throw new Error(`park ${park.properties?.id}: ${g.type}`);
  const ring = g.coordinates[0]!.slice(0, -1);
  return [0, 1].map((k) => ring.reduce((s, c) => s + c[k]!, 0) / ring.length);
}

function expresswayKm(park: Feature): number {
  const pt = locationOf(park);
  return Math.min(
    ...expressways.flatMap((l) =>
      (l.geometry.type === 'LineString' ? [l.geometry.coordinates] : l.geometry.coordinates).map((c) =>
        pointToLineDistance(pt, { type: 'LineString', coordinates: c }, { units: 'kilometers' }),
      ),
    ),
  );
}

/** Presses Tab until the focused element matches `selector` (keyboard only); fails after `max`. */
async function tabTo(selector: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const listIds = () =>
  page.$$eval('[data-testid="park-cards"] article[data-park-id]', (els) =>
    els.map((e) => (e as HTMLElement).dataset.parkId!),
  );
const rankingIds = () =>
  page.$$eval('[data-testid="score-ranking"] > li[data-park-id]', (els) =>
    els.filter((e) => (e as HTMLElement).dataset.score !== '').map((e) => (e as HTMLElement).dataset.parkId!),
  );

/** Serious or critical axe violations, and content outside any landmark, in the current view. */
async function axeViolations(state: string): Promise<string[]> {
  return (await axeFailures(page, { experimental: true, region: true })).map((f) => `${state}: ${f}`);
}

async function setWeight(criterion: string, value: number): Promise<void> {
  await tabTo(`input[data-weight="${criterion}"]`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(String(value));
}

beforeAll(async () => {
  const raw = await readBuiltLayers();
  parks = raw.parks as Feature[];
  expressways = (raw.corridors as Feature[]).filter((c) => c.properties?.kind === 'expressway') as Feature<
    LineString | MultiLineString
  >[];
  ({ browser, page, problems } = await openSettledApp(`#lang=en&parks=${COMPARED.join(',')}`));
});

afterAll(async () => {
  await browser?.close();
});

describe('investors', () => {
  it('#parks=a,b,c opens the comparison of those three, in that order', async () => {
    await page.waitForSelector('[data-testid="comparison"]');
    const heads = await page.$$eval('.comparison-table thead th[data-park-id]', (els) =>
      els.map((e) => (e as HTMLElement).dataset.parkId),
    );
    expect(heads).toEqual(COMPARED);
    const rows = await page.$$eval('.comparison-table tbody tr', (els) => els.length);
    expect(rows).toBeGreaterThanOrEqual(20);
    expect(await axeViolations('comparison')).toEqual([]);
    await page.waitForFunction(() => /(^|[#&])parks=vsip_1,song_than_2,my_phuoc_3(&|$)/.test(location.hash));
  });

  it('Escape leaves the comparison for the list; existing parks within 10 km of an expressway', async () => {
    await page.focus('#explorer-title');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="park-cards"]');
    await page.waitForFunction(() => !document.querySelector('.park-card dd')?.textContent?.includes('…'));
    await tabTo('input[data-status="existing"]');
    await page.keyboard.press('Space');
    await tabTo('[data-testid="explorer-km-expressway"]');
    await page.keyboard.type('10');
    const expected = parks
      .filter((p) => p.properties?.status === 'existing' && expresswayKm(p) <= 10)
      .map((p) => String(p.properties?.id))
      .sort();
    // Not a vacuous filter: some existing parks are farther than 10 km.
    const existing = parks.filter((p) => p.properties?.status === 'existing').length;
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(existing);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="park-cards"] article').length === n,
      expected.length,
    );
    expect((await listIds()).sort()).toEqual(expected);
    // The map draws the same parks normally and dims the rest.
    await page.waitForFunction(
      (ids) => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.highlightParks === ids,
      expected.join(' '),
    );
    expect(await page.textContent('[data-testid="explorer-count"]')).toBe(
      `${expected.length} of ${parks.length} parks`,
    );
    expect(await axeViolations('explorer list')).toEqual([]);
    listed = expected;
  });

  it('a card shows its park on the map; the info panel adds it as the fourth; a fifth is refused', async () => {
    const [fourth, fifth] = listed.filter((id) => !COMPARED.includes(id));
    expect(fifth).toBeDefined();
    await tabTo(`article[data-park-id="${fourth}"] .park-show`);
    await page.keyboard.press('Enter');
    const name = await page.textContent(`article[data-park-id="${fourth}"] h3`);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="info-panel"] h2')?.textContent === n,
      name,
    );
    await tabTo('[data-testid="info-pick"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction((h) => location.hash.includes(`parks=${h}`), [...COMPARED, fourth].join(','));
    await tabTo(`article[data-park-id="${fifth}"] .park-pick`);
    await page.keyboard.press('Enter');
    expect(await page.textContent('[data-testid="pick-refused"]')).toMatch(
      /^At most 4 parks can be compared; .+ was not added\.$/,
    );
    expect(await page.getAttribute(`article[data-park-id="${fifth}"] .park-pick`, 'aria-pressed')).toBe(
      'false',
    );
  });

  it('changing one weight reorders the ranking as the documented rule predicts', async () => {
    await tabTo('button[data-view="score"]');
    await page.keyboard.press('Enter');
    for (const c of ['expressway', 'road', 'seaport', 'airport', 'icd_rail', 'status', 'occupancy'])
      await setWeight(c, 0);
    await setWeight('area', 1);
    // Area alone: largest first (parks of unknown area have no score); ties by id.
    const area = (p: Feature) => p.properties?.area_ha as number | null;
    const byArea = parks
      .filter((p) => typeof area(p) === 'number')
      .sort((a, b) => area(b)! - area(a)! || String(a.properties?.id).localeCompare(String(b.properties?.id)))
      .map((p) => String(p.properties?.id));
    await page.waitForFunction(
      (first) =>
        document.querySelector<HTMLElement>('[data-testid="score-ranking"] > li')?.dataset.parkId === first,
      byArea[0],
    );
    expect(await rankingIds()).toEqual(byArea);

    // Now expressway 0 → 1: score = mean of the two min–max scaled values (distance inverted,
    // capped at 50 km); a park of unknown area is scored on the expressway alone.
    const km = parks.map((p) => Math.min(expresswayKm(p), 50));
    const areas = parks.map(area).filter((a): a is number => typeof a === 'number');
    const [kmin, kmax, amin, amax] = [
      Math.min(...km),
      Math.max(...km),
      Math.min(...areas),
      Math.max(...areas),
    ];
    const scored = parks
      .map((p, i) => {
        const e = (100 * (kmax - km[i]!)) / (kmax - kmin);
        const a = area(p);
        const s = typeof a === 'number' ? (e + (100 * (a - amin)) / (amax - amin)) / 2 : e;
        return { id: String(p.properties?.id), s };
      })
      .sort((x, y) => y.s - x.s);
    await setWeight('expressway', 1);
    await page.waitForFunction(
      (first) =>
        document.querySelector<HTMLElement>('[data-testid="score-ranking"] > li')?.dataset.parkId === first,
      scored[0]!.id,
    );
    const after = await rankingIds();
    expect(after).not.toEqual(byArea);
    expect(after.slice(0, 5)).toEqual(scored.slice(0, 5).map((x) => x.id));
    await page.waitForFunction(() => /(^|[#&])weights=expressway:1,road:0,/.test(location.hash));
    // Scores do not depend on the filters: every park of known area or distance is ranked.
    expect(after.length).toBe(parks.length);
    expect(await axeViolations('site score')).toEqual([]);
  });

  it('keyboard: Escape closes the explorer and returns the focus to its toggle; no console problems', async () => {
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="explorer-panel"]', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('explorer-toggle');
    expectNoProblems(problems);
  });
});
