import type { Geometry } from 'geojson';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LayerFeature } from '../../data/load-layer';
import { useLanguage } from '../../state/language';
import { useLayers } from '../../state/layers';
import { attr, findOne, render, tag } from '../test-markup';
import { MapSearch, OptionText } from './MapSearch';
import {
  comboKey,
  distinguishHits,
  hiddenByFilter,
  matchDetails,
  type SearchHit,
  searchFeatures,
} from './map-search';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const g: Geometry = { type: 'Point', coordinates: [106.7, 11] };
const feat = (props: Record<string, unknown>): LayerFeature => ({
  type: 'Feature',
  geometry: g,
  properties: props,
});

// Names written precomposed (NFC), as the data boundary keeps them.
const LAYERS = {
  districts: [
    feat({ id: '718', code: '718', name_vi: 'Thành phố Thủ Dầu Một', name_en: 'Thu Dau Mot City' }),
    feat({ id: '724', code: '724', name_vi: 'Thành phố Dĩ An', name_en: 'Di An City' }),
  ],
  parks: [
    feat({ id: 'dong_an_1', name_vi: 'KCN Đồng An', name_en: 'Dong An Industrial Park' }),
    feat({ id: 'dong_an_2', name_vi: 'KCN Đồng An 2', name_en: 'Dong An 2 Industrial Park' }),
    feat({ id: 'thu_dau_mot_park', name_vi: 'KCN gần Thủ Dầu Một', name_en: 'A park near Thu Dau Mot' }),
    feat({ name_vi: 'Không có mã Thủ Dầu Một' }),
  ],
  corridors: [
    feat({ id: 'dt741', code: 'ĐT741', name_vi: 'Đường tỉnh 741', name_en: 'Provincial road 741' }),
  ],
};
const keys = (hits: ReturnType<typeof searchFeatures>) => hits.map((h) => `${h.layerId}/${h.featureId}`);

