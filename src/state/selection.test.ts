import { beforeEach, describe, expect, it } from 'vitest';
import { type FeatureRef, selectableAt, useSelection } from './selection';

const ref = (layerId: FeatureRef['layerId'], featureId: string): FeatureRef => ({ layerId, featureId });
const initial = useSelection.getState();

beforeEach(() => useSelection.setState(initial, true));

describe('selectableAt', () => {
  it('drops the district under a park and a corridor, keeping the top-first order', () => {
    const hits = [ref('corridors', 'ql13'), ref('parks', 'vsip_1'), ref('districts', '718')];
    expect(selectableAt(hits)).toEqual([ref('corridors', 'ql13'), ref('parks', 'vsip_1')]);
  });

  it('keeps the topmost background area when nothing else is there', () => {
    expect(selectableAt([ref('districts', '718'), ref('context', '74')])).toEqual([ref('districts', '718')]);
    expect(selectableAt([])).toEqual([]);
  });

  it('lists a feature once when its shape and its label were both hit', () => {
    const hits = [ref('parks', 'lai_hung'), ref('parks', 'bau_bang_stip'), ref('parks', 'lai_hung')];
    expect(selectableAt(hits)).toEqual([ref('parks', 'lai_hung'), ref('parks', 'bau_bang_stip')]);
  });
});

describe('pickAt', () => {
  const at = { x: 10, y: 20 };

  it('selects the one feature found, with no chooser', () => {
    useSelection.getState().pickAt([ref('places', 'tdmu'), ref('districts', '718')], at, true);
    expect(useSelection.getState().selected).toEqual(ref('places', 'tdmu'));
    expect(useSelection.getState().choices).toBeNull();
  });

  it('offers several in the chooser and keeps the current selection until one is chosen', () => {
    useSelection.getState().select(ref('districts', '720'));
    const parks = [ref('parks', 'lai_hung'), ref('parks', 'bau_bang_stip')];
    useSelection.getState().pickAt(parks, at, false);
    expect(useSelection.getState().choices).toEqual({ refs: parks, point: at, byKeyboard: false });
    expect(useSelection.getState().selected).toEqual(ref('districts', '720'));
    useSelection.getState().select(parks[1]!);
    expect(useSelection.getState().selected).toEqual(parks[1]);
    expect(useSelection.getState().choices).toBeNull();
  });

  it('clears the selection on empty map, and closeChoices closes without selecting', () => {
    useSelection.getState().select(ref('parks', 'vsip_1'));
    useSelection.getState().pickAt([], at, false);
    expect(useSelection.getState().selected).toBeNull();
    useSelection.getState().pickAt([ref('parks', 'a'), ref('parks', 'b')], at, true);
    useSelection.getState().closeChoices();
    expect(useSelection.getState().choices).toBeNull();
    expect(useSelection.getState().selected).toBeNull();
  });
});
