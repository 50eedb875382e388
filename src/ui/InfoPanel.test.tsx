import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CorridorProperties, DistrictProperties, ParkProperties } from '../data/schema';
import { formatters } from '../i18n';
import {
  corridorRows,
  districtRows,
  parkDrawnAsPoint,
  parkRows,
  qualityExplainKey,
  rowsFor,
  Sources,
} from './InfoPanel';
import { findAll, render, tag, text } from './test-markup';

const district = (over: Partial<DistrictProperties> = {}): DistrictProperties => ({
  id: '724',
  code: '724',
  name_vi: 'Thành phố Dĩ An',
  name_en: 'Di An City',
  name_2020: 'Thành phố Dĩ An',
  unit_type: 'city',
  area_km2_official: 60.1,
  area_official_qualifier: 'exact',
  area_official_note: 'Provincial portal, city establishment (2020).',
  area_official_note_vi: 'Cổng thông tin tỉnh, khi thành lập thành phố (2020).',
  area_official_source: 'https://example.org/area',
  area_km2_computed: 60.5,
  area_diff_pct: 0.67,
  population: 403000,
  population_qualifier: 'at_least',
  population_year: '2020',
  population_basis: 'Provincial portal, city establishment: "more than 403,000".',
  population_basis_vi: 'Cổng thông tin tỉnh, khi thành lập thành phố: “hơn 403.000”.',
  population_source: 'https://example.org/pop',
  geometry_quality: 'official',
  sources: 'https://example.org',
  licence: 'GPL-3.0',
  correction: '',
  correction_vi: '',
  ...over,
});

/** The row values as text, by label (values that are elements are left out). */
const byLabel = (rows: [string, unknown][]): Record<string, string> =>
  Object.fromEntries(rows.filter(([, v]) => typeof v === 'string') as [string, string][]);

