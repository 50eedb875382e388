// The info panel says on which map of a comparison a selection was made (issue 8 §6).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { translate } from '../i18n';
import { useLanguage } from '../state/language';
import { useLayers } from '../state/layers';
import { useSelection } from '../state/selection';
import { InfoPanel } from './InfoPanel';
import { attr, findAll, LANGS, render, text } from './test-markup';

vi.mock('zustand', async (actual) => (await import('./test-markup')).ssrZustand(await actual()));

const place = {
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: [106.65, 11.0] },
  properties: { id: 'p1', name_vi: 'Nơi thử', name_en: 'Test place', kind: 'innovation' },
};

beforeEach(() => {
  useLanguage.setState({ lang: 'vi' });
  useLayers.getState().reset();
  useLayers.getState().done('places', [place]);
});

const sideNote = () => findAll(render(<InfoPanel />), attr('data-testid', 'info-side'));

describe('InfoPanel in a comparison', () => {
  it('names the map a selection was made on, in both languages', () => {
    for (const lang of LANGS) {
      useLanguage.setState({ lang });
      for (const side of ['left', 'right'] as const) {
        useSelection.setState({ selected: { layerId: 'places', featureId: 'p1', side } });
        const notes = sideNote();
        expect(notes).toHaveLength(1);
        expect(text(notes[0]!)).toBe(translate(lang, `compare.side.${side}`));
      }
    }
  });

  it('says nothing about sides for the one map (a ref without side, or the single side)', () => {
    useSelection.setState({ selected: { layerId: 'places', featureId: 'p1' } });
    expect(sideNote()).toHaveLength(0);
    useSelection.setState({ selected: { layerId: 'places', featureId: 'p1', side: 'single' } });
    expect(sideNote()).toHaveLength(0);
    // The panel itself is there: the note is what differs.
    expect(findAll(render(<InfoPanel />), attr('data-testid', 'info-panel'))).toHaveLength(1);
  });
});
