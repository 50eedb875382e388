// An analysis answer on the map: the store the map reads (one answer per layer, removed when shown
// whole), the small layer's drawn features restricted to the answer's ids (map-input.ts), the
// toggle's and the rows' markup in both languages. Ticking and the large layers' masks run in the
// browser (tests/browser/coords-user-analysis, big-layer) and big-draw-filter-sync.test.ts.
import type { Feature, Polygon } from 'geojson';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { square } from '../../analysis/test-fixtures';
import { featuresToChunks } from '../../data/binary/builder';
import type { LayerId } from '../../data/schema';
import { EMPTY_OVERLAY } from '../../map/layers/overlay-types';
import { useBigDrawFilters } from '../../state/big-draw-filter';
import { useBigLayers } from '../../state/big-layers-store';
import { useLanguage } from '../../state/language';
import { useLayers } from '../../state/layers';
import { useResultOnMap } from '../../state/result-on-map';
import { hideResultOnMap, showResultOnMap } from '../../state/result-on-map-actions';
import { withAnswers } from '../analysis/overlay';
import { useAnswerDrawnCount } from '../answer-count';
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

/** Shows useAnswerDrawnCount's answer for layer `id` as text. */
function Probe({ id }: { id: LayerId }) {
  return <output>{String(useAnswerDrawnCount(id))}</output>;
}

const point = (id: string, x: number): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [x, 11] },
  properties: { id },
});

