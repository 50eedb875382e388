import { afterEach, describe, expect, it } from 'vitest';
import { formatters } from '../i18n';
import { userDescriptionOfKind } from '../layers/user-description';
import { useBigLayers } from '../state/big-layers-store';
import { useLayers } from '../state/layers';
import { currentLegend } from './actions';

afterEach(() => {
  useBigLayers.setState({ layers: {} });
  useLayers.getState().reset();
});

describe('currentLegend', () => {
  it('lists a visible imported large layer under its file name, with its colour, as the map draws it', () => {
    const description = userDescriptionOfKind('user:1', 'thua-dat.fgb', 'polygon', 0);
    useBigLayers.setState({
      layers: {
        'user:1': {
          id: 'user:1',
          fileName: 'thua-dat.fgb',
          description,
          n: 1,
          summary: { count: 30_000, bbox: null, fields: [], geometry: 'polygon' },
          chunks: [],
          loaded: 30_000,
        },
      },
    });
    useLayers.getState().addLayer('user:1');
    useLayers.getState().done('user:1', []);
    const groups = currentLegend(formatters('vi'));
    const mine = groups.find((g) => g.id === 'user:1');
    expect(mine?.title).toBe('thua-dat.fgb');
    expect(mine?.items).toHaveLength(1);
    const fill = description.style.fill!.color;
    expect(mine?.items[0]?.swatch).toMatchObject({
      kind: 'area',
      fill: fill.type === 'fixed' ? fill.color : '',
    });
    // Hidden: not in the legend.
    useLayers.getState().setVisible('user:1', false);
    expect(currentLegend(formatters('vi')).some((g) => g.id === 'user:1')).toBe(false);
  });
});
