import { describe, expect, it } from 'vitest';
import { shortDistrictName } from './districts';

describe('shortDistrictName', () => {
  it('drops the unit type in both languages and keeps the diacritics', () => {
    expect(shortDistrictName('Thành phố Thủ Dầu Một')).toBe('Thủ Dầu Một');
    expect(shortDistrictName('Huyện Bắc Tân Uyên')).toBe('Bắc Tân Uyên');
    expect(shortDistrictName('Thị xã Bến Cát')).toBe('Bến Cát');
    expect(shortDistrictName('Bau Bang District')).toBe('Bau Bang');
    expect(shortDistrictName('Thu Dau Mot City')).toBe('Thu Dau Mot');
  });

  it('leaves a name without a unit type alone', () => {
    expect(shortDistrictName('Phú Giáo')).toBe('Phú Giáo');
    expect(shortDistrictName('Cityview')).toBe('Cityview');
  });
});
