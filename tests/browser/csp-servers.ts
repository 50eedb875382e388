// Two static servers for the embed test: the built app (dist/) with the README's
// Content-Security-Policy (deploy/content-security-policy.txt) plus a frame-ancestors naming the
// second server, and a "government page" origin serving public/embed-example.html under its own
// strict policy, its frame pointed at the first origin. `send` handles Range (the layer files).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import send from 'send';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The deployment policy as documented (one line of directives). */
export const DEPLOY_CSP = readFileSync(`${ROOT}deploy/content-security-policy.txt`, 'utf8').trim();

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export interface CspServers {
  app: string;
  page: string;
  /** Paths the page server was asked for and does not have (answered 404), in order. */
  missing: string[];
  close: () => Promise<void>;
}

export async function startCspServers(): Promise<CspServers> {
  let pageOrigin = '';
  let appOrigin = '';
  const missing: string[] = [];
  const app = createServer((req, res) => {
    res.setHeader('Content-Security-Policy', `${DEPLOY_CSP}; frame-ancestors 'self' ${pageOrigin}`);
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    send(req, path, { root: `${ROOT}dist`, index: ['index.html'] }).pipe(res);
  });
  const page = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'none'; style-src 'self'; img-src 'self'; frame-src ${appOrigin}; base-uri 'none'`,
    );
    if (path === '/embed-example.html') {
      const html = readFileSync(`${ROOT}public/embed-example.html`, 'utf8').replace(
        'src="./#',
        `src="${appOrigin}/#`,
      );
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(html);
    } else if (path === '/embed-example.css') {
      res.setHeader('Content-Type', 'text/css; charset=utf-8');
      res.end(readFileSync(`${ROOT}public/embed-example.css`));
    } else if (path === '/embed-example-icon.svg') {
      // The portal's icon, which the page links (else the browser asks for /favicon.ico).
      res.setHeader('Content-Type', 'image/svg+xml');
      res.end(readFileSync(`${ROOT}public/embed-example-icon.svg`));
    } else {
      missing.push(path);
      res.statusCode = 404;
      res.end();
    }
  });
  appOrigin = await listen(app);
  pageOrigin = await listen(page);
  return {
    app: appOrigin,
    page: pageOrigin,
    missing,
    close: async () => {
      await Promise.all([app, page].map((s) => new Promise((r) => s.close(r))));
    },
  };
}