describe('InfoPanel rows show every figure with its qualifier', () => {
  it('a lower-bound population: "> 403.000 người" / "> 403,000 people", with the precision in words', () => {
    const vi = byLabel(districtRows(district(), formatters('vi')));
    expect(vi['Dân số']).toBe('> 403.000 người (2020)');
    expect(vi['Cơ sở số dân']).toBe('Cổng thông tin tỉnh, khi thành lập thành phố: “hơn 403.000”.');
    expect(vi['Thời kỳ']).toContain('2020 – giữa năm 2025');
    expect(vi['Độ chính xác số dân']).toMatch(/^Giá trị tối thiểu/);
    const en = byLabel(districtRows(district(), formatters('en')));
    expect(en.Population).toBe('> 403,000 people (2020)');
    expect(en['Precision of the population figure']).toMatch(/^Lower bound/);
  });

  it('a rounded official area: "≈ 720 km²", precision in words plus the note, difference kept', () => {
    const d = district({
      code: '720',
      area_km2_official: 720,
      area_official_qualifier: 'approximate',
      area_official_note: '≈720 km², a rounded figure from a secondary compilation.',
      area_official_note_vi: '≈720 km², số làm tròn của một bảng tổng hợp thứ cấp.',
      area_diff_pct: 0.35,
      population: 115985,
      population_qualifier: 'approximate',
      population_year: '',
    });
    const vi = byLabel(districtRows(d, formatters('vi')));
    expect(vi['Diện tích chính thức']).toBe('≈ 720 km²');
    expect(vi['Độ chính xác số liệu chính thức']).toBe(
      'Gần đúng (số làm tròn hoặc số tạm) — ≈720 km², số làm tròn của một bảng tổng hợp thứ cấp.',
    );
    expect(vi['Chênh lệch']).toBe('+0,4 % (so với số liệu làm tròn)');
    expect(vi['Dân số']).toBe('≈ 115.985 người (năm số liệu chưa rõ)');
    expect(vi['Độ chính xác số dân']).toMatch(/^Gần đúng/);
    const en = byLabel(districtRows(d, formatters('en')));
    expect(en['Official area']).toBe('≈ 720 km²');
    expect(en['Precision of the official figure']).toMatch(
      /^Approximate \(a rounded or placeholder figure\) — /,
    );
    expect(en.Difference).toBe('+0.4 % (against a rounded figure)');
  });

  it('an exact area shows the bare figure and says it is exact', () => {
    const en = byLabel(districtRows(district(), formatters('en')));
    expect(en['Official area']).toBe('60.1 km²');
    expect(en['Precision of the official figure']).toMatch(/^Exact/);
    expect(en.Difference).toBe('+0.7 %');
  });

  it('a district without a qualifier (stale data) is not shown as exact', () => {
    const d = district({
      area_official_qualifier: undefined as never,
      population_qualifier: undefined as never,
    });
    const en = byLabel(districtRows(d, formatters('en')));
    expect(en['Official area']).toBe('≈ 60.1 km²');
    expect(en.Population).toMatch(/^≈ 403,000 people/);
  });

  it('a lower-bound corridor length: "> 52 km"', () => {
    const c = {
      id: 'ct_hcm_tdm_ct',
      kind: 'expressway',
      status: 'under_construction',
      length_km_reported: 52,
      length_reported_qualifier: 'at_least',
      length_reported_scope: 'Bình Dương section',
      length_km_computed: 45.1,
    } as CorridorProperties;
    const vi = byLabel(corridorRows(c, formatters('vi')));
    expect(vi['Chiều dài công bố']).toBe('> 52 km');
    expect(vi['Độ chính xác chiều dài công bố']).toMatch(/^Giá trị tối thiểu/);
    const en = byLabel(
      corridorRows({ ...c, length_reported_qualifier: null, length_km_reported: null }, formatters('en')),
    );
    expect(en['Reported length']).toBe('Unknown');
    expect(en['Precision of the reported length']).toBeUndefined();
  });

  it('an approximate park area: "≈ 200 ha"', () => {
    const p = {
      id: 'thoi_hoa',
      area_ha: 200,
      area_qualifier: 'approximate',
      established_year: 2009,
      developer: 'Becamex IDC',
      district_code: '721',
      status: 'existing',
      location_confidence: 'medium',
    } as ParkProperties;
    const en = byLabel(parkRows(p, formatters('en'), () => 'Ben Cat'));
    expect(en.Area).toBe('≈ 200 ha');
    expect(en['Precision of the area']).toMatch(/^Approximate/);
    const exact = byLabel(parkRows({ ...p, area_qualifier: 'exact' }, formatters('en'), () => ''));
    expect(exact.Area).toBe('200 ha');
    expect(exact['Precision of the area']).toBeUndefined();
  });

  it('a park left out of area totals says so with the reason; a counted park has no such row', () => {
    const p = {
      id: 'bau_bang_stip',
      area_ha: 900,
      area_qualifier: 'exact',
      district_code: '719',
      status: 'planned',
      location_confidence: 'low',
      totals_exclusion_reason: 'May be the same land as Lai Hưng.',
      totals_exclusion_reason_vi: 'Có thể là cùng khu đất với Lai Hưng.',
    } as ParkProperties;
    const vi = byLabel(parkRows(p, formatters('vi'), () => 'Bàu Bàng'));
    expect(vi['Không cộng vào tổng diện tích']).toBe('Có thể là cùng khu đất với Lai Hưng.');
    const en = byLabel(parkRows(p, formatters('en'), () => 'Bau Bang'));
    expect(en['Not added to area totals']).toBe('May be the same land as Lai Hưng.');
    const counted = byLabel(parkRows({ ...p, totals_exclusion_reason: '' }, formatters('en'), () => ''));
    expect(counted['Not added to area totals']).toBeUndefined();
  });

  it('an unsourced corridor (ĐT741, ĐT744) says first that it is a sketch without a source', () => {
    const c = {
      id: 'dt741',
      kind: 'provincial_road',
      status: 'existing',
      sources: '',
      length_km_reported: null,
      length_reported_qualifier: null,
      length_reported_scope: 'no length found',
      length_reported_scope_vi: 'chưa tìm thấy số liệu chiều dài',
      length_km_computed: 50.2,
    } as unknown as CorridorProperties;
    const vi = corridorRows(c, formatters('vi'));
    expect(byLabel(vi)['Phạm vi số liệu']).toBe('chưa tìm thấy số liệu chiều dài');
    expect(byLabel(corridorRows(c, formatters('en')))['Scope of the figure']).toBe('no length found');
    expect(vi[0]![0]).toBe('Không có nguồn');
    expect(vi[0]![1]).toMatch(/^Nét phác hoạ/);
    const sourced = corridorRows({ ...c, sources: 'https://example.org/a' }, formatters('en'));
    expect(sourced.map(([label]) => label)).not.toContain('No source');
  });
});

