// The exported PNG's and the printed page's legend of an imported layer coloured by a column: the
// classes' ranges in the user's language and the missing values' entry, from currentLegend (what
// the print tools call), reading the large layer's description from its store.
import { beforeEach, describe, expect, it } from 'vitest';
import { formatters } from '../i18n';
import { classDigits } from '../layers/class-digits';
import { withColorRule } from '../layers/color-by';
import { userDescriptionOfKind } from '../layers/user-description';
import { useBigLayers } from '../state/big-layers-store';
import { useLayers } from '../state/layers';
import { currentLegend } from './actions';

beforeEach(() => {
  useLayers.getState().reset();
  useBigLayers.setState({ layers: {} });
});

describe('print legend of a layer coloured by a column', () => {
  it('lists the classes and the missing values of a large layer', () => {
    const id = 'user:4';
    const rule = {
      type: 'classes' as const,
      field: 'area',
      breaks: [10, 20.5, 1000],
      colors: ['#ffffcc', '#41b6c4', '#253494'],
      missing: '#bdbdbd',
      digits: 1, // as classRule decides it when the rule is made (class-digits.ts)
    };
    const description = withColorRule(userDescriptionOfKind(id, 'lots.fgb', 'polygon', 3), 4, rule);
    const summary = { count: 30_000, bbox: null, fields: ['area'], geometry: 'polygon' as const };
    useBigLayers.setState({
      layers: { [id]: { id, fileName: 'lots.fgb', description, n: 4, summary, chunks: [], loaded: 0 } },
    });
    useLayers.getState().addLayer(id);
    const [group] = currentLegend(formatters('en'));
    expect(group?.title).toBe('lots.fgb');
    expect(group?.items.map((i) => i.text)).toEqual(['≤ 10', 'over 10 to 20.5', '> 20.5', 'No data']);
    // With the counts "Colour by" keeps, each entry says how many features it holds.
    const counted = withColorRule(description, 4, rule, true, {
      'c-0': 12000,
      'c-1': 9000,
      'c-2': 8990,
      missing: 10,
    });
    useBigLayers.setState((st) => ({ layers: { [id]: { ...st.layers[id]!, description: counted } } }));
    expect(currentLegend(formatters('en'))[0]?.items.map((i) => i.text)).toEqual([
      '≤ 10 (12,000)',
      'over 10 to 20.5 (9,000)',
      '> 20.5 (8,990)',
      'No data (10)',
    ]);
    expect(currentLegend(formatters('vi'))[0]?.items[0]?.text).toBe('≤ 10 (12.000)');
    useBigLayers.setState((st) => ({ layers: { [id]: { ...st.layers[id]!, description } } }));
    expect(group?.items.map((i) => (i.swatch.kind === 'area' ? i.swatch.fill : null))).toEqual([
      '#ffffcc',
      '#41b6c4',
      '#253494',
      '#bdbdbd',
    ]);
  });

  it('lists no "no data" for a column that has no missing value', () => {
    const id = 'user:5';
    const rule = { type: 'category' as const, field: 'use', colors: { a: '#117733' }, other: '#dddddd' };
    const description = withColorRule(userDescriptionOfKind(id, 'b.fgb', 'point', 4), 5, rule, false);
    const summary = { count: 30_000, bbox: null, fields: ['use'], geometry: 'point' as const };
    useBigLayers.setState({
      layers: { [id]: { id, fileName: 'b.fgb', description, n: 5, summary, chunks: [], loaded: 0 } },
    });
    useLayers.getState().addLayer(id);
    expect(currentLegend(formatters('en'))[0]?.items.map((i) => i.text)).toEqual(['a']);
  });

  it('writes class bounds with the digits that keep them exact, or at least apart', () => {
    expect(classDigits([12, 20, 1000])).toBe(0);
    expect(classDigits([10, 20.5])).toBe(1);
    expect(classDigits([0.1234, 0.1238])).toBe(3);
    expect(classDigits([1 / 3, 2 / 3])).toBe(2);
  });
});
