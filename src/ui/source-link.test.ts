import { describe, expect, it } from 'vitest';
import { sourceKind, sourceLabel } from './source-link';

describe('sourceLabel', () => {
  it('keeps the query, which tells two pages of one site apart', () => {
    const a = sourceLabel('https://eng.binhduong.gov.vn/Lists/TinTucSuKien/ChiTiet.aspx?ID=2330');
    const b = sourceLabel(
      'https://eng.binhduong.gov.vn/Lists/TinTucSuKien/ChiTiet.aspx?ID=1090&PageIndex=452',
    );
    expect(a).toBe('eng.binhduong.gov.vn/Lists/TinTucSuKien/ChiTiet.aspx?ID=2330');
    expect(b).toBe('eng.binhduong.gov.vn/…/TinTucSuKien/ChiTiet.aspx?ID=1090&PageIndex=452');
    expect(b.length).toBe(70);
    expect(a).not.toBe(b);
  });
  it('decodes the path, drops "www." and shows a plain http link as such', () => {
    expect(sourceLabel('https://wikizero.com/de/Th%E1%BB%A7_D%E1%BA%A7u_M%E1%BB%99t')).toBe(
      'wikizero.com/de/Thủ_Dầu_Một',
    );
    expect(sourceLabel('https://www.sggpnews.org.vn/x.html')).toBe('sggpnews.org.vn/x.html');
    expect(sourceLabel('http://viipip.com/provinceen/?proid=5')).toBe('http://viipip.com/provinceen?proid=5');
    expect(sourceLabel('not a url')).toBe('not a url');
  });
  it('shortens a very long label from the middle, keeping the host and the end', () => {
    const label = sourceLabel(
      'https://xe.today/2025/10/01/ho-chi-minh-city-approves-12000-master-plan-for-786-hectare-mechanical-engineering-industrial-zone',
    );
    expect(label.length).toBe(70);
    expect(label.startsWith('xe.today/…')).toBe(true);
    expect(label.endsWith('-hectare-mechanical-engineering-industrial-zone')).toBe(true);
    const a = sourceLabel('https://kehoachviet.com/dan-so-va-dien-tich-cac-quan-huyen-tinh-binh-duong-2024');
    expect(a.endsWith('binh-duong-2024')).toBe(true);
  });
});

describe('sourceKind', () => {
  it('marks government sites official, Wikipedia mirrors as mirrors and unknown sites secondary', () => {
    expect(sourceKind('https://eng.binhduong.gov.vn/Lists/TinTucSuKien/ChiTiet.aspx?ID=2330')).toBe(
      'official',
    );
    expect(sourceKind('https://gis.chinhphu.vn/')).toBe('official');
    expect(sourceKind('https://wikizero.com/de/X')).toBe('mirror');
    expect(sourceKind('https://profilpelajar.com/en/T')).toBe('mirror');
    expect(sourceKind('https://kehoachviet.com/dan-so')).toBe('secondary');
    expect(sourceKind('https://datdautu24h.com/?p=2107')).toBe('secondary');
    expect(sourceKind('https://vneconomy.vn/x.htm')).toBe('press');
    expect(sourceKind('https://becamex.com.vn/en/')).toBe('company');
    expect(sourceKind('https://notgov.vn.example.com/')).toBe('secondary');
    expect(sourceKind('garbage')).toBe('secondary');
  });
});
