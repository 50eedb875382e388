// How a user's feature is named: bilingual names in the UI's language first, then the name-like
// properties GIS files use, text or finite numbers only; the analyses' rows fall back to the id,
// then the feature's number.
import { describe, expect, it } from 'vitest';
import { formatters } from '../i18n';
import { importedFeatureTitle, ownName, rowHead } from './feature-name';
import { featureLabel } from './import/user-analysis-common';

describe('ownName', () => {
  it('takes name_vi / name_en by language, each standing in for the other', () => {
    expect(ownName({ name_vi: 'Chợ', name_en: 'Market', name: 'x' }, 'vi')).toBe('Chợ');
    expect(ownName({ name_vi: 'Chợ', name_en: 'Market' }, 'en')).toBe('Market');
    expect(ownName({ name_vi: 'Chợ' }, 'en')).toBe('Chợ');
  });

  it('else the first name-like property, trimmed; never an object, NaN or empty text', () => {
    expect(ownName({ TEN: 'Thửa 12', name: '  ' }, 'vi')).toBe('Thửa 12');
    expect(ownName({ Ten: 7 }, 'vi')).toBe('7');
    expect(ownName({ name: { a: 1 }, ten: Number.NaN, Name: '<b>x</b>' }, 'vi')).toBe('<b>x</b>');
    expect(ownName({ id: 'p1' }, 'vi')).toBe('');
    expect(ownName(null, 'vi')).toBe('');
  });

  it('else the first property named like a name: Ten_DT, TEN_DUONG, TenDuong, name_1; not Tenant or names', () => {
    // HCMGIS's relics (Ten_DT) and bridges (TenDuong), in ../shared/data/real-gis.
    expect(ownName({ Ma_DT: 'DT01', Ten_DT: 'Dinh Độc Lập' }, 'vi')).toBe('Dinh Độc Lập');
    expect(ownName({ MaDuong: 'C1', TenDuong: 'Cầu Calmette' }, 'en')).toBe('Cầu Calmette');
    expect(ownName({ TEN_DUONG: 'Quốc lộ 13', name_1: 'x' }, 'vi')).toBe('Quốc lộ 13');
    expect(ownName({ name_1: 'Lot 4' }, 'vi')).toBe('Lot 4');
    expect(ownName({ Tên_khu: 'Khu A' }, 'vi')).toBe('Khu A');
    expect(ownName({ Ten_DT: '', TenDuong: 'Cầu Bông' }, 'vi')).toBe('Cầu Bông');
    expect(ownName({ Tenant: 'ACME', TENANT: 'ACME', names: 'a,b', tendency: 'x' }, 'vi')).toBe('');
    // The exact keys come first, wherever they stand.
    expect(ownName({ Ten_DT: 'Dinh', ten: 'Hội trường' }, 'vi')).toBe('Hội trường');
  });
});

describe('featureLabel', () => {
  const f = (properties: Record<string, unknown>) => ({
    type: 'Feature' as const,
    geometry: null,
    properties,
  });
  const vi = formatters('vi');
  it('names a result row by the own name, else the id, else "Feature no. N" (N the number in the file)', () => {
    expect(featureLabel(f({ id: 'p1', name: 'Thủ Dầu Một' }), 0, vi)).toBe('Thủ Dầu Một');
    expect(featureLabel(f({ id: 'p1', name_vi: 'Cầu', name_en: 'Bridge' }), 0, formatters('en'))).toBe(
      'Bridge',
    );
    expect(featureLabel(f({ id: 'p1', Ten_DT: 'Dinh Độc Lập' }), 0, vi)).toBe('Dinh Độc Lập');
    expect(featureLabel(f({ id: 'p1' }), 0, vi)).toBe('p1');
    expect(featureLabel(f({ id: '' }), 4, vi)).toBe('Đối tượng số 5');
    expect(featureLabel(undefined, 1233, formatters('en'))).toBe('Feature no. 1,234');
  });
});

describe('importedFeatureTitle (the info panel and the features-in-view list alike)', () => {
  const vi = formatters('vi');
  const big = { big: true, idsMade: false };
  const small = { big: false, idsMade: false };
  it('a large layer: its own name, else its own id, else its number in the file (ordinal + 1)', () => {
    expect(importedFeatureTitle({ ten: 'Lô A', id: 'parcel_1' }, '16837', big, vi)).toBe('Lô A');
    expect(importedFeatureTitle({ id: 'parcel_14271', use: 'x' }, '16837', big, vi)).toBe('parcel_14271');
    expect(importedFeatureTitle({ use: 'x' }, '16837', big, vi)).toBe('Đối tượng số 16.838');
  });
  it('a small layer: its own name, else its number when the viewer made the ids, else the file’s id', () => {
    expect(importedFeatureTitle({ name: 'Kho' }, '3', small, vi)).toBe('Kho');
    expect(importedFeatureTitle({ id: '1' }, '1', { big: false, idsMade: true }, vi)).toBe('Đối tượng số 1');
    expect(importedFeatureTitle({ id: 'K-7' }, 'K-7', small, formatters('en'))).toBe('K-7');
  });
});

describe('rowHead (a name before ": value")', () => {
  it("drops the name's own closing full stop, comma, semicolon or colon, nothing else", () => {
    const relic =
      'Di tích lịch sử Dinh Độc Lập - Nơi ghi dấu thắng lợi hoàn toàn cuộc kháng chiến chống Mỹ cứu nước, giải phóng miền Nam, thống nhất đất nước.';
    expect(rowHead(relic)).toBe(relic.slice(0, -1));
    expect(rowHead('Chùa Bà; ')).toBe('Chùa Bà');
    expect(rowHead('KCN Mỹ Phước 3')).toBe('KCN Mỹ Phước 3');
    expect(rowHead('Dinh…')).toBe('Dinh…');
    expect(rowHead('...')).toBe('...');
  });
});

describe('featureLabel with ids the viewer made', () => {
  it('names a feature by its number, not by the bare id the viewer gave it', () => {
    const vi = formatters('vi');
    const f = (props: Record<string, unknown>) => ({
      type: 'Feature' as const,
      geometry: null,
      properties: props,
    });
    expect(featureLabel(f({ id: '511', ten: '' }), 510, vi, true)).toBe('Đối tượng số 511');
    expect(featureLabel(f({ id: '511', ten: 'Chùa Giác Lâm' }), 510, vi, true)).toBe('Chùa Giác Lâm');
    expect(featureLabel(f({ id: 'p511' }), 510, vi)).toBe('p511');
  });
});
