import { beforeEach, describe, expect, it, vi } from 'vitest';
import { translate } from '../../i18n';
import { useCompare } from '../../state/compare';
import { useLanguage } from '../../state/language';
import { useLayers } from '../../state/layers';
import { useTime } from '../../state/time';
import { attr, controls, findAll, LANGS, render, tag, text } from '../test-markup';
import { CompareControl } from './CompareControl';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

beforeEach(() => {
  useLanguage.setState({ lang: 'vi' });
  useLayers.getState().reset();
  useCompare.getState().reset();
});

const inputs = (type: string) =>
  findAll(render(<CompareControl />), (el) => el.tag === 'input' && el.attrs.type === type);

describe('CompareControl', () => {
  it('offers one map, swipe and side by side as one labelled radio group, in both languages', () => {
    for (const lang of LANGS) {
      useLanguage.setState({ lang });
      const root = render(<CompareControl />);
      expect(text(findAll(root, tag('legend'))[0]!)).toBe(translate(lang, 'compare.title'));
      const labels = findAll(root, tag('label')).map((l) => text(l));
      expect(labels).toEqual([
        translate(lang, 'compare.mode.none'),
        translate(lang, 'compare.mode.swipe'),
        translate(lang, 'compare.mode.split'),
      ]);
    }
    const radios = inputs('radio');
    expect(radios.map((r) => [r.attrs.value, 'checked' in r.attrs])).toEqual([
      ['none', true],
      ['swipe', false],
      ['split', false],
    ]);
    // One map: no side choosers, no lock.
    expect(inputs('checkbox')).toHaveLength(0);
    expect(findAll(render(<CompareControl />), attr('data-testid', 'compare-lock'))).toHaveLength(0);
  });

  it('while comparing, a checkbox per layer for each side, checked as that side shows it', () => {
    useCompare.getState().setMode('swipe', { left: ['districts'], right: ['parks', 'places'] });
    const boxes = inputs('checkbox');
    expect(boxes).toHaveLength(10);
    const checked = boxes.filter((b) => 'checked' in b.attrs).map((b) => b.attrs['data-testid']);
    expect(checked).toEqual(['compare-left-districts', 'compare-right-parks', 'compare-right-places']);
    const legends = findAll(render(<CompareControl />), tag('legend')).map((l) => text(l));
    expect(legends).toContain(translate('vi', 'compare.layers.left'));
    expect(legends).toContain(translate('vi', 'compare.layers.right'));
    // Each box is named by its layer and its side (two boxes per layer, told apart out of the group).
    const label = (testId: string) =>
      text(
        findAll(
          render(<CompareControl />),
          (el) => el.tag === 'label' && findAll(el, attr('data-testid', testId)).length === 1,
        )[0]!,
      );
    expect(label('compare-left-parks')).toBe(
      `${translate('vi', 'layer.parks')} (${translate('vi', 'compare.side.left')})`,
    );
    expect(label('compare-right-parks')).toBe(
      `${translate('vi', 'layer.parks')} (${translate('vi', 'compare.side.right')})`,
    );
    // Swipe is always linked: no lock there.
    expect(findAll(render(<CompareControl />), attr('data-testid', 'compare-lock'))).toHaveLength(0);
  });

  it('side by side has the camera lock as a toggle button showing its state', () => {
    useCompare.getState().setMode('split');
    const lock = () => findAll(render(<CompareControl />), attr('data-testid', 'compare-lock'))[0]!;
    expect(lock().attrs['aria-pressed']).toBe('true');
    expect(text(lock())).toBe(translate('vi', 'compare.lock'));
    useCompare.getState().setLocked(false);
    expect(lock().attrs['aria-pressed']).toBe('false');
    // Every radio and checkbox sits in a label with a layer's or mode's name.
    const root = render(<CompareControl />);
    const labels = findAll(root, tag('label')).filter((l) => !l.attrs.for);
    expect(labels).toHaveLength(13);
    for (const l of labels) {
      expect(findAll(l, tag('input'))).toHaveLength(1);
      expect(text(l).trim()).not.toBe('');
    }
    // Each side's year choice is a select named by its own label.
    for (const side of ['left', 'right']) {
      const label = findAll(root, attr('for', `compare-year-${side}`));
      expect(label.map((l) => text(l))).toEqual([translate('vi', 'compare.year')]);
    }
    expect(controls(root).length).toBe(16);
  });

  it('each side offers "as the time slider" and every stop; an override shows as chosen', () => {
    useLayers.getState().done('parks', [
      { type: 'Feature', geometry: null, properties: { id: 'a', established_year: 2001 } },
      { type: 'Feature', geometry: null, properties: { id: 'b', status: 'planned' } },
    ]);
    useCompare.getState().setMode('split');
    useTime.getState().setOverride('right', 2005);
    const root = render(<CompareControl />);
    const select = (side: string) => findAll(root, attr('data-testid', `compare-year-${side}`))[0]!;
    const options = findAll(select('left'), tag('option'));
    expect(options[0] && text(options[0])).toBe(translate('vi', 'compare.year.same'));
    // The stops run from the first stop year to this year, then "planned".
    expect(options.at(-1) && text(options.at(-1)!)).toBe(translate('vi', 'time.planned'));
    expect(options.map((o) => o.attrs.value)).toContain('2005');
    const chosen = (side: string) =>
      findAll(select(side), tag('option')).find((o) => 'selected' in o.attrs)?.attrs.value;
    expect(chosen('right')).toBe('2005');
    expect(chosen('left')).toBe('same');
    useTime.getState().setOverride('right', undefined);
  });
});
