// The explorer's list with a failed corridors layer: the panel names the distances that are
// unavailable, each card says so for those four kinds, and the rest (facts, place distances,
// the count) is all there.
import type { Feature } from 'geojson';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ParkDistancesReport } from '../../analysis/park-distances';
import { useExplorer } from '../../state/explorer';
import { useFilters } from '../../state/filters';
import { useLanguage } from '../../state/language';
import { useLayers } from '../../state/layers';
import { attr, findAll, findOne, render, text } from '../test-markup';
import { ParkList } from './ParkList';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const park = (id: string, area: number | null): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.7, 11] },
  properties: {
    id,
    name_vi: `KCN ${id}`,
    name_en: `${id} Industrial Park`,
    status: 'existing',
    area_ha: area,
    area_qualifier: area === null ? null : 'approximate',
    developer: 'Becamex IDC',
    sources: 'https://example.gov.vn/a',
  },
});
const hit = (km: number) => ({
  km,
  target: { id: 'cat_lai', name_vi: 'Cảng Cát Lái', name_en: 'Cat Lai Port' },
});
const REPORT: ParkDistancesReport = {
  rows: ['a', 'b'].map((id) => ({
    id,
    distances: {
      expressway: null,
      national_road: null,
      ring_road: null,
      railway: null,
      port: hit(id === 'a' ? 20 : 30),
      airport: null,
      icd: null,
    },
  })),
  unavailable: (['expressway', 'national_road', 'ring_road', 'railway'] as const).map((kind) => ({
    kind,
    layer: 'corridors' as const,
  })),
  left_out: [],
};

beforeEach(() => {
  useLanguage.getState().setLanguage('en');
  useExplorer.getState().reset();
  useFilters.getState().reset();
  useLayers.getState().reset();
  useLayers.getState().done('parks', [park('a', 500), park('b', null)] as never);
  useLayers.getState().fail('corridors', 'HTTP 404');
  useExplorer.getState().setDistances(REPORT);
});

describe('ParkList with the corridors layer failed', () => {
  it('names the unavailable distances; cards keep facts and place distances', () => {
    const root = render(<ParkList />);
    const notice = text(findOne(root, attr('data-testid', 'explorer-unavailable-corridors')));
    expect(notice).toMatch(/Expressway, National road, Ring road, Railway/);
    expect(findAll(root, attr('data-testid', 'explorer-unavailable-places'))).toHaveLength(0);
    expect(text(findOne(root, attr('data-testid', 'explorer-count')))).toBe('2 of 2 parks');
    const cards = findAll(root, (el) => el.tag === 'article');
    expect(cards.map((c) => c.attrs['data-park-id'])).toEqual(['a', 'b']);
    const a = text(cards[0]!);
    expect(a).toContain('≈ 500 ha');
    expect(a).toContain('20.0 km straight-line – Cat Lai Port');
    expect(text(findOne(cards[0]!, attr('data-kind', 'expressway')))).toMatch(/unavailable/);
    expect(text(findOne(cards[0]!, attr('data-kind', 'airport')))).toMatch(/none in the data/);
    expect(text(cards[1]!)).toMatch(/AreaUnknown/);
  });
});

describe('filters kept across closing and reopening the explorer', () => {
  it('the fields show the limits in force, in the UI language', () => {
    useLanguage.getState().setLanguage('vi');
    useExplorer.getState().setMaxKm('expressway', 2.5);
    useFilters.getState().setRange('parks', 'area_ha', 100, null);
    const root = render(<ParkList />);
    expect(findOne(root, attr('data-testid', 'explorer-km-expressway')).attrs.value).toBe('2,5');
    expect(findOne(root, attr('data-testid', 'explorer-km-port')).attrs.value).toBe('');
    expect(findOne(root, attr('data-testid', 'explorer-area-min')).attrs.value).toBe('100');
    // The expressway distances are unknown here (corridors failed): no park passes that limit.
    expect(text(findOne(root, attr('data-testid', 'explorer-count')))).toBe('0 / 2 KCN');
  });
});
