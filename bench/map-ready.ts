// Second half of `npm run bench` (runs after bench/bench.ts): time-to-map-ready in Chromium.
// Builds dist/ only if it is missing, serves it with `vite preview` on a free loopback port and
// loads the app LOADS times in Debian's chromium (playwright-core, SwiftShader WebGL), each time in
// a FRESH browser context (no HTTP cache or storage shared between loads). A load's time is from
// navigation start (performance.timeOrigin) to `document.documentElement.dataset.mapReady ===
// 'true'`, read inside the page so Node-side scheduling does not count.
//   - ours: the app's default view `/#lang=vi` (basemap + every default data layer);
//   - peer: the same app with every data layer off (`/#layers=&lang=vi`). A bare MapLibre page is
//     not in dist/ and dist/ must stay the shipped app, so this is the cleanest peer available: it
//     pays the same bundle, style, tiles and fonts, so the ratio isolates the data layers' cost.
//   - split: side by side (`/#compare=split&lang=vi`, both maps drawing every default layer), its
//     own row with the single default view as peer; the page is ready when BOTH maps are. Issue 8
//     asks for split under 1.5× one map, i.e. this row's ratio (peer ÷ ours) above 0.67; the row
//     also states split ÷ single directly (`split_over_single`).
// Medians of LOADS; ratio = peer_ms / ours_ms like the other rows (below 1 means the data layers
// cost time); agree = every load reached mapReady with no console error or page error. Appends its
// rows to bench/results.json (replacing rows of an earlier map-ready run) and prints them.
import type { Browser } from 'playwright-core';
import { median, replaceResultRows, runMain, withBuiltApp } from './lib';

const LOADS = 5;
const TIMEOUT_MS = 90_000;
const NAME_PREFIX = 'time to map ready';

interface Load {
  ms: number;
  ok: boolean;
}

async function loadOnce(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    let errors = 0;
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors++;
    });
    page.on('pageerror', () => errors++);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, {
      timeout: TIMEOUT_MS,
      polling: 50,
    });
    const ms = await page.evaluate(() => performance.now());
    return { ms, ok: errors === 0 };
  } catch (err) {
    process.stderr.write(`map-ready load failed: ${(err as Error).message}\n`);
    return { ms: Number.NaN, ok: false };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const rows = await withBuiltApp(async (browser, base) => {
    const rows = [];
    const ours: Load[] = [];
    const peer: Load[] = [];
    const split: Load[] = [];
    // Interleaved so a slowdown of the shared machine hits both sides alike.
    for (let i = 0; i < LOADS; i++) {
      ours.push(await loadOnce(browser, `${base}#lang=vi`));
      peer.push(await loadOnce(browser, `${base}#layers=&lang=vi`));
      split.push(await loadOnce(browser, `${base}#compare=split&lang=vi`));
      process.stderr.write(
        `map-ready load ${i + 1}/${LOADS}: ours ${ours[i]!.ms.toFixed(0)} ms, peer ${peer[i]!.ms.toFixed(0)} ms, split ${split[i]!.ms.toFixed(0)} ms\n`,
      );
    }
    const oursMs = median(ours.map((l) => l.ms));
    const peerMs = median(peer.map((l) => l.ms));
    rows.push({
      name: `${NAME_PREFIX} (Chromium, SwiftShader, default view #lang=vi)`,
      size: LOADS,
      ours_ms: +oursMs.toFixed(1),
      peer: 'same app, every data layer off (#layers=): basemap only',
      peer_ms: +peerMs.toFixed(1),
      ratio: +(peerMs / oursMs).toFixed(2),
      agree: ours.every((l) => l.ok) && peer.every((l) => l.ok),
      peer_sample: `median of ${LOADS} loads each, fresh context per load`,
    });
    const splitMs = median(split.map((l) => l.ms));
    rows.push({
      name: `${NAME_PREFIX} (Chromium, SwiftShader, side by side #compare=split&lang=vi: two maps)`,
      size: LOADS,
      ours_ms: +splitMs.toFixed(1),
      peer: 'same app, one map (default view #lang=vi)',
      peer_ms: +oursMs.toFixed(1),
      ratio: +(oursMs / splitMs).toFixed(2),
      split_over_single: +(splitMs / oursMs).toFixed(2),
      agree: split.every((l) => l.ok) && ours.every((l) => l.ok),
      peer_sample: `median of ${LOADS} loads each, fresh context per load, interleaved with the rows above`,
    });
    return rows;
  });
  console.log('\n| name | size | ours_ms | peer | peer_ms | ratio | agree |');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.size} loads | ${r.ours_ms} | ${r.peer} | ${r.peer_ms} | ${r.ratio}× | ${r.agree} |`,
    );
  }
  replaceResultRows(NAME_PREFIX, rows);
}

runMain(main);
