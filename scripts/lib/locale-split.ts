// A build plugin: each src/i18n/*-messages.ts holds one area's Vietnamese and English tables
// (`fooVi`, `fooEn`), which keeps the two languages side by side for the people editing them. A
// module is bundled whole, though, so the Vietnamese first paint would also carry every eagerly
// spread area's English half. This plugin hands vi.ts and vi-lazy.ts a copy of each messages module
// without its English table, and en.ts a copy without its Vietnamese one (module ids with
// `?locale=`); everything else (tests, the type checker) sees the files as written.
//
// It also moves vi.ts's own keys of the panels that load on demand (DEFERRED below: the analysis
// panel, the feature details and chooser, number input) out of the first chunk into vi-deferred.ts,
// which vi-lazy.ts spreads: as written, for tests and the type checker, those keys are in vi.ts
// and vi-deferred.ts is empty. The split reads vi.ts's table as Biome formats it: a property starts
// on a line with two spaces of indent and a quoted key, continuation lines are indented deeper.
//
// The cut is textual and conservative: it removes `export const <name>(Vi|En) = { … } …;` found by
// matching braces from the table's opening brace to the next `;`. A file not written that way
// (no such export, unbalanced braces) is served whole, which is only bigger, never wrong.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

const IMPORTERS: Record<string, 'vi' | 'en'> = { 'vi.ts': 'vi', 'vi-lazy.ts': 'vi', 'en.ts': 'en' };
const MESSAGES = /^\.\/[\w-]+-messages$/;
const QUERY = '?locale=';

/** `source` without the `export const <x>Vi|En = {…};` table of the other language; null if not found. */
export function withoutTable(source: string, drop: 'Vi' | 'En'): string | null {
  const head = new RegExp(`export const \\w+${drop}(?::[^=]+)? = \\{`).exec(source);
  if (!head) return null;
  let depth = 0;
  let quote: string | null = null;
  for (let i = head.index + head[0].length - 1; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i); // a line comment ("the section's list") is no string
      if (i < 0) return null;
    } else if (c === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i + 2) + 1;
      if (i <= 0) return null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      const end = source.indexOf(';', i);
      if (end < 0) return null;
      const rest = source.slice(0, head.index) + source.slice(end + 1);
      // The other language's table must still be there whole, or the cut went wrong: keep the file.
      const keep = drop === 'Vi' ? 'En' : 'Vi';
      return new RegExp(`export const \\w+${keep}(?::[^=]+)? = \\{`).test(rest) ? rest : null;
    }
  }
  return null;
}

/**
 * Key prefixes kept out of the first chunk: those of the panels that load on demand (analysis,
 * feature details and chooser, sources, quality, number input, the embed builder, the map search,
 * the coordinates' display and copy, the attribute table, the charts,
 * the layer order, the features-in-view list, the language toggle), and the side panel's own (its
 * layer rows and controls, its show/hide button and name: LayerPanel, LayerControls, App; a layer's
 * problems and their `problem.*` reasons: LayerProblems; the basemap switch and its offline notice:
 * BasemapToggle, BasemapNotice; the map's OSM credit stays). They
 * are only ever shown in the full viewer, which waits for every table, or in an embed's details,
 * which wait for them.
 */
export const DEFERRED =
  /^ {2}'((analysis|info|input|coords?|chooser|source|quality|embed\.builder|search|layerOrder|inview|lang|table|chart)\.|(layers\.(title|toggle|opacity|zoom|source|licence|loading|count|problems)|app\.(panel|side)|basemap\.(title|offline|osm)|problem)['.])/;

/**
 * A Vietnamese table's source split into the core (`rest`, the file without the deferred
 * properties) and the deferred properties' lines. The table starts at a line `export const vi = {`
 * or `export const <area>Vi = {` and ends at the next line starting with `}`; null when not found.
 */
export function splitDeferred(source: string): { rest: string; deferred: string } | null {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => /^export const (vi|\w+Vi)(?::[^=]+)? = \{$/.test(l));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('}'));
  if (start < 0 || end < 0) return null;
  const rest: string[] = lines.slice(0, start + 1);
  const deferred: string[] = [];
  let into = rest;
  for (const line of lines.slice(start + 1, end)) {
    // A line at the table's own indent starts a property (or a comment or a spread).
    if (/^ {2}\S/.test(line)) into = DEFERRED.test(line) ? deferred : rest;
    into.push(line);
  }
  rest.push(...lines.slice(end));
  return { rest: rest.join('\n'), deferred: deferred.join('\n') };
}

/** The messages modules vi.ts spreads (`./x-messages`), as file names. */
const viImports = (source: string) =>
  [...source.matchAll(/from '\.\/([\w-]+-messages)'/g)].map((m) => `${m[1]}.ts`);

export function localeSplit(): Plugin {
  return {
    name: 'locale-split',
    enforce: 'pre',
    async resolveId(source, importer) {
      const name = importer?.replace(/\?.*$/, '').split(/[\\/]/).pop() ?? '';
      const locale = IMPORTERS[name];
      if (!locale || !importer?.includes('/src/i18n/') || !MESSAGES.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      // vi.ts's modules also lose their deferred keys (to vi-deferred.ts); vi-lazy.ts's are lazy.
      const tag = name === 'vi.ts' ? 'vi-core' : locale;
      return resolved ? `${resolved.id}${QUERY}${tag}` : null;
    },
    async load(id) {
      const path = id.replace(/\?.*$/, '');
      const dir = path.replace(/[^/]+$/, '');
      if (path.endsWith('/src/i18n/vi.ts')) return splitDeferred(await readFile(path, 'utf8'))?.rest ?? null;
      if (path.endsWith('/src/i18n/vi-deferred.ts')) {
        const viSource = await readFile(`${dir}vi.ts`, 'utf8');
        const parts = [splitDeferred(viSource)?.deferred ?? ''];
        for (const file of viImports(viSource)) {
          const viOnly = withoutTable(await readFile(`${dir}${file}`, 'utf8'), 'En');
          if (viOnly) parts.push(splitDeferred(viOnly)?.deferred ?? '');
        }
        return `export const viDeferred: Record<string, string> = {\n${parts.join('\n')}\n};\n`;
      }
      const at = id.indexOf(QUERY);
      if (at < 0) return null;
      const tag = id.slice(at + QUERY.length);
      const source = await readFile(path, 'utf8');
      const split = withoutTable(source, tag === 'en' ? 'Vi' : 'En');
      if (!split) return source;
      // vi-deferred.ts carries this module's deferred keys only when the module could be cut.
      return tag === 'vi-core' ? (splitDeferred(split)?.rest ?? split) : split;
    },
  };
}
