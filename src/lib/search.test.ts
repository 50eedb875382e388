import { describe, expect, it } from 'vitest';
import {
  buildFeatureIndex,
  buildSearchIndex,
  featureSearchText,
  matchFeature,
  normalizeForSearch,
  queryTokens,
  searchIndex,
  searchPositions,
} from './search';

const nfd = (s: string) => s.normalize('NFD');
const feature = (props: Record<string, unknown>) => ({ type: 'Feature' as const, properties: props });

describe('normalizeForSearch', () => {
  it('drops tones and vowel marks, folds đ/Đ and case', () => {
    expect(normalizeForSearch('Thủ Dầu Một')).toBe('thu dau mot');
    expect(normalizeForSearch('Đồng An')).toBe('dong an');
    expect(normalizeForSearch('Sóng Thần')).toBe('song than');
    expect(normalizeForSearch('Bắc Tân Uyên')).toBe('bac tan uyen');
    expect(normalizeForSearch('Ơ ư Ư ơ ă Â ê Ô')).toBe('o u u o a a e o');
    expect(normalizeForSearch('ĐT741')).toBe('dt741');
  });
  it('gives the same text for NFC and NFD input', () => {
    for (const s of ['Thủ Dầu Một', 'Đồng An', 'Sóng Thần', 'Dĩ An', 'Phước Hòa'])
      expect(normalizeForSearch(nfd(s))).toBe(normalizeForSearch(s.normalize('NFC')));
    expect(nfd('Thủ').length).toBeGreaterThan('Thủ'.length); // the NFD form really differs
  });
  it('turns punctuation and runs of spaces into single spaces', () => {
    expect(normalizeForSearch('  VSIP-II  (mở rộng), vd4_bd ')).toBe('vsip ii mo rong vd4 bd');
    expect(normalizeForSearch('—…!')).toBe('');
    expect(normalizeForSearch('')).toBe('');
  });
});

describe('queryTokens', () => {
  it('folds and de-duplicates the words; none for an empty query', () => {
    expect(queryTokens(' Thủ  DẦU thu ')).toEqual(['thu', 'dau']);
    expect(queryTokens('   ')).toEqual([]);
    expect(queryTokens('..,')).toEqual([]);
  });
});

describe('matchFeature', () => {
  const tdm = feature({
    id: 'tdm',
    code: '718',
    name_vi: 'Thành phố Thủ Dầu Một',
    name_en: 'Thu Dau Mot City',
  });
  const dongAn = feature({
    id: 'kcn_dong_an',
    name_vi: 'KCN Đồng An',
    name_en: 'Dong An IP',
    district_code: '725',
  });
  const songThan = feature({
    id: 'kcn_song_than_1',
    name_vi: nfd('KCN Sóng Thần 1'),
    name_en: 'Song Than 1',
  });

  it('finds names typed without diacritics, in either normal form', () => {
    expect(matchFeature(tdm, 'thu dau mot')).toBe(true);
    expect(matchFeature(dongAn, 'dong an')).toBe(true);
    expect(matchFeature(songThan, 'song than')).toBe(true);
    expect(matchFeature(songThan, 'Sóng Thần')).toBe(true);
    expect(matchFeature(dongAn, nfd('Đồng An'))).toBe(true);
  });
  it('needs every query word, in any order, as part of some field', () => {
    expect(matchFeature(tdm, 'mot thu')).toBe(true);
    expect(matchFeature(tdm, 'dau mo')).toBe(true);
    expect(matchFeature(tdm, 'thu dau binh')).toBe(false);
    expect(matchFeature(dongAn, 'dong 725')).toBe(true);
  });
  it('searches ids and codes', () => {
    expect(matchFeature(tdm, '718')).toBe(true);
    expect(matchFeature(songThan, 'song_than_1')).toBe(true);
    expect(matchFeature(dongAn, '726')).toBe(false);
  });
  it('does not let one word span two fields', () => {
    const f = feature({ name_vi: 'ab', name_en: 'cd' });
    expect(featureSearchText(f)).toBe('ab|cd');
    expect(matchFeature(f, 'bc')).toBe(false);
    expect(matchFeature(f, 'ab cd')).toBe(true);
  });
  it('searches only the given fields and skips missing or non-text values', () => {
    expect(matchFeature(dongAn, 'dong', ['id'])).toBe(true);
    expect(matchFeature(dongAn, 'ip', ['name_vi'])).toBe(false);
    expect(matchFeature(feature({ name_vi: null, id: 42 }), '42')).toBe(true);
    expect(matchFeature({ properties: null }, 'x')).toBe(false);
  });
  it('matches everything for an empty query', () => {
    expect(matchFeature(tdm, '')).toBe(true);
    expect(matchFeature({ properties: null }, '  ')).toBe(true);
  });
});

describe('search over a prepared index', () => {
  it('returns the matching rows in order, and all rows for an empty query', () => {
    const rows = [
      { name: 'Thủ Dầu Một', code: 718 },
      { name: 'Dĩ An', code: 724 },
      { name: 'Đồng An 2', code: 718 },
    ];
    const index = buildSearchIndex(rows, (r) => [r.name, r.code]);
    expect(searchPositions(index, 'an')).toEqual([1, 2]);
    expect(searchIndex(index, '718 dong')).toEqual([rows[2]]);
    expect(searchIndex(index, '')).toEqual(rows);
    expect(searchIndex(index, 'zzz')).toEqual([]);
  });
  it('filters 100,000 feature rows and finds exactly the planted ones', () => {
    const features = Array.from({ length: 100_000 }, (_, i) =>
      feature({ id: `p${i}`, name_vi: i % 1000 === 7 ? 'KCN Sóng Thần' : `Lô ${i}`, name_en: 'Lot' }),
    );
    const index = buildFeatureIndex(features);
    const hits = searchPositions(index, 'song than');
    expect(hits.length).toBe(100);
    expect(hits.every((i) => i % 1000 === 7)).toBe(true);
    expect(searchPositions(index, 'p99999')).toEqual([99_999]);
  });
});
