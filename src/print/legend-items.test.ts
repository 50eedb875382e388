import type { Feature } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import { formatters } from '../i18n';
import { CURATED_DESCRIPTIONS } from '../layers/curated';
import { useCatalog } from '../state/catalog';
import { labelWords, legendGroups } from './legend-items';

const park = (status: string): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.7, 11] },
  properties: { status },
});

describe('legendGroups', () => {
  const en = formatters('en');
  const vi = formatters('vi');
  afterEach(() => useCatalog.getState().set(null, null));

  it("titles a curated layer as the catalog does (the layer panel's name) once the catalog is loaded", () => {
    useCatalog.getState().set(
      {
        layers: [
          { id: 'corridors', title: { vi: 'Hành lang giao thông và sông', en: 'Corridors and rivers' } },
        ],
      } as never,
      null,
    );
    const layers = {
      corridors: { visible: true, features: [] },
      parks: { visible: true, features: [park('existing')] },
    };
    const [parks, corridors] = legendGroups(layers, ['corridors', 'parks'], vi);
    expect(corridors!.title).toBe('Hành lang giao thông và sông');
    // Not in that catalog: the layer's own title.
    expect(parks!.title).toBe('Khu công nghiệp');
    expect(legendGroups(layers, ['corridors', 'parks'], en)[1]!.title).toBe('Corridors and rivers');
  });

  it('lists the visible layers top first, each with its title and entries in the language', () => {
    const layers = {
      districts: { visible: true, features: [] },
      corridors: { visible: false, features: [] },
      parks: { visible: true, features: [park('existing')] },
    };
    const groups = legendGroups(layers, ['districts', 'corridors', 'parks'], en);
    expect(groups.map((g) => g.id)).toEqual(['parks', 'districts']);
    expect(groups[0]!.title).toBe('Industrial parks');
    const texts = groups[0]!.items.map((i) => i.text);
    expect(texts).toContain('Existing');
    expect(texts).toContain('Planned');
    // Every status swatch is an area filled with a colour.
    const existing = groups[0]!.items.find((i) => i.text === 'Existing')!;
    expect(existing.swatch.kind).toBe('area');
    const vGroups = legendGroups(layers, ['districts', 'corridors', 'parks'], vi);
    expect(vGroups[0]!.title).toBe('Khu công nghiệp');
    expect(vGroups[0]!.items.map((i) => i.text)).toContain('Đang hoạt động');
  });

  it('follows the draw order given, and leaves out layers without a description', () => {
    const layers = {
      parks: { visible: true, features: [] },
      districts: { visible: true, features: [] },
      'analysis-1': { visible: true, features: [] },
    };
    const groups = legendGroups(layers, ['parks', 'analysis-1', 'districts'], en);
    expect(groups.map((g) => g.id)).toEqual(['districts', 'parks']);
  });

  it('takes another layer’s description when given one', () => {
    const custom = {
      ...CURATED_DESCRIPTIONS.places,
      id: 'import-1',
      title: { vi: 'Tệp của tôi', en: 'My file' },
    };
    const groups = legendGroups({ 'import-1': { visible: true, features: [] } }, ['import-1'], en, (id) =>
      id === 'import-1' ? custom : undefined,
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.title).toBe('My file');
    expect(groups[0]!.items.length).toBeGreaterThan(0);
  });
});

describe('labelWords', () => {
  const en = formatters('en');
  it('resolves keys, keeps raw text as it is, writes class ranges with the locale’s numbers', () => {
    expect(labelWords({ key: 'status.planned' }, en)).toBe('Planned');
    expect(labelWords({ text: '<b>x</b>' }, en)).toBe('<b>x</b>');
    const range = labelWords({ range: 'range', min: 1000, max: 2500 }, en);
    expect(range).toContain('1,000');
    expect(range).toContain('2,500');
    expect(labelWords({ range: 'range', min: 1000, max: 2500 }, formatters('vi'))).toContain('1.000');
  });
});