describe('searchFeatures', () => {
  it('"thu dau mot" finds Thủ Dầu Một, the district (its name starts so) before the park', () => {
    expect(keys(searchFeatures(LAYERS, 'thu dau mot'))).toEqual(['districts/718', 'parks/thu_dau_mot_park']);
  });

  it('"dong an" finds Đồng An (đ/Đ folded to d), and not Dĩ An', () => {
    expect(keys(searchFeatures(LAYERS, 'dong an'))).toEqual(['parks/dong_an_1', 'parks/dong_an_2']);
  });

  it('decomposed (NFD) input finds precomposed names, and upper case finds lower', () => {
    const nfd = 'Thủ Dầu Một'.normalize('NFD');
    expect(nfd).not.toBe('Thủ Dầu Một');
    expect(keys(searchFeatures(LAYERS, nfd))).toEqual(['districts/718', 'parks/thu_dau_mot_park']);
    expect(keys(searchFeatures(LAYERS, 'ĐỒNG AN 2'))).toEqual(['parks/dong_an_2']);
  });

  it('finds by code and by English name', () => {
    expect(keys(searchFeatures(LAYERS, 'dt741'))).toEqual(['corridors/dt741']);
    expect(keys(searchFeatures(LAYERS, '724'))).toEqual(['districts/724']);
    expect(keys(searchFeatures(LAYERS, 'provincial road'))).toEqual(['corridors/dt741']);
  });

  it("an imported layer is searched in its own columns (Tongiao's NFD `ten`), ranked among the others", () => {
    const layers = {
      ...LAYERS,
      'user:1': [
        feat({ id: '1', ten: 'Miếu Ngũ Hành'.normalize('NFD'), doi_tuong: 'Miếu' }),
        feat({ id: '2', ten: '', doi_tuong: 'Nhà thờ' }),
        feat({ id: '3', ten: 'Đình Thủ Dầu Một', doi_tuong: 'Đình' }),
      ],
    };
    const own = { 'user:1': ['ten', 'doi_tuong'] };
    expect(keys(searchFeatures(layers, 'mieu ngu hanh', own))).toEqual(['user:1/1']);
    expect(keys(searchFeatures(layers, 'nha tho', own))).toEqual(['user:1/2']);
    // The district's name starts with the words; the park's and the imported one's hold them: layer order.
    expect(keys(searchFeatures(layers, 'thu dau mot', own))).toEqual([
      'districts/718',
      'parks/thu_dau_mot_park',
      'user:1/3',
    ]);
    // Ranked by the layer's name column (`ten`), not by any column starting with the words.
    const temples = {
      'user:2': [
        feat({ id: 'a', ten: 'Chùa Bà', loai: 'Miếu cổ' }),
        feat({ id: 'b', ten: 'Miếu Bà', loai: 'Chùa' }),
      ],
    };
    expect(keys(searchFeatures(temples, 'mieu', { 'user:2': ['ten', 'loai'] }))).toEqual([
      'user:2/b',
      'user:2/a',
    ]);
    // Without its columns (the search before) the file's names were not searched at all.
    expect(keys(searchFeatures({ 'user:1': [...layers['user:1']] }, 'mieu ngu hanh'))).toEqual([]);
  });

  it('whole words before words found inside longer ones ("quận 9": Quận 9 before Quận 1 with a 19)', () => {
    const mine = [
      feat({
        id: 'a',
        Ten: 'Điện Ngọc Hoàng',
        Stt: 19,
        Quan: 'Quận 1',
        Loai: 'Kiến trúc nghệ thuật',
        DV: 'Đại đức',
      }),
      feat({ id: 'b', Ten: 'Chùa Hội Sơn', Stt: 20, Quan: 'Quận 9', Loai: 'Lịch sử' }),
      feat({ id: 'c', Ten: 'Đình Bình Thọ', Stt: 21, Quan: 'Quận Thủ Đức', Loai: 'Lịch sử' }),
      feat({ id: 'd', Ten: 'Miếu', Stt: 9, Quan: 'Quận 1', Loai: 'Lịch sử' }),
    ];
    const own = { mine: ['Ten', 'Stt', 'Quan', 'Loai', 'DV'] };
    // b: "quan 9" together; d: "quan" and "9" whole but apart; a: "9" only inside 19.
    expect(keys(searchFeatures({ mine }, 'quận 9', own))).toEqual(['mine/b', 'mine/d', 'mine/a']);
    expect(keys(searchFeatures({ mine }, 'thu duc', own))).toEqual(['mine/c', 'mine/a']);
  });

  it("says which results the layer's filter hides (still offered: a search finds what exists)", () => {
    const relics = [
      feat({ id: '1', Ten_DT: 'Miếu Thánh Mẫu', Cap_Ditich: 'Di tích cấp Thành phố' }),
      feat({ id: '2', Ten_DT: 'Miếu Ngũ Hành', Cap_Ditich: 'Di tích Quốc gia' }),
    ];
    const hits = searchFeatures({ 'user:1': relics }, 'mieu', { 'user:1': ['Ten_DT', 'Cap_Ditich'] });
    expect(keys(hits)).toEqual(['user:1/1', 'user:1/2']);
    const national = {
      fields: { Cap_Ditich: { kind: 'values' as const, values: ['Di tích Quốc gia'] } },
      query: '',
    };
    expect(hits.map((h) => hiddenByFilter(h, relics, national))).toEqual([true, false]);
    expect(hits.map((h) => hiddenByFilter(h, relics, undefined))).toEqual([false, false]);
  });

  it('finds nothing for a blank or punctuation-only query', () => {
    expect(searchFeatures(LAYERS, '  ')).toEqual([]);
    expect(searchFeatures(LAYERS, '–,.')).toEqual([]);
  });
});

