// The district choropleth (issue 8 §5) in the built app, on one page: the link
// #choropleth=population&classify=quantile&classes=5 shows a legend with one class per quintile of
// the districts' populations, the districts are drawn in the ramp's colours (read from screenshot
// pixels), and changing the method by keyboard updates the legend and the link. Expected values
// come from the built districts file read here with flatgeobuf and Turf, and the colours from the
// ColorBrewer package, not from the app's code.
import { readFileSync } from 'node:fs';
import turfBbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import { flattenEach } from '@turf/meta';
import pointToLineDistance from '@turf/point-to-line-distance';
import polygonToLine from '@turf/polygon-to-line';
import colorbrewer from 'colorbrewer/index.es.js';
import { geojson } from 'flatgeobuf';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeFailures, expectNoProblems, launchBrowser, newPage, openApp, type Problem } from './harness';

type District = Feature<Polygon | MultiPolygon, Record<string, unknown>>;
const root = new URL('../../', import.meta.url);

async function readDistricts(): Promise<District[]> {
  const out: District[] = [];
  const bytes = new Uint8Array(readFileSync(new URL('data/build/districts.fgb', root)));
  for await (const f of geojson.deserialize(bytes)) out.push(f as District);
  return out;
}

/** Distance (km) from `p` to the district's boundary. */
function boundaryKm(p: [number, number], d: District): number {
  let km = Infinity;
  flattenEach(polygonToLine(d as Feature<Polygon>) as never, (line: Feature<LineString>) => {
    km = Math.min(km, pointToLineDistance(p, line));
  });
  return km;
}

/**
 * A point well inside the district (at least `minKm` from its boundary) and as far as possible from
 * its label point, so a patch of pixels around it shows the fill, not the name.
 */
function interiorPoint(d: District, label: [number, number], minKm: number): [number, number] {
  const [w, s, e, n] = turfBbox(d);
  let best: { p: [number, number]; score: number } | null = null;
  for (let x = w; x <= e; x += 0.004) {
    for (let y = s; y <= n; y += 0.004) {
      const p: [number, number] = [x, y];
      if (!booleanPointInPolygon(p, d) || boundaryKm(p, d) < minKm) continue;
      const score = distance(p, label);
      if (!best || score > best.score) best = { p, score };
    }
  }
  if (!best) throw new Error(`no point ${minKm} km inside ${d.properties.code}`);
  return best.p;
}

// The camera the link asks for; the map fills the 1280 × 800 window (tile size 512, no pitch).
const Z = 10.5;
const W = 1280;
const H = 800;
/** Screen pixel of a lon/lat for a Web Mercator camera centred on `c` at zoom Z. */
function project([lon, lat]: [number, number], c: [number, number]): { x: number; y: number } {
  const world = 512 * 2 ** Z;
  const mx = (l: number) => ((l + 180) / 360) * world;
  const my = (φ: number) => {
    const r = (φ * Math.PI) / 180;
    return ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * world;
  };
  return { x: W / 2 + mx(lon) - mx(c[0]), y: H / 2 + my(lat) - my(c[1]) };
}

type RGB = [number, number, number];
const rgb = (hex: string): RGB => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as RGB;

/** The most frequent colour of a (2r+1)² patch of the page around (x, y), from a screenshot. */
async function patchColour(page: Page, x: number, y: number, r = 12): Promise<RGB> {
  const png = await page.screenshot({ clip: { x: x - r, y: y - r, width: 2 * r + 1, height: 2 * r + 1 } });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const k = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const [k] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    return [(k >> 16) & 255, (k >> 8) & 255, k & 255] as [number, number, number];
  }, png.toString('base64'));
}

/**
 * Which of `ramp` best explains `pixel` as the ramp colour laid over `background` at some opacity
 * α (0–1): for each colour the best α by least squares, then the smallest remaining error (RMS per
 * channel).
 */
function bestRampFit(pixel: RGB, background: RGB, ramp: readonly string[]) {
  const fits = ramp.map((hex, index) => {
    const c = rgb(hex);
    const d = c.map((v, i) => v - background[i]!);
    const p = pixel.map((v, i) => v - background[i]!);
    const dd = d.reduce((s, v) => s + v * v, 0);
    const alpha = dd === 0 ? 0 : Math.min(1, Math.max(0, d.reduce((s, v, i) => s + v * p[i]!, 0) / dd));
    const err = Math.sqrt(p.reduce((s, v, i) => s + (v - alpha * d[i]!) ** 2, 0) / 3);
    return { index, alpha, err };
  });
  return fits.sort((a, b) => a.err - b.err)[0]!;
}

