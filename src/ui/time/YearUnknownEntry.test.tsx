import type { Feature, Geometry } from 'geojson';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLanguage } from '../../state/language';
import { useTime } from '../../state/time';
import { Legend } from '../Legend';
import { attr, findAll, render, text } from '../test-markup';
import { YearUnknownEntry } from './YearUnknownEntry';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const park = (
  id: string,
  year: number | null,
  area: number | null,
  status = 'existing',
): Feature<Geometry> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.7, 11] },
  properties: {
    id,
    status,
    established_year: year,
    area_ha: area,
    area_qualifier: area === null ? null : 'exact',
    totals_exclusion_reason: '',
  },
});
// Two parks of unknown year (one of unknown area), one dated, one planned without a year.
const FEATURES = [
  park('a', 2001, 100),
  park('b', null, 1200),
  park('c', null, null),
  park('d', null, 50, 'planned'),
];

beforeEach(() => {
  useLanguage.setState({ lang: 'vi' });
  useTime.setState({ year: null, overrides: {}, playing: false });
});

describe('the parks legend while the time slider is on', () => {
  it('has a "year unknown" line with the count and known land of those parks', () => {
    useTime.setState({ year: 2005 });
    // The legend loads this line lazily (its own chunk) once the slider is on; rendered directly here.
    const root = render(<YearUnknownEntry features={FEATURES} />);
    const [entry] = findAll(root, attr('data-testid', 'legend-year-unknown'));
    expect(entry!.attrs['data-count']).toBe('2');
    expect(text(entry!)).toBe('Chưa rõ năm: 2 khu, 1.200 ha');
  });

  it('has no such line while the slider is off', () => {
    const root = render(<Legend layerId="parks" features={FEATURES} />);
    expect(findAll(root, attr('data-testid', 'legend-year-unknown'))).toEqual([]);
  });
});
