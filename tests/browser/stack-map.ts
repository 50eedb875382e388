// Names the source lines of an uncaught page error. The browser tests run the minified build, so a
// page error's stack reads "App-fEjGtV-.js:1:48213", which says nothing once the CI machine is gone.
// `npm run test:browser` builds with hidden source maps (the .map files are written beside the
// chunks, which do not point at them); this maps each frame of a stack through them. Without a .map
// beside the chunk a frame is kept as it is. (`npm run build` empties dist/ again before a deploy.)
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceMapConsumer } from 'source-map-js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASSETS = join(ROOT, 'dist/assets');
const consumers = new Map<string, SourceMapConsumer | null>();

function consumerOf(path: string): SourceMapConsumer | null {
  if (!consumers.has(path)) {
    consumers.set(
      path,
      existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8'))) : null,
    );
  }
  return consumers.get(path) ?? null;
}

interface Position {
  source: string;
  line: number;
  column: number;
  name: string | null;
}

/**
 * A dependency shipped minified (maplibre-gl.mjs) is one line in Vite's map: when it ships its own
 * map, one more step names its function and source file.
 */
function throughDependency(p: Position): Position {
  // From the first node_modules/ on (the leftmost match: a nested dependency keeps its whole path).
  const m = /node_modules\/.*$/.exec(p.source);
  if (!m) return p;
  const c = consumerOf(join(ROOT, `${m[0]}.map`));
  const q = c?.originalPositionFor({ line: p.line, column: p.column });
  if (!q?.source) return p;
  const source = posix.normalize(`${m[0].replace(/[^/]+$/, '')}${q.source}`);
  return { source, line: q.line, column: q.column, name: q.name ?? p.name };
}

/**
 * One frame "…/assets/X.js:L:C" as "name src/a/b.ts:L:C (X.js)" through `assets`/X.js.map; other
 * text, or a chunk with no map, as it is.
 */
export function mapFrame(frame: string, assets = ASSETS): string {
  const m = /(\S*\/assets\/([^/:\s]+\.js)):(\d+):(\d+)/.exec(frame);
  if (!m) return frame.trim();
  const [, , chunk, line, column] = m as unknown as [string, string, string, string, string];
  const c = consumerOf(join(assets, `${basename(chunk)}.map`));
  const found = c?.originalPositionFor({ line: Number(line), column: Number(column) - 1 });
  if (!found?.source) return frame.trim();
  const p = throughDependency({
    source: found.source.replace(/^(\.\.\/)+/, '').replace(/^.*?node_modules\//, 'node_modules/'),
    line: found.line,
    column: found.column,
    name: found.name ?? null,
  });
  return `${p.name ? `${p.name} ` : ''}${p.source}:${p.line}:${p.column + 1} (${chunk})`;
}

/**
 * The first `frames` frames of an Error's stack (V8's "    at …" lines: a message of several lines
 * is skipped), each mapped to its source (mapFrame). A map that cannot be read leaves the frames as
 * they are: the error itself must still be reported.
 */
export function mappedStack(stack: string | undefined, frames = 6, assets = ASSETS): string {
  const lines = (stack ?? '')
    .split('\n')
    .filter((l) => /^\s*at /.test(l))
    .slice(0, frames);
  try {
    return lines.map((frame) => mapFrame(frame, assets)).join(' | ');
  } catch {
    return lines.map((l) => l.trim()).join(' | ');
  }
}