let browser: Browser;
let page: Page;
let problems: Problem[];
let populations: number[];
let codes: string[];
let lowest: { point: [number, number]; name: string };
let highest: { point: [number, number]; name: string };
let centre: [number, number];

const legendRows = () =>
  page.$$eval('[data-testid="choropleth-class"]', (els) =>
    els.map((el) => ({
      color: (el as HTMLElement).dataset.color ?? '',
      count: Number((el as HTMLElement).dataset.count),
      range: el.querySelector('.choro-range')?.textContent ?? '',
    })),
  );

beforeAll(async () => {
  const districts = await readDistricts();
  const labels = JSON.parse(readFileSync(new URL('tiles/build/labels.geojson', root), 'utf8')) as {
    features: { properties: { code: string }; geometry: { coordinates: [number, number] } }[];
  };
  const labelOf = (code: string) =>
    labels.features.find((f) => f.properties.code === code)?.geometry.coordinates ?? [0, 0];
  populations = districts.map((d) => d.properties.population as number);
  codes = districts.map((d) => String(d.properties.code));
  const byPop = [...districts].sort(
    (a, b) => (a.properties.population as number) - (b.properties.population as number),
  );
  const at = (d: District) => ({
    point: interiorPoint(d, labelOf(d.properties.code as string) as [number, number], 1.5),
    name: d.properties.name_vi as string,
  });
  lowest = at(byPop[0]!);
  highest = at(byPop.at(-1)!);
  // Both points in view, to the right of the side panel.
  centre = [(lowest.point[0] + highest.point[0]) / 2 - 0.06, (lowest.point[1] + highest.point[1]) / 2];
  browser = await launchBrowser();
  ({ page, problems } = await newPage(browser, { viewport: { width: W, height: H } }));
  await openApp(
    page,
    `#lang=vi&layers=districts&z=${Z}&lat=${centre[1]}&lon=${centre[0]}&choropleth=population&classify=quantile&classes=5`,
  );
  await page.waitForSelector('[data-testid="choropleth-legend"]');
});

afterAll(async () => {
  await browser?.close();
});

