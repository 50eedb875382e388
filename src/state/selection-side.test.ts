import { beforeEach, describe, expect, it } from 'vitest';
import { sameRef, selectableAt, useSelection } from './selection';

beforeEach(() => useSelection.setState({ selected: null, hovered: null, choices: null }));

describe('a selection’s map side', () => {
  it('refs without a side compare as before', () => {
    expect(sameRef({ layerId: 'parks', featureId: 'a' }, { layerId: 'parks', featureId: 'a' })).toBe(true);
    expect(sameRef({ layerId: 'parks', featureId: 'a' }, { layerId: 'parks', featureId: 'b' })).toBe(false);
  });

  it('the same feature picked on the other map is another selection', () => {
    const left = { layerId: 'parks', featureId: 'a', side: 'left' } as const;
    const right = { ...left, side: 'right' } as const;
    expect(sameRef(left, right)).toBe(false);
    useSelection.getState().select(left);
    useSelection.getState().select(right);
    expect(useSelection.getState().selected).toEqual(right);
  });

  it('the chooser keeps the side of the map the features were picked on', () => {
    const refs = [
      { layerId: 'parks', featureId: 'a', side: 'right' },
      { layerId: 'places', featureId: 'b', side: 'right' },
    ] as const;
    useSelection.getState().pickAt(refs, { x: 1, y: 2 }, false);
    expect(useSelection.getState().choices?.refs.map((r) => r.side)).toEqual(['right', 'right']);
    expect(selectableAt([refs[0], refs[0]])).toHaveLength(1);
  });
});
