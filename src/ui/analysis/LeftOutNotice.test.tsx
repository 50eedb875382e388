import type { Feature } from 'geojson';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { districtAreas } from '../../analysis/areas';
import { createContext } from '../../analysis/context';
import { packLayers } from '../../analysis/pack';
import { parkProximity } from '../../analysis/proximity';
import { syntheticLayers } from '../../analysis/test-fixtures';
import { useAnalysis } from '../../state/analysis';
import { useLanguage } from '../../state/language';
import { useLayers } from '../../state/layers';
import { attr, findAll, findOne, render, tag, text } from '../test-markup';
import { AreasTab } from './AreasTab';
import { NearestTab } from './NearestTab';
import { unwrap } from './tab-fixtures';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const initialLanguage = useLanguage.getState();
const initialLayers = useLayers.getState();
beforeEach(() => {
  useLanguage.setState(initialLanguage, true);
  useLayers.setState(initialLayers, true);
  useAnalysis.getState().reset();
});

const base = syntheticLayers();
const extra: Feature[] = [
  {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [Number.NaN, Number.NaN] },
    properties: {
      id: 'nan',
      name_vi: 'KCN NaN',
      name_en: 'NaN park',
      status: 'existing',
      district_code: '1',
    },
  },
  {
    type: 'Feature',
    geometry: {
      type: 'LineString',
      coordinates: [
        [106.5, 11],
        [106.6, 11],
      ],
    },
    properties: { id: 'line', name_vi: 'KCN đường', name_en: 'Line park', status: 'existing' },
  },
  {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [106.56, 11.02] },
    properties: {
      id: 'nostatus',
      name_vi: 'KCN không trạng thái',
      name_en: 'No-status park',
      status: null,
      area_ha: 30,
      district_code: '1',
    },
  },
];
const ctx = createContext(packLayers({ ...base, parks: [...(base.parks as Feature[]), ...extra] }));

describe('the notices for features left out and parks of unknown status', () => {
  it('Areas names each left-out park with its reason, in both languages, and has a status-unknown column', () => {
    useAnalysis.setState({ results: { areas: unwrap(districtAreas(ctx)) } });
    useLayers.setState((s) => ({ layers: { ...s.layers, parks: { ...s.layers.parks, features: extra } } }));
    const vi = render(<AreasTab />);
    const items = findAll(findOne(vi, attr('data-testid', 'analysis-left-out')), tag('li')).map(text);
    expect(items).toEqual([
      'Khu công nghiệp “KCN NaN”: không có vị trí (không có hình học, hoặc toạ độ không phải số hữu hạn)',
      'Khu công nghiệp “KCN đường”: hình học kiểu LineString, lớp này không dùng được kiểu đó',
    ]);
    expect(text(findOne(vi, tag('thead')))).toContain('Chưa rõ trạng thái (ha)');
    expect(text(findOne(vi, attr('data-testid', 'areas-unknown-status')))).toContain('KCN không trạng thái');
    useLanguage.setState({ lang: 'en' });
    const en = render(<AreasTab />);
    expect(text(findOne(en, attr('data-testid', 'analysis-left-out')))).toContain(
      'Industrial parks “NaN park”: no location',
    );
    expect(text(findOne(en, tag('thead')))).toContain('Status unknown (ha)');
    expect(text(findOne(en, attr('data-testid', 'areas-border-rule')))).toContain('lowest code');
  });

  it('Nearest keeps the park without status, shows "status unknown" and lists the left-out ones', () => {
    useAnalysis.setState({ results: { nearest: unwrap(parkProximity(ctx)) } });
    useLanguage.setState({ lang: 'en' });
    const root = render(<NearestTab />);
    const row = findOne(root, attr('data-row-key', 'nostatus'));
    expect(text(row)).toContain('Status unknown');
    expect(text(findOne(root, attr('data-testid', 'nearest-unknown-status')))).toContain('No-status park');
    expect(findAll(root, attr('data-testid', 'analysis-left-out'))).toHaveLength(1);
  });

  it('no notice when nothing is left out', () => {
    const clean = createContext(packLayers(syntheticLayers()));
    useAnalysis.setState({ results: { areas: unwrap(districtAreas(clean)) } });
    const root = render(<AreasTab />);
    expect(findAll(root, attr('data-testid', 'analysis-left-out'))).toHaveLength(0);
    expect(text(findOne(root, tag('thead')))).not.toContain('Chưa rõ trạng thái');
  });
});
