// Names the source lines of an uncaught page error. The browser tests run the minified build, so a
// page error's stack reads "App-fEjGtV-.js:1:48213", which says nothing once the CI machine is gone.
// `npm run test:browser` builds with hidden source maps (the .map files are written, the chunks do
// not point at them, so the served app is the same as the deployed one); this maps each frame of a
// stack through them. Without a .map beside the chunk a frame is kept as it is.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
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
  const m = /node_modules\/.*$/.exec(p.source);
  if (!m) return p;
  const c = consumerOf(join(ROOT, `${m[0]}.map`));
  const q = c?.originalPositionFor({ line: p.line, column: p.column });
  if (!q?.source) return p;
  const source = `${m[0].replace(/[^/]+$/, '')}${q.source}`.replace(/[^/]+\/\.\.\//g, '');
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
    source: found.source.replace(/^(\.\.\/)+/, '').replace(/.*node_modules\//, 'node_modules/'),
    line: found.line,
    column: found.column,
    name: found.name ?? null,
  });
  return `${p.name ? `${p.name} ` : ''}${p.source}:${p.line}:${p.column + 1} (${chunk})`;
}

/** The first `frames` frames of an Error's stack, each mapped to its source (mapFrame). */
export function mappedStack(stack: string | undefined, frames = 6): string {
  return (stack ?? '')
    .split('\n')
    .slice(1, frames + 1)
    .map((frame) => mapFrame(frame))
    .join(' | ');
}