describe('result on the map', () => {
  it("keeps one answer per layer, says whose, and forgets it only for that analysis's box", () => {
    const ids = new Set(['a']);
    showResultOnMap('user:1', 'within', ids);
    showResultOnMap('user:2', 'nearest', Uint32Array.of(3, 9));
    expect(useResultOnMap.getState().byLayer['user:1']).toEqual({ source: 'within', result: ids });
    const before = useResultOnMap.getState().byLayer;
    showResultOnMap('user:1', 'within', ids); // the same answer: no new state
    expect(useResultOnMap.getState().byLayer).toBe(before);
    hideResultOnMap('user:1', 'nearest'); // not the one shown: nothing changes
    expect(useResultOnMap.getState().byLayer).toBe(before);
    // The other analysis of the same layer ticked: its answer replaces the first.
    const nearest = new Set(['b']);
    showResultOnMap('user:1', 'nearest', nearest);
    expect(useResultOnMap.getState().byLayer['user:1']).toEqual({ source: 'nearest', result: nearest });
    hideResultOnMap('user:1', 'within');
    expect(useResultOnMap.getState().byLayer['user:1']?.source).toBe('nearest');
    hideResultOnMap('user:1', 'nearest');
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
    showResultOnMap('user:1', 'within', answer);
    const only = drawn();
    expect(only.map((f) => f.properties!.id)).toEqual(['a', 'c']);
    expect(drawn()).toBe(only);
    // A large layer's answer (ordinals) does not touch the small input; no answer (a re-run): whole.
    showResultOnMap('user:1', 'within', Uint32Array.of(1));
    expect(drawn()).toBe(whole);
    showResultOnMap('user:1', 'within', null);
    expect(drawn()).toBe(whole);
    showResultOnMap('user:1', 'within', answer);
    expect(drawn()).toBe(only);
    hideResultOnMap('user:1', 'within');
    expect(drawn()).toBe(whole);
  });

  it('offers the toggle only with an answer, labelled by its count in both languages', () => {
    expect(
      findAll(
        render(<ResultOnMapToggle layerId="user:1" source="within" result={null} count={0} />),
        tag('input'),
      ),
    ).toEqual([]);
    const want = { vi: 'Chỉ hiện 2 đối tượng này trên bản đồ', en: 'Show only these 2 features on the map' };
    for (const lang of LANGS) {
      useLanguage.setState({ lang });
      const root = render(
        <ResultOnMapToggle layerId="user:1" source="within" result={new Set(['a', 'b'])} count={2} />,
      );
      const box = findOne(root, attr('data-testid', 'result-on-map-user:1-within'));
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
          render(<ResultOnMapToggle layerId="user:1" source="within" result={new Set(['a'])} count={1} />),
          tag('label'),
        ),
      ),
    ).toBe('Show only this feature on the map');
  });

  it("ticks the box of the analysis whose answer the map shows, not the other's; a large layer's only with the filter extension", () => {
    const ids = new Set(['a']);
    const box = (source: string, big = false) =>
      findAll(
        render(<ResultOnMapToggle layerId="user:1" source={source} result={ids} count={1} big={big} />),
        tag('input'),
      );
    showResultOnMap('user:1', 'within', ids);
    expect(box('within')[0]!.attrs).toHaveProperty('checked');
    expect(box('nearest')[0]!.attrs).not.toHaveProperty('checked');
    useBigDrawFilters.setState({ failed: true });
    expect(box('within', true)).toEqual([]);
    expect(box('within')).toHaveLength(1);
    useBigDrawFilters.setState({ failed: undefined });
    expect(box('within', true)).toHaveLength(1);
  });

  it("draws an answer's zone while its box is ticked and says what it is, in both languages", () => {
    const zone: Feature<Polygon> = {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: square(106.6, 11, 106.7, 11.1) },
      properties: {},
    };
    const ids = new Set(['a']);
    const notes = { vi: 'Vùng tô xanh', en: 'Shaded blue' };
    const toggle = (note: string) =>
      render(
        <ResultOnMapToggle
          layerId="user:1"
          source="within"
          result={ids}
          count={1}
          drawing={{ zone }}
          note={note}
        />,
      );
    const note = () =>
      findAll(
        toggle(notes[useLanguage.getState().lang]),
        attr('data-testid', 'result-drawing-user:1-within'),
      );
    expect(note()).toEqual([]); // not ticked: no zone drawn, nothing to explain
    expect(withAnswers(EMPTY_OVERLAY, useResultOnMap.getState().byLayer)).toBe(EMPTY_OVERLAY);
    showResultOnMap('user:1', 'within', ids, { zone });
    for (const lang of LANGS) {
      useLanguage.setState({ lang });
      expect(note().map(text)).toEqual([notes[lang]]);
    }
    // The note describes the box it belongs to.
    const root = toggle('n');
    expect(findOne(root, tag('input')).attrs['aria-describedby']).toMatch(/\S/);
    expect(findOne(root, tag('input')).attrs['aria-describedby']).toBe(
      findOne(root, attr('data-testid', 'result-drawing-user:1-within')).attrs.id,
    );
    const drawn = withAnswers(EMPTY_OVERLAY, useResultOnMap.getState().byLayer);
    expect(drawn.answerZones).toEqual([zone]);
    expect(drawn.zone).toBeNull(); // the Within tab's own zone is apart
    // Running again (no answer for now): the layer is drawn whole and its zone not at all.
    showResultOnMap('user:1', 'within', null, { zone });
    expect(withAnswers(EMPTY_OVERLAY, useResultOnMap.getState().byLayer).answerZones).toEqual([]);
    hideResultOnMap('user:1', 'within');
    expect(withAnswers(EMPTY_OVERLAY, useResultOnMap.getState().byLayer).answerZones).toEqual([]);
    // A nearest answer's connectors are drawn after the analysis panel's own.
    const line = { from: [106.6, 11] as [number, number], to: [106.7, 11] as [number, number] };
    const own = { ...EMPTY_OVERLAY, connectors: [{ ...line, kind: 'park' as const }] };
    showResultOnMap('user:2', 'nearest', ids, { connectors: [{ ...line, kind: 'corridor' }] });
    expect(withAnswers(own, useResultOnMap.getState().byLayer).connectors.map((c) => c.kind)).toEqual([
      'park',
      'corridor',
    ]);
  });

  it('makes the legend count what the map draws while an answer is shown (small and large layers)', () => {
    const count = (id: LayerId) => text(findOne(render(<Probe id={id} />), tag('output')));
    useLayers.getState().addLayer('user:1');
    useLayers
      .getState()
      .done('user:1', [point('a', 106.5), point('b', 106.6), { ...point('c', 106.7), geometry: null }]);
    expect(count('user:1')).toBe('undefined');
    // 'c' has no location: not drawn, not counted.
    showResultOnMap('user:1', 'within', new Set(['a', 'c']));
    expect(count('user:1')).toBe('1');
    // A large layer: the located features its chunks' draw masks keep.
    const chunks = featuresToChunks([point('p', 106.5), point('q', 106.6), point('r', 106.7)]);
    useBigLayers.setState({ layers: { 'user:2': { chunks } as never } });
    useBigDrawFilters.setState({ byLayer: { 'user:2': { extension: {}, masks: [Uint8Array.of(1, 0, 1)] } } });
    expect(count('user:2')).toBe('undefined');
    showResultOnMap('user:2', 'within', Uint32Array.of(0, 2));
    expect(count('user:2')).toBe('2');
    useBigLayers.setState({ layers: {} });
    useBigDrawFilters.setState({ byLayer: {} });
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