describe('InfoPanel sources', () => {
  it('links http(s) addresses only; script and data URLs stay text', () => {
    const root = render(
      <Sources
        sources="javascript:alert(1) https://example.org/a%20b data:text/html,<b>x</b> not-a-url"
        f={formatters('en')}
      />,
    );
    const links = findAll(root, tag('a'));
    expect(links.map((a) => a.attrs.href)).toEqual(['https://example.org/a%20b']);
    expect(text(links[0]!)).toContain('example.org');
    const items = findAll(root, tag('li')).map(text);
    expect(items).toHaveLength(4);
    expect([items[0], items[2], items[3]]).toEqual([
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'not-a-url',
    ]);
    expect(findAll(root, tag('b'))).toHaveLength(0);
  });
});

describe('the geometry-quality explanation of a park', () => {
  const park = (geometry: Geometry, area_ha: number | null): Feature<Geometry> => ({
    type: 'Feature',
    geometry,
    properties: { id: 'p', name_vi: 'KCN P', name_en: 'P park', geometry_quality: 'schematic', area_ha },
  });
  const circle: Geometry = {
    type: 'Polygon',
    coordinates: [
      [
        [106.6, 11.1],
        [106.61, 11.1],
        [106.61, 11.11],
        [106.6, 11.1],
      ],
    ],
  };
  const point: Geometry = { type: 'Point', coordinates: [106.6, 11.1] };
  const quality = (feature: Feature<Geometry>, lang: 'vi' | 'en') => {
    const f = formatters(lang);
    const row = rowsFor('parks', feature, f, (c) => c).find(([label]) => label === f.t('info.quality'));
    return text(render(<div>{row![1]}</div>));
  };

  it('a park of unknown area, drawn as a point: an estimated position, no stated area, no circle', () => {
    for (const feature of [park(point, null), park(point, 120), park(circle, null)]) {
      const vi = quality(feature, 'vi');
      expect(vi).toContain('chưa có diện tích công bố');
      expect(vi).toContain('một điểm tại vị trí ước tính');
      expect(vi).not.toContain('với diện tích đã công bố');
      const en = quality(feature, 'en');
      expect(en).toContain('no area is stated');
      expect(en).toContain('shown as a point at an estimated position');
      expect(en).not.toContain('with the stated area');
    }
  });

  it('a park drawn as a circle of its stated area keeps the circle words', () => {
    expect(quality(park(circle, 120), 'vi')).toContain('vẽ từ tâm ước tính với diện tích đã công bố');
    expect(quality(park(circle, 120), 'en')).toContain('with the stated area');
  });

  it('the point words are for parks only; corridors and places keep their own', () => {
    expect(qualityExplainKey('schematic', 'parks', true)).toBe('quality.schematic.explain.parkPoint');
    expect(qualityExplainKey('schematic', 'parks', false)).toBe('quality.schematic.explain');
    expect(qualityExplainKey('schematic', 'places', true)).toBe('quality.schematic.explain.places');
    expect(qualityExplainKey('official', 'parks', true)).toBe('quality.official.explain');
    expect(parkDrawnAsPoint(park(point, 5))).toBe(true);
    expect(parkDrawnAsPoint(park(circle, 5))).toBe(false);
  });
});
