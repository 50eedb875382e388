// The browser harness's stack mapping (tests/browser/stack-map.ts), against maps made here and the
// map maplibre-gl ships: a page error's frame must come out as the source line it was thrown at.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceMapConsumer, SourceMapGenerator } from 'source-map-js';
import { describe, expect, it } from 'vitest';
import { mapFrame, mappedStack } from '../browser/stack-map';

/** A directory holding X.js.map whose (1, 10) is `source` at (line, column) named `name`. */
function assetsWith(source: string, line: number, column: number, name?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'stack-map-'));
  const g = new SourceMapGenerator({ file: 'X.js' });
  g.addMapping({ generated: { line: 1, column: 10 }, original: { line, column }, source, name });
  writeFileSync(join(dir, 'X.js.map'), g.toString());
  return dir;
}

describe('mapFrame', () => {
  it('names the app source line, 1-based columns as in a stack', () => {
    const dir = assetsWith('../../src/map/native/pick.ts', 45, 4, 'pickAt');
    expect(mapFrame('    at t (http://127.0.0.1:4173/assets/X.js:1:11)', dir)).toBe(
      'pickAt src/map/native/pick.ts:45:5 (X.js)',
    );
  });

  it('goes on through a dependency’s own map (maplibre-gl ships minified, with its map)', () => {
    // Where maplibre-gl's minified build has a line of its fill layer's source, by its own map.
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const dist = join(root, 'node_modules/maplibre-gl/dist/maplibre-gl.mjs.map');
    const own = new SourceMapConsumer(JSON.parse(readFileSync(dist, 'utf8')));
    const source = own.sources.find((s) => s.endsWith('src/style/style_layer/fill_style_layer.ts'));
    expect(source).toBeDefined();
    const at = own.generatedPositionFor({
      source: source!,
      line: 51,
      column: 0,
      bias: SourceMapConsumer.LEAST_UPPER_BOUND,
    });
    expect(at.line).toBeGreaterThan(0);
    const dir = assetsWith('../../node_modules/maplibre-gl/dist/maplibre-gl.mjs', at.line, at.column);
    const mapped = mapFrame('    at http://127.0.0.1:4173/assets/X.js:1:11', dir);
    expect(mapped).toMatch(
      /^(\S+ )?node_modules\/maplibre-gl\/src\/style\/style_layer\/fill_style_layer\.ts:5\d:\d+ \(X\.js\)$/,
    );
  });

  it('keeps a frame it cannot map as it is', () => {
    const dir = assetsWith('../../src/a.ts', 1, 0);
    expect(mapFrame('    at http://127.0.0.1:4173/assets/Other.js:1:11', dir)).toBe(
      'at http://127.0.0.1:4173/assets/Other.js:1:11',
    );
    expect(mapFrame('    at <anonymous>', dir)).toBe('at <anonymous>');
  });

  it('mappedStack keeps the first frames, past a message of several lines', () => {
    const stack =
      'TypeError: x\n  second line of the message\n    at a (http://h/assets/None.js:1:1)\n    at b\n    at c';
    expect(mappedStack(stack, 2)).toBe('at a (http://h/assets/None.js:1:1) | at b');
    expect(mappedStack(undefined)).toBe('');
  });

  it('mappedStack gives the frames unmapped when a map cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stack-map-'));
    writeFileSync(join(dir, 'Broken.js.map'), '{ not json');
    const frame = '    at http://127.0.0.1:4173/assets/Broken.js:1:11';
    expect(() => mapFrame(frame, dir)).toThrow();
    expect(mappedStack(`E\n${frame}`, 6, dir)).toBe(frame.trim());
  });
});
