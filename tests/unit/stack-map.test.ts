// The browser harness's stack mapping (tests/browser/stack-map.ts), against maps made here and the
// map maplibre-gl ships: a page error's frame must come out as the source line it was thrown at.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceMapGenerator } from 'source-map-js';
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
    // maplibre-gl.mjs line 5, column 296027 (0-based) is in its fill layer's query code.
    const dir = assetsWith('../../node_modules/maplibre-gl/dist/maplibre-gl.mjs', 5, 296027);
    const mapped = mapFrame('    at http://127.0.0.1:4173/assets/X.js:1:11', dir);
    expect(mapped).toMatch(
      /^(\S+ )?node_modules\/maplibre-gl\/src\/style\/style_layer\/fill_style_layer\.ts:\d+:\d+ \(X\.js\)$/,
    );
  });

  it('keeps a frame it cannot map as it is', () => {
    const dir = assetsWith('../../src/a.ts', 1, 0);
    expect(mapFrame('    at http://127.0.0.1:4173/assets/Other.js:1:11', dir)).toBe(
      'at http://127.0.0.1:4173/assets/Other.js:1:11',
    );
    expect(mapFrame('    at <anonymous>', dir)).toBe('at <anonymous>');
  });

  it('mappedStack drops the message line and keeps the first frames', () => {
    const stack = 'TypeError: x\n    at a (http://h/assets/None.js:1:1)\n    at b\n    at c';
    expect(mappedStack(stack, 2)).toBe('at a (http://h/assets/None.js:1:1) | at b');
    expect(mappedStack(undefined)).toBe('');
  });
});
