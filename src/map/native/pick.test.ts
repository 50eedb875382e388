import { describe, expect, it } from 'vitest';
import type { LayerId } from '../../data/schema';
import { refsOf } from './pick';

const LAYERS: Record<string, LayerId> = {
  'parks-labels': 'parks',
  'parks-fill': 'parks',
  'corridors-existing': 'corridors',
  'districts-fill': 'districts',
};
const at = (layer: string, id: unknown) => ({ layer: { id: layer }, properties: { id } });

describe('refsOf', () => {
  it('keeps MapLibre order (top first) and one entry per feature', () => {
    const refs = refsOf(
      [
        at('parks-labels', 'vsip_1'),
        at('corridors-existing', 'ql13'),
        at('parks-fill', 'vsip_1'),
        at('parks-fill', 'vsip_2'),
        at('districts-fill', 'd_725'),
      ],
      LAYERS,
    );
    expect(refs).toEqual([
      { layerId: 'parks', featureId: 'vsip_1' },
      { layerId: 'corridors', featureId: 'ql13' },
      { layerId: 'parks', featureId: 'vsip_2' },
      { layerId: 'districts', featureId: 'd_725' },
    ]);
  });

  it('leaves out basemap and selection layers and features without an id', () => {
    const refs = refsOf(
      [at('land', 'x'), at('parks-selected', 'vsip_1'), at('parks-fill', undefined), at('parks-fill', 7)],
      LAYERS,
    );
    expect(refs).toEqual([{ layerId: 'parks', featureId: '7' }]);
  });

  it('tells the same id in two data layers apart', () => {
    const refs = refsOf([at('parks-fill', 'a'), at('districts-fill', 'a')], LAYERS);
    expect(refs.map((r) => r.layerId)).toEqual(['parks', 'districts']);
  });
});
