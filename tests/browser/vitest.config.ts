import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests: `npm run test:browser` builds the app first (vite build), then this config starts
// one `vite preview` server for the whole run (global-setup.ts) and each test file launches its own
// Chromium through playwright-core (harness.ts). Timeouts are generous: CI has 2 cores and renders
// WebGL in software (SwiftShader).
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // expect.poll's own default (1 s) is shorter than one busy frame here plus the URL's 300 ms
    // write delay: a clean-clone CI run failed a camera assertion that passes locally because the
    // hash had not been written yet. A poll that can still fail, only later.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    // One Chromium at a time: two software-rendered browsers on 2 cores only slow each other down.
    fileParallelism: false,
    maxWorkers: 1,
  },
});
