// A large layer's row in the layer panel: the attribute table's button, the filter section, the
// feature count (filtered: "N of M") and the legend's count, all from its chunks. Expected counts
// come from the generated parcels' properties.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { featuresToChunks } from '../data/binary/builder';
import { parcels } from '../data/fgb/test-parcels';
import { formatters } from '../i18n';
import { userDescriptionOfKind } from '../layers/user-description';
import { useBigLayers } from '../state/big-layers-store';
import { useFilters } from '../state/filters';
import { useLanguage } from '../state/language';
import { useLayers } from '../state/layers';
import { LayerPanel } from './LayerPanel';
import { type El, findAll, findOne, render, text } from './test-markup';

vi.mock('zustand', async (actual) => (await import('./test-markup')).ssrZustand(await actual()));

const N = 12_000;
const input = [...parcels(N)];
const chunks = featuresToChunks(input);
const ID = 'user:1';
const vi_ = formatters('vi');

beforeEach(() => {
  useLanguage.setState({ lang: 'vi' });
  useFilters.getState().reset();
  useLayers.getState().addLayer(ID);
  useLayers.setState((s) => ({
    layers: { ...s.layers, [ID]: { ...s.layers[ID]!, status: 'ready', count: N } },
  }));
  useBigLayers.setState({
    layers: {
      [ID]: {
        id: ID,
        fileName: 'parcels.fgb',
        description: userDescriptionOfKind(ID, 'parcels.fgb', 'polygon', 0),
        n: 1,
        summary: { count: N, bbox: null, fields: ['id', 'use', 'area_m2'], geometry: 'polygon' },
        chunks,
        loaded: N,
      },
    },
  });
});

const row = (root: El) => findOne(root, (el) => el.attrs['data-layer-id'] === ID);
const rowCount = (r: El) => text(findOne(r, (el) => (el.attrs.class ?? '') === 'layer-count'));
const legendCount = (r: El) => text(findOne(r, (el) => (el.attrs.class ?? '') === 'legend-count'));

describe('a large layer’s row', () => {
  it('has a table button, a filter section and the layer’s count in the row and the legend', () => {
    const r = row(render(<LayerPanel />));
    expect(findAll(r, (el) => el.attrs['data-table-open'] === ID)).toHaveLength(1);
    expect(findAll(r, (el) => el.attrs['data-testid'] === `filter-${ID}`)).toHaveLength(1);
    expect(rowCount(r)).toBe('12.000 đối tượng');
    expect(legendCount(r)).toContain('12.000');
  });

  it('says "N / M" when filtered, and the legend counts the drawn (filtered) features', () => {
    useFilters.getState().setValues(ID, 'use', ['đất ở', 'đất công cộng']);
    const n = input.filter((f) => ['đất ở', 'đất công cộng'].includes(String(f.properties!.use))).length;
    expect(n).toBeGreaterThan(1000);
    const r = row(render(<LayerPanel />));
    expect(rowCount(r)).toBe(`Hiện ${vi_.num(n)} / 12.000 đối tượng`);
    expect(legendCount(r)).toContain(vi_.num(n));
    expect(legendCount(r)).not.toContain('12.000');
    const filterCount = findOne(r, (el) => el.attrs['data-testid'] === `filter-${ID}-count`);
    expect(text(filterCount)).toBe(`Hiện ${vi_.num(n)} / 12.000 đối tượng`);
  });
});
