import type { Feature } from 'geojson';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createContext } from '../../analysis/context';
import { packLayers } from '../../analysis/pack';
import { square, syntheticLayers } from '../../analysis/test-fixtures';
import { userDistrictAreas } from '../../analysis/user-district-areas';
import { featuresToChunks } from '../../data/binary/builder';
import { formatters } from '../../i18n';
import { useBigLayers } from '../../state/big-layers-store';
import { useLanguage } from '../../state/language';
import { useLayers } from '../../state/layers';
import { SortableTable } from '../analysis/SortableTable';
import { accessibleName, attr, findAll, nameContainsText, render, tag, text } from '../test-markup';
import { areaColumns, areaRows } from './UserDistrictAreas';
import { UserLayerAnalysis } from './UserLayerAnalysis';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const initialLanguage = useLanguage.getState();
beforeEach(() => {
  useLanguage.setState(initialLanguage, true);
  useLayers.getState().reset();
});

function withUserLayer(features: Feature[]) {
  useLayers.getState().addLayer('user:1');
  useLayers.getState().done('user:1', features);
}

const polygon = (id: string, x0: number, y0: number, x1: number, y1: number): Feature => ({
  type: 'Feature',
  geometry: { type: 'Polygon', coordinates: square(x0, y0, x1, y1) },
  properties: { id },
});

describe('UserLayerAnalysis', () => {
  it('offers within-X-km and area per district for a polygon layer, named after the layer', () => {
    withUserLayer([polygon('p1', 106.55, 11.02, 106.65, 11.04)]);
    const root = render(<UserLayerAnalysis id="user:1" title="Quy hoạch" />);
    const names = findAll(root, tag('button')).map(accessibleName);
    expect(names).toContain('Tìm các đối tượng của lớp Quy hoạch trong phạm vi đã nhập của tuyến đã chọn');
    expect(names).toContain('Tính diện tích theo huyện / thành phố của các vùng thuộc lớp Quy hoạch');
    // WCAG 2.5.3: each button's visible text is part of its name.
    for (const b of findAll(root, tag('button'))) expect(nameContainsText(b), accessibleName(b)).toBe(true);
    expect(findAll(root, attr('data-testid', 'user-within-user:1'))).toHaveLength(1);
    expect(findAll(root, attr('data-testid', 'user-areas-user:1'))).toHaveLength(1);
    // Each analysis is titled on screen, and its section is labelled by that title.
    const titles = findAll(root, tag('h3'));
    expect(titles.map(text)).toEqual([
      'Đối tượng trong phạm vi của một tuyến',
      'Diện tích vùng theo huyện / thành phố',
    ]);
    const sections = findAll(root, tag('section'));
    expect(sections.map((s) => s.attrs['aria-labelledby'])).toEqual(titles.map((h) => h.attrs.id));
  });

  it('offers neither for a point layer (the nearest corridor of each point covers it)', () => {
    withUserLayer([
      { type: 'Feature', geometry: { type: 'Point', coordinates: [106.6, 11] }, properties: {} },
    ]);
    const root = render(<UserLayerAnalysis id="user:1" title="Điểm" />);
    expect(findAll(root, attr('data-testid', 'user-within-user:1'))).toHaveLength(0);
    expect(findAll(root, attr('data-testid', 'user-areas-user:1'))).toHaveLength(0);
    expect(findAll(root, attr('data-testid', 'nearest-user:1'))).toHaveLength(1);
  });
});

