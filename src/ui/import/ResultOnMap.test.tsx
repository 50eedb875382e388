// An analysis answer on the map: the store the map reads (one answer per layer, removed when shown
// whole), the small layer's drawn features restricted to the answer's ids (map-input.ts), the
// toggle's and the rows' markup in both languages. Ticking and the large layers' masks run in the
// browser (tests/browser/coords-user-analysis, big-layer) and big-draw-filter-sync.test.ts.
import type { Feature } from 'geojson';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLanguage } from '../../state/language';
import { useLayers } from '../../state/layers';
import { showResultOnMap, useResultOnMap } from '../../state/result-on-map';
import { mapInput } from '../map-input';
import { attr, findAll, findOne, LANGS, render, tag, text } from '../test-markup';
import { ChooseRow, ResultOnMapToggle } from './ResultOnMap';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const initialLanguage = useLanguage.getState();
beforeEach(() => {
  useLanguage.setState(initialLanguage, true);
  useLayers.getState().reset();
  useResultOnMap.setState({ byLayer: {} });
});

const point = (id: string, x: number): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [x, 11] },
  properties: { id },
});

describe('result on the map', () => {
  it('keeps one answer per layer, and forgets it when the layer is shown whole', () => {
    const ids = new Set(['a']);
    showResultOnMap('user:1', ids);
    showResultOnMap('user:2', Uint32Array.of(3, 9));
    expect(useResultOnMap.getState().byLayer['user:1']).toBe(ids);
    const before = useResultOnMap.getState().byLayer;
    showResultOnMap('user:3', null); // nothing to forget: no new state
    expect(useResultOnMap.getState().byLayer).toBe(before);
    showResultOnMap('user:1', null);
    expect(Object.keys(useResultOnMap.getState().byLayer)).toEqual(['user:2']);
  });

  it("draws only the answer's features of a small layer, the same array while nothing changes", () => {
    useLayers.getState().addLayer('user:1');
    useLayers.getState().done('user:1', [point('a', 106.5), point('b', 106.6), point('c', 106.7)]);
    const drawn = () => {
      const { layers, order } = useLayers.getState();
      return mapInput(layers, order, 'single')['user:1']!.features;
    };
    const whole = drawn();
    expect(whole.map((f) => f.properties!.id)).toEqual(['a', 'b', 'c']);
    const answer = new Set(['c', 'a']);
    showResultOnMap('user:1', answer);
    const only = drawn();
    expect(only.map((f) => f.properties!.id)).toEqual(['a', 'c']);
    expect(drawn()).toBe(only);
    // A large layer's answer (ordinals) does not touch the small input.
    showResultOnMap('user:1', Uint32Array.of(1));
    expect(drawn()).toBe(whole);
    showResultOnMap('user:1', null);
    expect(drawn()).toBe(whole);
  });

  it('offers the toggle only with an answer, labelled by its count in both languages', () => {
    expect(
      findAll(render(<ResultOnMapToggle layerId="user:1" result={null} count={0} />), tag('input')),
    ).toEqual([]);
    const want = { vi: 'Chỉ hiện 2 đối tượng này trên bản đồ', en: 'Show only these 2 features on the map' };
    for (const lang of LANGS) {
      useLanguage.setState({ lang });
      const root = render(<ResultOnMapToggle layerId="user:1" result={new Set(['a', 'b'])} count={2} />);
      const box = findOne(root, attr('data-testid', 'result-on-map-user:1'));
      expect(box.attrs.type).toBe('checkbox');
      expect(box.attrs).not.toHaveProperty('checked');
      const label = findOne(root, tag('label'));
      expect(label.attrs.for).toBe(box.attrs.id);
      expect(text(label)).toBe(want[lang]);
    }
    useLanguage.setState({ lang: 'en' });
    expect(
      text(
        findOne(
          render(<ResultOnMapToggle layerId="user:1" result={new Set(['a'])} count={1} />),
          tag('label'),
        ),
      ),
    ).toBe('Show only this feature on the map');
  });

  it("names a row's button by the row's own text (the distance included) and says what it does in its title", () => {
    const root = render(
      <ChooseRow layerId="user:1" featureId="7" name="thua-7">
        thua-7: 0,25 km
      </ChooseRow>,
    );
    const button = findOne(root, tag('button'));
    expect(button.attrs).not.toHaveProperty('aria-label');
    expect(text(button)).toBe('thua-7: 0,25 km');
    expect(button.attrs.title).toBe('Chọn thua-7 và thu phóng tới');
  });
});
