// Plumbing shared by the benches: where results go, how a run replaces its earlier rows, the median,
// and serving the built app with `vite preview` to Debian's Chromium (playwright-core). Kept apart
// from each bench so the measured code stays the only thing in each file.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium } from '../tests/browser/chromium';

/** The repository root, with a trailing slash. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** bench/results.json: one JSON array of rows, each with at least a `name`. */
export const RESULTS = `${ROOT}bench/results.json`;

/**
 * Writes `rows` to bench/results.json in place of every earlier row whose name starts with
 * `namePrefix` (an earlier run of the same bench), keeping the other benches' rows.
 */
export function replaceResultRows(namePrefix: string, rows: readonly object[]): void {
  const earlier: { name: string }[] = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : [];
  const kept = earlier.filter((r) => !r.name.startsWith(namePrefix));
  writeFileSync(RESULTS, `${JSON.stringify([...kept, ...rows], null, 2)}\n`);
  console.log(`Appended ${rows.length} row(s) to ${RESULTS}`);
}

/** The median of `values` (the mean of the middle two for an even count); NaN for none. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Builds dist/ if it is missing (not timed), serves it with `vite preview` on a free loopback port,
 * launches Chromium and runs `use(browser, base)` with `base` like `http://127.0.0.1:PORT/`. The
 * browser and the server are closed afterwards, also when `use` throws.
 */
export async function withBuiltApp<T>(use: (browser: Browser, base: string) => Promise<T>): Promise<T> {
  if (!existsSync(`${ROOT}dist/index.html`)) {
    console.log('dist/ is missing: running `vite build` first (not timed).');
    execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const server = await preview({
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const browser = await launchChromium().catch(async (err) => {
    await server.close();
    throw err;
  });
  try {
    const address = server.httpServer.address() as AddressInfo | null;
    if (!address || typeof address === 'string') throw new Error('vite preview did not start');
    return await use(browser, `http://127.0.0.1:${address.port}/`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Runs a bench's `main`, printing any error and exiting with status 1 on failure. */
export function runMain(main: () => Promise<void>): void {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
