// The info panel's focus target: its heading (the feature's name) can take the focus from script
// (tabindex -1) without entering the tab order; the panel is named and has a named close button.
import type { Feature } from 'geojson';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLanguage } from '../state/language';
import { useLayers } from '../state/layers';
import { useSelection } from '../state/selection';
import { InfoPanel } from './InfoPanel';
import { attr, findAll, findOne, render, tag, text } from './test-markup';

vi.mock('zustand', async (actual) => (await import('./test-markup')).ssrZustand(await actual()));

const initial = { lang: useLanguage.getState(), layers: useLayers.getState(), sel: useSelection.getState() };

beforeEach(() => {
  useLanguage.setState(initial.lang, true);
  useLayers.setState(initial.layers, true);
  useSelection.setState(initial.sel, true);
});

const place: Feature = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.6745, 10.9807] },
  properties: {
    id: 'tdmu',
    name_vi: 'Trường Đại học Thủ Dầu Một',
    name_en: 'Thu Dau Mot University',
    kind: 'innovation',
  },
};

describe('InfoPanel focus', () => {
  it('renders nothing while nothing is selected', () => {
    expect(findAll(render(<InfoPanel />), attr('data-testid', 'info-panel'))).toEqual([]);
  });

  it('puts the feature name in a heading that script can focus but Tab skips', () => {
    useLayers.setState((s) => ({
      layers: { ...s.layers, places: { ...s.layers.places, features: [place] } },
    }));
    useSelection.setState({ selected: { layerId: 'places', featureId: 'tdmu' } });
    const root = render(<InfoPanel />);
    const panel = findOne(root, attr('data-testid', 'info-panel'));
    expect(panel.attrs['aria-label']).toBe('Thông tin đối tượng');
    const heading = findOne(panel, tag('h2'));
    expect(text(heading)).toBe('Trường Đại học Thủ Dầu Một');
    expect(heading.attrs.tabindex).toBe('-1');
    const close = findOne(panel, tag('button'));
    expect(close.attrs['aria-label']).toBe('Đóng bảng thông tin');
  });
});
