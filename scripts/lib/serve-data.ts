// Serving the built data (data/build, tiles/build) in the dev and preview servers, the way a
// static host or object store serves it in production: with HTTP Range and HEAD, so the viewer can
// read a large FlatGeobuf layer by bounding box (only the index and the matching features).
//
// The file serving is `send` (the Express/pillarjs static file sender): single byte ranges answer
// 206 with Content-Range, a range starting past the end 416 with `Content-Range: bytes */size`,
// suffix ranges (`bytes=-500`) and open ranges (`bytes=500-`) are understood, HEAD answers the
// headers only, and every answer says `Accept-Ranges: bytes`. A request for several ranges at once
// (`bytes=0-9,20-29`) gets 200 with the whole file, as does a Range header send cannot parse:
// the viewer never asks for several (the spec allows a server to ignore Range that way). sirv,
// which Vite uses, was tried first: it answers `bytes=0-0` with the whole file as a 206, reads
// `bytes=-500` as the first 501 bytes and sends no Accept-Ranges on a 200, so it was not used.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import send from 'send';

const TYPES: Record<string, string> = {
  json: 'application/json',
  fgb: 'application/octet-stream',
  geojson: 'application/geo+json',
  txt: 'text/plain; charset=utf-8',
  pbf: 'application/x-protobuf',
};

/**
 * A connect-style middleware serving `mounts` (URL prefix ending in "/" → directory, relative to
 * `root`). Requests outside the prefixes, and files that do not exist, go to `next`. Only GET and
 * HEAD are answered. Paths with `..` segments or dot-files are refused by `send` (403 / next).
 */
export function dataMiddleware(root: string, mounts: Record<string, string>) {
  const dirs = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(root, dir)] as const);
  return (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void): void => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const mount = dirs.find(([prefix]) => path.startsWith(prefix));
    if (!mount || (req.method !== 'GET' && req.method !== 'HEAD')) {
      next();
      return;
    }
    const [prefix, dir] = mount;
    send(req, path.slice(prefix.length - 1), { root: dir, index: false, dotfiles: 'ignore', etag: true })
      .on('headers', (response: ServerResponse, file: string) => {
        const type = TYPES[file.slice(file.lastIndexOf('.') + 1)];
        if (type) response.setHeader('Content-Type', type);
        // The built data changes with every build; revalidate (ETag / Last-Modified) each time.
        response.setHeader('Cache-Control', 'no-cache');
        response.setHeader('Access-Control-Expose-Headers', 'Content-Range, Content-Length, Accept-Ranges');
      })
      .on('error', (err: { status?: number; headers?: Record<string, string> }) => {
        if (err.status === 404) {
          next();
          return;
        }
        res.writeHead(err.status ?? 500, err.headers ?? {}).end();
      })
      .pipe(res);
  };
}
