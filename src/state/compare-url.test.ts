// The comparison's hash keys (issue 8 §7): compare, left, right, swipe.
import { beforeEach, describe, expect, it } from 'vitest';
import { useCompare } from './compare';
import { useLayers } from './layers';
import { parseHash, readHash, serializeHash } from './url';
import { applyHash, currentUrlState } from './url-sync';

describe('compare, left, right and swipe in the hash', () => {
  it('reads a side-by-side link', () => {
    expect(parseHash('#compare=split&left=districts&right=parks')).toEqual({
      compare: 'split',
      left: ['districts'],
      right: ['parks'],
    });
  });

  it('round-trips every mode, side lists (empty too) and divider positions', () => {
    const states = [
      { compare: 'split', left: ['districts'], right: ['parks'] },
      { compare: 'swipe', left: ['context', 'parks'], right: [], swipe: 0 },
      { compare: 'swipe', left: [], right: ['places'], swipe: 100 },
      { compare: 'swipe', left: ['corridors'], right: ['districts'], swipe: 37.5 },
    ] as const;
    for (const s of states) {
      const state = { ...s, left: [...s.left], right: [...s.right] };
      expect(parseHash(serializeHash(state))).toEqual(state);
    }
    expect(serializeHash({ compare: 'swipe', left: [], right: ['parks'], swipe: 42.3 })).toBe(
      '#compare=swipe&left=&right=parks&swipe=42.3',
    );
  });

  it('ignores invalid values and names them for the notice', () => {
    const r = readHash('#compare=overlay&left=roads&right=parks&swipe=150');
    expect(r.state).toEqual({ right: ['parks'] });
    expect(r.ignored).toEqual(expect.arrayContaining(['compare', 'left', 'swipe']));
    for (const bad of ['1e1', '-1', '50%', '0x10', ' ']) {
      expect(readHash(`#swipe=${encodeURIComponent(bad)}`).state.swipe).toBeUndefined();
    }
  });
});

describe('applying and writing the comparison keys', () => {
  beforeEach(() => {
    useLayers.getState().reset();
    useCompare.getState().reset();
  });

  it('compare with sides sets each side; the single map keeps `layers`', () => {
    applyHash('#layers=context&compare=swipe&left=districts&right=parks&swipe=25');
    const c = useCompare.getState();
    expect([c.mode, c.left, c.right, c.swipe]).toEqual(['swipe', ['districts'], ['parks'], 25]);
    expect(currentUrlState()).toMatchObject({
      layers: ['context'],
      compare: 'swipe',
      left: ['districts'],
      right: ['parks'],
      swipe: 25,
    });
  });

  it('a side left out of the link gets the single map’s layers', () => {
    applyHash('#layers=places,corridors&compare=split&right=parks');
    // In draw order, which the link's `layers` list sets (bottom first).
    expect(useCompare.getState().left).toEqual(['places', 'corridors']);
    expect(useCompare.getState().right).toEqual(['parks']);
  });

  it('one map writes none of the keys; side by side writes no divider', () => {
    const single = currentUrlState();
    for (const k of ['compare', 'left', 'right', 'swipe']) expect(single).not.toHaveProperty(k);
    useCompare.getState().setMode('split');
    expect(currentUrlState()).not.toHaveProperty('swipe');
    expect(currentUrlState().compare).toBe('split');
  });

  it('left and right without compare change nothing', () => {
    applyHash('#left=parks&right=districts');
    expect(useCompare.getState().mode).toBeNull();
    expect(currentUrlState()).not.toHaveProperty('left');
  });
});
