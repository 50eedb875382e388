import { beforeEach, describe, expect, it, vi } from 'vitest';
import { whereAmI } from '../../analysis/where';
import { useAnalysis } from '../../state/analysis';
import { useLanguage } from '../../state/language';
import { attr, findAll, findOne, render, text } from '../test-markup';
import { ctx, unwrap, where } from './tab-fixtures';
import { WhereTab } from './WhereTab';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const initialLanguage = useLanguage.getState();
beforeEach(() => {
  useLanguage.setState(initialLanguage, true);
  useAnalysis.getState().reset();
});

describe('WhereTab', () => {
  it('explains what to do before any click', () => {
    const root = render(<WhereTab />);
    expect(text(root)).toContain('Nhấp vào một điểm trên bản đồ');
    expect(text(findOne(root, attr('data-testid', 'where-locate')))).toBe('Dùng vị trí của tôi');
    expect(findAll(root, attr('data-testid', 'where-result'))).toHaveLength(0);
  });

  it('names the district and the nearest park and corridor with distances', () => {
    useAnalysis.setState({ results: { where: where() } });
    useLanguage.setState({ lang: 'en' });
    const root = render(<WhereTab />);
    expect(text(findOne(root, attr('data-testid', 'where-district')))).toBe('D1');
    expect(text(findOne(root, attr('data-testid', 'where-result')))).toMatch(/a — \d+\.\d km/);
  });

  it('outside every district says so', () => {
    useAnalysis.setState({ results: { where: { ...where(), district: null, districts: [] } } });
    expect(text(findOne(render(<WhereTab />), attr('data-testid', 'where-district')))).toBe(
      'Ngoài các huyện / thành phố của tỉnh',
    );
  });

  it('a point on the border of two districts names both and says it is on the border', () => {
    // x = 106.6 is the shared edge of the synthetic districts 1 and 2.
    useAnalysis.setState({ results: { where: unwrap(whereAmI(ctx, [106.6, 11.05])) } });
    useLanguage.setState({ lang: 'en' });
    const root = render(<WhereTab />);
    const cell = text(findOne(root, attr('data-testid', 'where-district')));
    expect(cell).toContain('D1 / D2');
    expect(cell).toContain('on a border: it is in all 2 districts');
  });

  it('prints the chosen point unambiguously: fixed decimals, hemisphere letters, no comma between', () => {
    useAnalysis.setState({ results: { where: { ...where(), point: [106.65, 10.97] } } });
    const vi = render(<WhereTab />);
    expect(text(findOne(vi, attr('data-testid', 'where-point')))).toBe('10,97000° B · 106,65000° Đ');
    expect(text(vi)).toContain('Điểm đã chọn trên bản đồ');
    useLanguage.setState({ lang: 'en' });
    const en = render(<WhereTab />);
    expect(text(findOne(en, attr('data-testid', 'where-point')))).toBe('10.97000° N · 106.65000° E');
  });
});

describe('WhereTab in VN-2000', () => {
  it('offers the choice of system, and prints X (northing) · Y (easting) in metres once chosen', async () => {
    const { useCoordSystem } = await import('../../state/coord-system');
    const { loadVn2000 } = await import('../coords/use-coord-texts');
    await loadVn2000(); // a server render runs no effect: load the conversion's chunk first
    // README case 4 (../shared/data/real-gis): 106.703759, 10.788164 ↔ (604106.046, 1193189.260).
    useAnalysis.setState({ results: { where: { ...where(), point: [106.703759, 10.788164] } } });
    const before = render(<WhereTab />);
    expect(text(findOne(before, attr('data-testid', 'coord-system')))).toContain('VN-2000 / TM-3 105°45′');
    expect(text(findOne(before, attr('data-testid', 'where-point')))).toBe('10,78816° B · 106,70376° Đ');
    useCoordSystem.setState({ system: 'vn2000' });
    try {
      const root = render(<WhereTab />);
      const point = text(findOne(root, attr('data-testid', 'where-point')));
      expect(point).toMatch(/^X = 119318\d,\d\d m · Y = 60410\d,\d\d m$/);
      const [x, y] = point.match(/\d+,\d+/g)!.map((s) => Number(s.replace(',', '.')));
      expect(Math.abs(x! - 1193189.26)).toBeLessThan(0.1);
      expect(Math.abs(y! - 604106.046)).toBeLessThan(0.1);
      expect(findOne(root, attr('data-testid', 'where-copy')).attrs['aria-label']).toBe(
        'Chép toạ độ của điểm này vào bộ nhớ tạm',
      );
    } finally {
      useCoordSystem.setState({ system: 'wgs84' });
    }
  });
});
