import { createReadStream, existsSync, statSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// Built outputs live beside their sources (data/build, tiles/build) and are git-ignored: the
// boundaries they derive from are GPL-3.0 and must never enter the repository. This plugin serves
// them at /data and /tiles in dev and preview, and copies them into dist/ on build.
const MOUNTS: Record<string, string> = { '/data/': 'data/build', '/tiles/': 'tiles/build' };
const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.fgb': 'application/octet-stream',
  '.geojson': 'application/geo+json',
  '.txt': 'text/plain; charset=utf-8',
  '.pbf': 'application/x-protobuf',
};

function builtData(): Plugin {
  const root = process.cwd();
  const middleware = (
    req: { url?: string },
    res: import('node:http').ServerResponse,
    next: () => void,
  ): void => {
    const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    const prefix = Object.keys(MOUNTS).find((p) => url.startsWith(p));
    if (!prefix) {
      next();
      return;
    }
    const dir = resolve(root, MOUNTS[prefix]!);
    const file = normalize(join(dir, url.slice(prefix.length)));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      next();
      return;
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Content-Length', statSync(file).size);
    res.setHeader('Cache-Control', 'no-cache');
    createReadStream(file).pipe(res);
  };
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

export default defineConfig({
  // Relative base: the built app works from any sub-path (an official's web page embedding it).
  base: './',
  plugins: [react(), builtData()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