describe('district choropleth', () => {
  it('the link shows a legend of quintiles of the nine populations, in Vietnamese number format', async () => {
    expect(populations.every((p) => typeof p === 'number' && p > 0)).toBe(true);
    const distinct = new Set(populations).size;
    const k = Math.min(5, distinct);
    const rows = await legendRows();
    expect(rows).toHaveLength(k);
    expect(rows.map((r) => r.color)).toEqual(colorbrewer.Purples[k as 5]);
    // Every district has a population: the classes hold all of them and there is no no-data entry.
    expect(rows.reduce((s, r) => s + r.count, 0)).toBe(populations.length);
    expect(await page.$('[data-testid="choropleth-nodata"]')).toBeNull();
    // The lowest class starts at the smallest population, written with Vietnamese grouping (67.917).
    const min = Math.min(...populations);
    const viNumber = String(min).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    expect(rows[0]!.range.startsWith(viNumber)).toBe(true);
    expect(await page.textContent('[data-testid="choropleth-legend"]')).toContain('Dân số (người)');
  });

  it('the section and its legend pass axe (names, contrast, landmarks)', async () => {
    expect(
      await axeFailures(page, { include: '[data-testid="choropleth"]', experimental: true, region: true }),
    ).toEqual([]);
  });

  it('draws the districts in the ramp’s colours: lightest for the fewest people, darkest for the most', async () => {
    const side = await page.$eval('.side', (el) => el.getBoundingClientRect().right);
    const lo = project(lowest.point, centre);
    const hi = project(highest.point, centre);
    for (const p of [lo, hi]) {
      expect(p.x).toBeGreaterThan(side + 20);
      expect(p.x).toBeLessThan(W - 80);
      expect(p.y).toBeGreaterThan(80);
      expect(p.y).toBeLessThan(H - 80);
    }
    const withFill = [await patchColour(page, lo.x, lo.y), await patchColour(page, hi.x, hi.y)];
    // The same spots without a choropleth: the basemap under the fill.
    await page.selectOption('[data-testid="choropleth-metric"]', '');
    await page.waitForSelector('[data-testid="choropleth-legend"]', { state: 'detached' });
    await expect
      .poll(async () => (await patchColour(page, lo.x, lo.y)).join(), { timeout: 20_000 })
      .not.toBe(withFill[0]!.join());
    const bare = [await patchColour(page, lo.x, lo.y), await patchColour(page, hi.x, hi.y)];
    const ramp = colorbrewer.Purples[5];
    const fitLo = bestRampFit(withFill[0]!, bare[0]!, ramp);
    const fitHi = bestRampFit(withFill[1]!, bare[1]!, ramp);
    expect({ district: lowest.name, index: fitLo.index }).toEqual({ district: lowest.name, index: 0 });
    expect({ district: highest.name, index: fitHi.index }).toEqual({ district: highest.name, index: 4 });
    for (const f of [fitLo, fitHi]) {
      expect(f.alpha).toBeGreaterThan(0.5);
      expect(f.err).toBeLessThan(4);
    }
    // Back on for the next test, through the same control.
    await page.selectOption('[data-testid="choropleth-metric"]', 'population');
    await page.waitForSelector('[data-testid="choropleth-legend"]');
  });

  it('changing the method by keyboard updates the legend and the link', async () => {
    await page.focus('[data-testid="choropleth-method-quantile"]');
    await page.keyboard.press('ArrowDown');
    expect(await page.isChecked('[data-testid="choropleth-method-equal_interval"]')).toBe(true);
    // Equal intervals over min–max in 5 steps; a value on an edge belongs to the lower class.
    const min = Math.min(...populations);
    const max = Math.max(...populations);
    const edges = [1, 2, 3, 4, 5].map((i) => (i === 5 ? max : min + (i * (max - min)) / 5));
    const expected = edges.map(
      (e, i) => populations.filter((p) => p <= e && (i === 0 || p > edges[i - 1]!)).length,
    );
    await expect.poll(async () => (await legendRows()).map((r) => r.count)).toEqual(expected);
    await page.waitForFunction(() => /(^|[#&])classify=equal(&|$)/.test(location.hash));
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toMatch(/(^|[#&])choropleth=population(&|$)/);
    expect(hash).toMatch(/(^|[#&])classes=5(&|$)/);
    await page.screenshot({ path: 'test-results/choropleth-equal.png' });
  });

  it('a park figure is computed by the analysis worker with the panel closed', async () => {
    // Recount from the parks file: parks per district code, leaving out those the data excludes
    // from totals (the Bàu Bàng science park may be Lai Hưng's land).
    const parks: Feature[] = [];
    const bytes = new Uint8Array(readFileSync(new URL('data/build/parks.fgb', root)));
    for await (const f of geojson.deserialize(bytes)) parks.push(f as Feature);
    const counted = parks.filter((f) => !f.properties?.totals_exclusion_reason);
    const perDistrict = new Map<string, number>();
    for (const f of counted) {
      const code = String(f.properties?.district_code);
      perDistrict.set(code, (perDistrict.get(code) ?? 0) + 1);
    }
    // A district without a park counts 0: a known zero, not a missing figure.
    const counts = codes.map((code) => perDistrict.get(code) ?? 0);
    await page.selectOption('[data-testid="choropleth-metric"]', 'park_count');
    await expect
      .poll(async () => (await legendRows()).reduce((s, r) => s + r.count, 0), { timeout: 60_000 })
      .toBe(populations.length);
    expect(await page.$('[data-testid="choropleth-nodata"]')).toBeNull();
    const rows = await legendRows();
    expect(rows.at(-1)!.range.endsWith(String(Math.max(...counts)))).toBe(true);
    expect(rows[0]!.range.startsWith(String(Math.min(...counts)))).toBe(true);
    expect(await page.$('.analysis-panel')).toBeNull();
    await page.waitForFunction(() => /(^|[#&])choropleth=park_count(&|$)/.test(location.hash));
    await page.screenshot({ path: 'test-results/choropleth-park-count.png' });
    expectNoProblems(problems);
  });
});