describe('comboKey (the combobox keys)', () => {
  it('ArrowDown opens at the first option and wraps; ArrowUp goes to the last', () => {
    expect(comboKey('ArrowDown', -1, 3, false)).toEqual({ type: 'move', active: 0 });
    expect(comboKey('ArrowDown', 1, 3, true)).toEqual({ type: 'move', active: 2 });
    expect(comboKey('ArrowDown', 2, 3, true)).toEqual({ type: 'move', active: 0 });
    expect(comboKey('ArrowUp', -1, 3, true)).toEqual({ type: 'move', active: 2 });
    expect(comboKey('ArrowUp', 2, 3, true)).toEqual({ type: 'move', active: 1 });
  });
  it('Enter chooses the active option, or the first when none is active', () => {
    expect(comboKey('Enter', 1, 3, true)).toEqual({ type: 'choose', index: 1 });
    expect(comboKey('Enter', -1, 3, true)).toEqual({ type: 'choose', index: 0 });
    expect(comboKey('Enter', 0, 3, false)).toEqual({ type: 'none' });
  });
  it('Escape closes an open list and leaves a closed one to the page; no options, no moves', () => {
    expect(comboKey('Escape', 0, 3, true)).toEqual({ type: 'close' });
    expect(comboKey('Escape', -1, 0, false)).toEqual({ type: 'none' });
    expect(comboKey('ArrowDown', -1, 0, true)).toEqual({ type: 'none' });
    expect(comboKey('a', 0, 3, true)).toEqual({ type: 'none' });
  });
});

describe('MapSearch markup', () => {
  beforeEach(() => useLayers.getState().reset());
  it('is a labelled search input acting as a collapsed combobox over a named listbox', () => {
    useLanguage.setState({ lang: 'vi' });
    const root = render(<MapSearch />);
    const input = findOne(root, tag('input'));
    expect(input.attrs.type).toBe('search');
    expect(input.attrs.role).toBe('combobox');
    expect(input.attrs['aria-expanded']).toBe('false');
    const label = findOne(root, attr('for', input.attrs.id));
    expect(label.children.join('')).toBe('Tìm trên bản đồ');
    const list = findOne(root, attr('id', input.attrs['aria-controls']));
    expect(list.attrs.role).toBe('listbox');
    expect(list.attrs['aria-label']).toBe('Kết quả tìm kiếm');
  });
});

