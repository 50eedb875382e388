// Starts `vite preview` on a free loopback port, serving dist/ (with data/ and tiles/ copied into
// it by the build), and hands its URL to the test files through `inject('baseUrl')`.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  for (const file of ['dist/index.html', 'dist/data/catalog.json']) {
    if (!existsSync(`${root}/${file}`)) {
      throw new Error(
        `${file} is missing: run the browser tests with \`npm run test:browser\` (it builds first).`,
      );
    }
  }
  const server = await preview({
    root,
    configFile: `${root}/vite.config.ts`,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') throw new Error('vite preview did not start');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
  };
}
