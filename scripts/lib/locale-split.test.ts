// The build's locale split (locale-split.ts) on the real message files: each language's cut keeps
// exactly that language's keys, whatever comments and quotes the files hold, and vi.ts's split
// loses no key.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vi } from '../../src/i18n/vi';
import { splitDeferred, withoutTable } from './locale-split';

const DIR = new URL('../../src/i18n/', import.meta.url);
const keysIn = (source: string) => [...source.matchAll(/^ {2}'([^']+)':/gm)].map((m) => m[1]).sort();

describe('locale split', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('-messages.ts'));

  it('cuts every messages file into its two tables, each with exactly its own keys', async () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const source = readFileSync(new URL(file, DIR), 'utf8');
      const mod = (await import(`../../src/i18n/${file}`)) as Record<string, Record<string, string>>;
      const table = (suffix: string) => Object.entries(mod).find(([n]) => n.endsWith(suffix))![1];
      const viOnly = withoutTable(source, 'En');
      const enOnly = withoutTable(source, 'Vi');
      expect({ file, vi: keysIn(viOnly ?? '') }).toEqual({ file, vi: Object.keys(table('Vi')).sort() });
      expect({ file, en: keysIn(enOnly ?? '') }).toEqual({ file, en: Object.keys(table('En')).sort() });
    }
  });

  it('keeps a file whole (null) when the table cannot be found', () => {
    expect(withoutTable("export const aVi = { 'x': 'y' };", 'En')).toBeNull();
    expect(withoutTable("export const aVi = { 'x': 'y' ; export const aEn = {", 'Vi')).toBeNull();
  });

  it("splits vi.ts's and its modules' Vietnamese keys into the core and the deferred ones, losing none", () => {
    const deferredPrefix =
      /^((analysis|info|input|coords?|chooser|source|quality|embed\.builder|search|layerOrder|inview|lang|table|chart)\.|(layers\.(title|toggle|opacity|zoom|source|licence|loading|count|problems)|app\.(panel|side)|basemap\.(title|offline|osm)|problem)(\.|$))/;
    const viSource = readFileSync(new URL('vi.ts', DIR), 'utf8');
    const split = splitDeferred(viSource);
    if (!split) throw new Error('vi.ts not split');
    const deferred = keysIn(split.deferred);
    expect(deferred.length).toBeGreaterThan(50);
    expect(deferred.every((k) => deferredPrefix.test(k!))).toBe(true);
    expect(keysIn(split.rest).some((k) => deferredPrefix.test(k!))).toBe(false);
    expect([...keysIn(split.rest), ...deferred].sort()).toEqual(keysIn(viSource));
    expect(keysIn(split.rest)).toContain('app.title');
    // The side panel's keys leave the core; the legend's and the layers' load errors (an embed shows
    // them) stay.
    expect(deferred).toEqual(
      expect.arrayContaining([
        'layers.toggle',
        'layers.opacity.label',
        'app.panel.show',
        'layers.problems.location',
        'problem.geometry.missing',
        'basemap.osm.aria',
      ]),
    );
    expect(keysIn(split.rest)).toEqual(
      expect.arrayContaining(['layers.legend', 'layers.error', 'app.fit', 'basemap.attribution']),
    );
    expect(Object.keys(vi)).toContain('analysis.title');
    // The attribute table's and the coordinates' texts leave the core too (an embed has neither):
    // `coord.` alone missed the `coords.` keys, which sat in every embed's first paint.
    for (const file of ['table-messages.ts', 'coords-messages.ts']) {
      const cut = splitDeferred(withoutTable(readFileSync(new URL(file, DIR), 'utf8'), 'En') ?? '');
      if (!cut) throw new Error(`${file} not split`);
      expect(keysIn(cut.rest), file).toEqual([]);
      expect(keysIn(cut.deferred).length, file).toBeGreaterThan(5);
    }
    // The embed builder's keys leave the embed module's core; the embed's own stay.
    const embed = splitDeferred(
      withoutTable(readFileSync(new URL('embed-messages.ts', DIR), 'utf8'), 'En') ?? '',
    );
    if (!embed) throw new Error('embed-messages.ts not split');
    expect(keysIn(embed.deferred).length).toBeGreaterThan(10);
    expect(keysIn(embed.deferred).every((k) => k!.startsWith('embed.builder.'))).toBe(true);
    expect(keysIn(embed.rest)).toContain('embed.region');
  });
});
