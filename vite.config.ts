import { existsSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { localeSplit } from './scripts/lib/locale-split.ts';
import { dataMiddleware } from './scripts/lib/serve-data.ts';

// Built outputs live beside their sources (data/build, tiles/build) and are git-ignored: the
// boundaries they derive from are GPL-3.0 and must never enter the repository. This plugin serves
// them at /data and /tiles in dev and preview, and copies them into dist/ on build.
const MOUNTS: Record<string, string> = { '/data/': 'data/build', '/tiles/': 'tiles/build' };

function builtData(): Plugin {
  const root = process.cwd();
  // With HTTP Range and HEAD (scripts/lib/serve-data.ts), as a production static host.
  const middleware = dataMiddleware(root, MOUNTS);
  return {
    name: 'built-data',
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
    async writeBundle(options) {
      const outDir = options.dir ?? resolve(root, 'dist');
      for (const [prefix, dir] of Object.entries(MOUNTS)) {
        if (existsSync(resolve(root, dir))) {
          await cp(resolve(root, dir), join(outDir, prefix), { recursive: true });
        }
      }
    },
  };
}

/** Modules of the first-paint `core` chunk (module ids; a messages module only as vi.ts's cut). */
const FIRST_PAINT_CORE =
  /(\/src\/(state\/(language|layers|layer-order|filters)|i18n\/(format|plural|tables|vi|index)|lib\/(search|filter)|analysis\/qualified|map\/colors|data\/schema)\.ts$|\/src\/i18n\/[\w-]+-messages\.ts\?locale=vi-core$|\/node_modules\/(react|zustand)\/)/;

export default defineConfig({
  // Relative base: the built app works from any sub-path (an official's web page embedding it).
  base: './',
  plugins: [react(), builtData(), localeSplit()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      output: {
        // Seven hash characters instead of eight (the fewest rolldown allows for this many chunks):
        // the names of the lazy chunks fill the preload lists of the first paint (≈ 100 bytes gzip of
        // the embed's 550 KB budget).
        chunkFileNames: 'assets/[name]-[hash:7].js',
        // The small modules every first paint runs (language and locale core, layer and filter
        // stores, React's runtime and zustand) are shared with lazy chunks, so the bundler would
        // cut them into five small files: one file compresses better and is one request less.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [{ name: 'core', test: FIRST_PAINT_CORE }],
        },
      },
    },
  },
  // The dev server pre-bundles every dependency it finds from these entries at start. From
  // index.html alone it missed those only the import worker and lazy panels reach (shpjs,
  // papaparse, proj4…): found at the first import, they made Vite reload the page, and that first
  // import was lost.
  optimizeDeps: {
    entries: [
      'index.html',
      'src/**/*.{ts,tsx}',
      '!src/**/*.test.{ts,tsx}',
      '!src/**/test-*.ts',
      '!src/i18n/hardcoded-scan.ts',
    ],
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