describe('distinguishHits (same-named results told apart)', () => {
  // As HCMGIS's religious sites: "Miếu Ngũ Hành" several times, apart by `ma_hc` (district code).
  const sites = [
    feat({ id: '1', ten: 'Miếu Ngũ Hành', ma_hc: '785', doi_tuong: 'Miếu' }),
    feat({ id: '2', ten: 'Chùa Giác Lâm', ma_hc: '766', doi_tuong: 'Chùa' }),
    feat({ id: '3', ten: 'Miếu Ngũ Hành', ma_hc: '770', doi_tuong: 'Miếu' }),
    feat({ id: '4', ten: 'Miếu Ngũ Hành', ma_hc: '785', doi_tuong: 'Miễu' }),
    feat({ id: '5', ten: 'Miếu Ngũ Hành', ma_hc: '785', doi_tuong: 'Miễu' }),
  ];
  const layers = { 'user:1': sites };
  const own = { 'user:1': ['ten', 'ma_hc', 'doi_tuong'] };
  const label = (h: SearchHit) => String(h.feature.properties?.ten);

  it('a column separating the most first (words before codes), a second for those it leaves alike, then the number', () => {
    const hits = searchFeatures(layers, 'mieu ngu hanh', own);
    expect(keys(hits)).toEqual(['user:1/1', 'user:1/3', 'user:1/4', 'user:1/5']);
    // Words before codes: `doi_tuong` ("Miếu" / "Miễu") first, then `ma_hc` for those it leaves alike.
    expect(distinguishHits(hits, label, layers, own)).toEqual([
      [
        { column: 'doi_tuong', value: 'Miếu' },
        { column: 'ma_hc', value: '785' },
      ],
      [
        { column: 'doi_tuong', value: 'Miếu' },
        { column: 'ma_hc', value: '770' },
      ],
      [{ column: 'doi_tuong', value: 'Miễu' }, { column: 'ma_hc', value: '785' }, { ordinal: 4 }],
      [{ column: 'doi_tuong', value: 'Miễu' }, { column: 'ma_hc', value: '785' }, { ordinal: 5 }],
    ]);
  });

  it("a place column before other text, text before numbers (DiTich's two Đình Phong Phú)", () => {
    const relics = [
      feat({
        id: '53',
        Stt: 53,
        Ten_DT: 'Đình Phong Phú',
        So_Nha: 'khu phố 3',
        Phuong: 'Phường Tăng Nhơn Phú B',
        Quan: 'Quận 9',
      }),
      feat({
        id: '102',
        Stt: 102,
        Ten_DT: 'Đình Phong Phú',
        So_Nha: '46',
        Phuong: 'Phường 12',
        Quan: 'Quận 8',
      }),
    ];
    const fields = { 'user:3': ['Stt', 'Ten_DT', 'So_Nha', 'Phuong', 'Quan'] };
    const h = searchFeatures({ 'user:3': relics }, 'dinh phong phu', fields);
    const byTen = (x: SearchHit) => String(x.feature.properties?.Ten_DT);
    expect(distinguishHits(h, byTen, { 'user:3': relics }, fields)).toEqual([
      [{ column: 'Quan', value: 'Quận 9' }],
      [{ column: 'Quan', value: 'Quận 8' }],
    ]);
    // In one district: the ward (before the street, a wider place).
    const sameQuan = relics.map((r) =>
      feat({ ...r.properties, Quan: 'Quận 9', Ten_Duong: `Đường ${r.properties?.id}` }),
    );
    const f2 = {
      'user:3': ['Stt', 'CapQuanLy', 'LoaiDuong', 'Ten_DT', 'Ten_Duong', 'So_Nha', 'Phuong', 'Quan'],
    };
    const h2 = searchFeatures({ 'user:3': sameQuan }, 'dinh phong phu', f2);
    expect(distinguishHits(h2, byTen, { 'user:3': sameQuan }, f2).map((d) => d[0])).toEqual([
      { column: 'Phuong', value: 'Phường Tăng Nhơn Phú B' },
      { column: 'Phuong', value: 'Phường 12' },
    ]);
    const noPlace = { 'user:3': ['Stt', 'Ten_DT', 'So_Nha'] };
    expect(distinguishHits(h, byTen, { 'user:3': relics }, noPlace)[0]).toEqual([
      { column: 'So_Nha', value: 'khu phố 3' },
    ]);
  });

  it("a street's name, not a road's type (`LoaiDuong`, `CapDuong`) for an address", () => {
    const bridges = [
      feat({ id: '1', TenDuong: 'Cầu Calmette', LoaiDuong: 'Đô thị', Ten_Duong: 'Bến Chương Dương' }),
      feat({ id: '2', TenDuong: 'Cầu Calmette', LoaiDuong: 'Ngoại thị', Ten_Duong: 'Hoàng Diệu' }),
    ];
    const fields = { 'user:4': ['TenDuong', 'LoaiDuong', 'Ten_Duong'] };
    const h = searchFeatures({ 'user:4': bridges }, 'calmette', fields);
    const by = (x: SearchHit) => String(x.feature.properties?.TenDuong);
    expect(distinguishHits(h, by, { 'user:4': bridges }, fields).map((d) => d[0])).toEqual([
      { column: 'Ten_Duong', value: 'Bến Chương Dương' },
      { column: 'Ten_Duong', value: 'Hoàng Diệu' },
    ]);
  });

  it('a unique result gets nothing; the name column and ids are never the detail', () => {
    const hits = searchFeatures(layers, 'chua', own);
    expect(distinguishHits(hits, label, layers, own)).toEqual([[]]);
    const twins = [feat({ id: 'a', ten: 'Đình An' }), feat({ id: 'b', ten: 'Đình An' })];
    const h2 = searchFeatures({ 'user:2': twins }, 'dinh', { 'user:2': ['id', 'ten'] });
    expect(distinguishHits(h2, label, { 'user:2': twins }, { 'user:2': ['id', 'ten'] })).toEqual([
      [{ ordinal: 1 }],
      [{ ordinal: 2 }],
    ]);
  });
});

