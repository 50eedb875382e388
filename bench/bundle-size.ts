// Part of `npm run bench` (after `vite build`): the JavaScript each entry of the app really loads,
// gzip-compressed. Serves dist/ with `vite preview`, opens each entry in Debian's Chromium
// (playwright-core) in a fresh context, waits for the map to be ready and the network to go quiet
// (the deferred panels' chunks included), and records every JavaScript response of the page and of
// its workers (MapLibre's worker, the analysis worker when it starts). Each file is read from dist/
// and gzip-compressed with node's zlib (level 9, as a static host would pre-compress), so the sizes
// do not depend on how the preview server encodes them. Entries:
//   - the full viewer, default view (`#lang=vi`);
//   - the embed of the curated layers (`#embed=1&lang=vi`), issue 11's target: ≤ 550 KB.
// Appends rows with `unit: "KB"` to bench/results.json (replacing an earlier run's rows) and prints
// the files of each entry.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { ROOT, replaceResultRows, runMain, withBuiltApp } from './lib';

const NAME_PREFIX = 'loaded JavaScript, gzip';
const EMBED_TARGET_KB = 550;

const ENTRIES = [
  { label: 'full viewer, default view #lang=vi', hash: '#lang=vi' },
  {
    label: 'embed of the curated layers #embed=1&lang=vi',
    hash: '#embed=1&lang=vi',
    target: EMBED_TARGET_KB,
  },
];

/** The gzip size (bytes) of a built file, by its path under dist/. */
function gzipBytes(path: string): number {
  return gzipSync(readFileSync(`${ROOT}dist${path}`), { level: 9 }).length;
}

/** The paths (under dist/) of every JavaScript file the entry fetched: page, chunks and workers. */
async function loadedScripts(browser: Browser, url: string): Promise<{ files: string[]; ok: boolean }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
  const files = new Set<string>();
  let errors = 0;
  const origin = new URL(url).origin;
  context.on('response', (res) => {
    const u = new URL(res.url());
    if (u.origin === origin && /\.m?js$/.test(u.pathname)) files.add(u.pathname);
  });
  try {
    const page = await context.newPage();
    page.on('pageerror', () => errors++);
    page.on('console', (m) => {
      if (m.type() === 'error') errors++;
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, {
      timeout: 120_000,
      polling: 100,
    });
    await page.waitForLoadState('networkidle');
    // Workers' own imports arrive after their start: a moment of quiet more.
    await page.waitForTimeout(1500);
    return { files: [...files].sort(), ok: errors === 0 };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const rows = await withBuiltApp(async (browser, base) => {
    const rows = [];
    for (const entry of ENTRIES) {
      const { files, ok } = await loadedScripts(browser, `${base}${entry.hash}`);
      const sizes = files.map((f) => ({ file: f, kb: gzipBytes(f) / 1024 }));
      const total = sizes.reduce((s, x) => s + x.kb, 0);
      console.log(`\n${entry.label}: ${total.toFixed(1)} KB gzip in ${files.length} files`);
      for (const s of sizes.sort((a, b) => b.kb - a.kb))
        console.log(`  ${s.kb.toFixed(1).padStart(7)} KB  ${s.file}`);
      rows.push({
        name: `${NAME_PREFIX} (${entry.label})`,
        unit: 'KB',
        value: +total.toFixed(1),
        size: files.length,
        files: sizes.map((s) => `${s.file.replace(/^\/assets\//, '')} ${s.kb.toFixed(1)}`),
        ...(entry.target ? { target: entry.target, within_target: total <= entry.target } : {}),
        agree: ok,
      });
    }
    return rows;
  });
  replaceResultRows(NAME_PREFIX, rows);
}

runMain(main);
