import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { corridorLabel, nameOf, shortDistrictName } from './text';

const corridor = (name_vi: string, name_en: string): Feature => ({
  type: 'Feature',
  geometry: { type: 'LineString', coordinates: [] },
  properties: { name_vi, name_en },
});

describe('label text', () => {
  it('normalises names to NFC, one code point per Vietnamese letter', () => {
    // "Dầu" written decomposed: D, a, combining circumflex, combining grave, u.
    const decomposed = 'D\u0061\u0302\u0300u';
    const f = { type: 'Feature', geometry: null, properties: { name_vi: decomposed } } as unknown as Feature;
    expect(nameOf(f, 'vi')).toBe('D\u1ea7u');
    expect([...nameOf(f, 'vi')]).toHaveLength(3);
  });

  it('labels corridors with their road numbers or short names', () => {
    expect(corridorLabel(corridor('Quốc lộ 13', 'National Highway 13'), 'en')).toBe('QL13');
    expect(corridorLabel(corridor('Đường tỉnh 743 (ĐT743a/b/c)', 'Provincial Road 743'), 'vi')).toBe('ĐT743');
    expect(corridorLabel(corridor('Đường tỉnh 747B (ĐT747b; ĐT747a noted)', 'x'), 'vi')).toBe('ĐT747B');
    expect(
      corridorLabel(corridor('Đường Vành đai 4 TP.HCM – đoạn Bình Dương', 'HCMC Ring Road 4'), 'en'),
    ).toBe('Ring Road 4');
    expect(
      corridorLabel(
        corridor('Đường sắt Bắc – Nam (đoạn qua Dĩ An)', 'North–South Railway (Di An section)'),
        'vi',
      ),
    ).toBe('Đường sắt Bắc – Nam');
    expect(corridorLabel(corridor('Tuyến A / kéo dài B', 'Line A / B extension'), 'en')).toBe('Line A');
  });

  it('drops the unit type from district names', () => {
    expect(shortDistrictName('Thành phố Thủ Dầu Một')).toBe('Thủ Dầu Một');
    expect(shortDistrictName('Bau Bang District')).toBe('Bau Bang');
  });
});