describe('UserLayerAnalysis of a large layer (binary chunks)', () => {
  const bigWith = (features: Feature[]) => {
    const chunks = featuresToChunks(features);
    useBigLayers.setState({
      layers: {
        'user:1': {
          id: 'user:1',
          fileName: 'thua-dat.fgb',
          description: {} as never,
          n: 1,
          summary: {
            count: features.length,
            bbox: null,
            fields: ['id'],
            geometry: features[0]!.geometry.type === 'Point' ? 'point' : 'polygon',
          },
          chunks,
          loaded: features.length,
        },
      },
    });
  };

  it('offers within-X-km of a corridor and the area per district for polygons, named after the layer', () => {
    bigWith([polygon('p1', 106.55, 11.02, 106.65, 11.04)]);
    const root = render(<UserLayerAnalysis id="user:1" title="Thửa đất" big />);
    expect(findAll(root, attr('data-testid', 'user-within-user:1'))).toHaveLength(1);
    expect(findAll(root, attr('data-testid', 'user-areas-user:1'))).toHaveLength(1);
    expect(findAll(root, attr('data-testid', 'nearest-user:1'))).toHaveLength(0);
    const names = findAll(root, tag('button')).map(accessibleName);
    expect(names).toContain('Tìm các đối tượng của lớp Thửa đất trong phạm vi đã nhập của tuyến đã chọn');
    expect(names).toContain('Tính diện tích theo huyện / thành phố của các vùng thuộc lớp Thửa đất');
    for (const b of findAll(root, tag('button'))) expect(nameContainsText(b), accessibleName(b)).toBe(true);
  });

  it('offers the nearest corridor of each point, and nothing else, for a large point layer', () => {
    bigWith([{ type: 'Feature', geometry: { type: 'Point', coordinates: [106.6, 11] }, properties: {} }]);
    const root = render(<UserLayerAnalysis id="user:1" title="Điểm" big />);
    expect(findAll(root, attr('data-testid', 'nearest-user:1'))).toHaveLength(1);
    expect(findAll(root, attr('data-testid', 'user-within-user:1'))).toHaveLength(0);
    expect(findAll(root, attr('data-testid', 'user-areas-user:1'))).toHaveLength(0);
    const names = findAll(root, tag('button')).map(accessibleName);
    expect(names).toEqual(['Tìm tuyến gần nhất của mỗi điểm thuộc lớp Điểm']);
  });

  it('offers nothing point-wise for a large layer of MultiPoints (the small layers answer Points only)', () => {
    bigWith([
      { type: 'Feature', geometry: { type: 'MultiPoint', coordinates: [[106.6, 11]] }, properties: {} },
    ]);
    const root = render(<UserLayerAnalysis id="user:1" title="Điểm" big />);
    expect(findAll(root, tag('button'))).toHaveLength(0);
  });
});

describe('the area-per-district table', () => {
  it('shows each district, the part outside and the whole layer, with shares, in the UI language', () => {
    // Synthetic districts 1 (106.5–106.6) and 2 (106.6–106.7), 11.0–11.1: a square 3/4 in district 1
    // and 1/4 in district 2, and one half outside the province (south of 11.0).
    const ctx = createContext(packLayers(syntheticLayers()));
    const r = userDistrictAreas(ctx, [
      { type: 'Polygon', coordinates: square(106.52, 11.02, 106.62, 11.06) },
      { type: 'Polygon', coordinates: square(106.52, 10.98, 106.54, 11.02) },
    ]);
    if (!r.ok) throw new Error(r.message);
    const f = formatters('en');
    const { rows, footer } = areaRows(r.value, f);
    const root = render(
      <SortableTable
        caption="t"
        columns={areaColumns(f)}
        rows={rows}
        footer={footer}
        rowKey={(x) => x.key}
        geometryOf={() => null}
      />,
    );
    const lines = findAll(root, tag('tr')).map((tr) =>
      findAll(tr, (el) => el.tag === 'td' || el.tag === 'th').map(text),
    );
    expect(lines[0]).toEqual([
      'District',
      'Area (ha)',
      'Share of the layer’s area',
      'Polygons with a part in it',
    ]);
    const byName = new Map(lines.slice(1).map((l) => [l[0], l.slice(1)]));
    expect(byName.get('D1')![2]).toBe('2');
    expect(byName.get('D2')![2]).toBe('1');
    expect(byName.get('Outside the districts')![2]).toBe('1');
    expect(byName.get('Whole layer')).toEqual([f.fixed(r.value.total_ha, 2), '100.0 %', '2']);
    // D1 holds 3/4 of the first square (0.08° × 0.04°, ≈ 4,000 ha) and half of the second.
    const d1 = r.value.districts.find((d) => d.code === '1')!;
    expect(byName.get('D1')![0]).toBe(f.fixed(d1.area_ha, 2));
    expect(byName.get('D1')![1]).toBe(`${f.fixed(d1.share * 100, 1)} %`);
  });
});