describe('matchDetails (where a result not found by its name was found)', () => {
  const fields = ['Stt', 'Ten_DT', 'Quan', 'Phuong'];
  const relics = [
    feat({ id: '1', Stt: 12, Ten_DT: 'Đình Phong Phú', Quan: 'Quận 9', Phuong: 'Phường Tăng Nhơn Phú B' }),
    feat({ id: '2', Stt: 13, Ten_DT: 'Chùa Quận Chín', Quan: 'Quận 9', Phuong: 'Phường Phú Hữu' }),
  ];
  const layers = { mine: relics, parks: LAYERS.parks };
  const own = { mine: fields };
  const nameOf = (hit: SearchHit) =>
    String(hit.feature.properties?.Ten_DT ?? hit.feature.properties?.name_vi);
  const found = (query: string) =>
    matchDetails(searchFeatures(layers, query, own), query, own, nameOf).map((d) => JSON.stringify(d));

  it('names the column holding the words the name lacks, with its value', () => {
    expect(found('quận 9')).toEqual([
      JSON.stringify([{ column: 'Quan', value: 'Quận 9' }]),
      // "Chùa Quận Chín" holds "quan" but not "9": the 9 was found in Quan.
      JSON.stringify([{ column: 'Quan', value: 'Quận 9' }]),
    ]);
    expect(found('dinh tang nhon')).toEqual([
      JSON.stringify([{ column: 'Phuong', value: 'Phường Tăng Nhơn Phú B' }]),
    ]);
    // One column holding every word the name lacks, before a column per word (Stt 19 holds "9").
    const one = { mine: [feat({ id: '3', Stt: 19, Ten_DT: 'Miếu Bà', Quan: 'Quận 9' })] };
    const hits = searchFeatures(one, '9 quan', own);
    expect(matchDetails(hits, '9 quan', own, nameOf)).toEqual([[{ column: 'Quan', value: 'Quận 9' }]]);
    // Two words in two columns, each named once, in the query's order.
    expect(found('tang nhon 9')).toEqual([
      JSON.stringify([
        { column: 'Phuong', value: 'Phường Tăng Nhơn Phú B' },
        { column: 'Quan', value: 'Quận 9' },
      ]),
    ]);
  });

  it('a long value is cut at a word’s end, and shown from near the words found', () => {
    const long = {
      mine: [
        feat({
          id: '9',
          Ten_DT: 'Bảo tàng',
          So_Nha: '97 – 97A đường Phó Đức Chính và 54 đường Nguyễn Thái Bình',
        }),
      ],
    };
    const fields2 = { mine: ['Ten_DT', 'So_Nha'] };
    const hits = searchFeatures(long, 'nguyen thai', fields2);
    expect(matchDetails(hits, 'nguyen thai', fields2, nameOf)).toEqual([
      [{ column: 'So_Nha', value: '…54 đường Nguyễn Thái Bình' }],
    ]);
    const near = searchFeatures(long, 'chinh', fields2);
    expect(matchDetails(near, 'chinh', fields2, nameOf)).toEqual([
      [{ column: 'So_Nha', value: '97 – 97A đường Phó Đức Chính và 54…' }],
    ]);
  });

  it('nothing for a result found by its name, for a curated layer, or for a blank query', () => {
    expect(found('phong phu')).toEqual(['[]']);
    expect(found('dong an')).toEqual(['[]', '[]']);
    expect(matchDetails(searchFeatures(layers, 'dinh', own), '  ', own, nameOf)).toEqual([[]]);
  });
});

describe('OptionText (an option with its detail in a quieter span)', () => {
  it('wraps only the detail; the text read is the option as translated', () => {
    const html = renderToStaticMarkup(
      <OptionText
        text="Đình Phong Phú — Quan: Quận 9 (DiTich.zip)"
        name="Đình Phong Phú"
        withDetail="Đình Phong Phú — Quan: Quận 9"
      />,
    );
    expect(html).toBe('Đình Phong Phú<span class="map-search-detail"> — Quan: Quận 9</span> (DiTich.zip)');
    const plain = renderToStaticMarkup(
      <OptionText text="KCN Đồng An (KCN)" name="KCN Đồng An" withDetail="KCN Đồng An" />,
    );
    expect(plain).toBe('KCN Đồng An (KCN)');
  });
});
