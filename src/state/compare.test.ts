import { beforeEach, describe, expect, it } from 'vitest';
import { camerasLinked, useCompare, visibleFor } from './compare';
import { useLayers } from './layers';

beforeEach(() => {
  useLayers.getState().reset();
  useCompare.getState().reset();
});

describe('useCompare', () => {
  it('starts with one map, the divider in the middle and the cameras locked', () => {
    const s = useCompare.getState();
    expect([s.mode, s.swipe, s.locked]).toEqual([null, 50, true]);
  });

  it('starting a comparison copies the single map’s visible layers to both sides', () => {
    useLayers.getState().setVisibleSet(['parks', 'districts']);
    useCompare.getState().setMode('split');
    const s = useCompare.getState();
    // In draw order, which setVisibleSet sets from its list (bottom first).
    expect(s.left).toEqual(['parks', 'districts']);
    expect(s.right).toEqual(['parks', 'districts']);
    // Copies, not the same array: changing one side leaves the other alone.
    useCompare.getState().setSideVisible('left', 'parks', false);
    expect(useCompare.getState().left).toEqual(['districts']);
    expect(useCompare.getState().right).toEqual(['parks', 'districts']);
  });

  it('given sides win over the copy; switching modes keeps each side’s layers', () => {
    useCompare.getState().setMode('swipe', { left: ['places'], right: ['corridors', 'context'] });
    expect(useCompare.getState().right).toEqual(['context', 'corridors']);
    useLayers.getState().setVisibleSet(['parks']);
    useCompare.getState().setMode('split');
    expect(useCompare.getState().left).toEqual(['places']);
    expect(useCompare.getState().right).toEqual(['context', 'corridors']);
  });

  it('the single map keeps its own visible layers through a comparison', () => {
    useLayers.getState().setVisibleSet(['districts']);
    useCompare.getState().setMode('swipe', { left: ['parks'], right: ['places'] });
    expect(visibleFor('single')).toEqual(['districts']);
    expect(visibleFor('left')).toEqual(['parks']);
    expect(visibleFor('right')).toEqual(['places']);
    useCompare.getState().setMode(null);
    expect(visibleFor('left')).toEqual(['districts']);
    expect(visibleFor('right')).toEqual(['districts']);
  });

  it('adds a layer once, in the canonical order, and removes it', () => {
    useCompare.getState().setMode('split', { left: [], right: [] });
    const { setSideVisible } = useCompare.getState();
    setSideVisible('right', 'places', true);
    setSideVisible('right', 'context', true);
    setSideVisible('right', 'places', true);
    expect(useCompare.getState().right).toEqual(['context', 'places']);
    setSideVisible('right', 'context', false);
    expect(useCompare.getState().right).toEqual(['places']);
    expect(useCompare.getState().left).toEqual([]);
  });

  it('clamps the divider to 0–100 and ignores a non-number', () => {
    const { setSwipe } = useCompare.getState();
    setSwipe(-5);
    expect(useCompare.getState().swipe).toBe(0);
    setSwipe(140);
    expect(useCompare.getState().swipe).toBe(100);
    setSwipe(37.5);
    setSwipe(Number.NaN);
    expect(useCompare.getState().swipe).toBe(37.5);
  });

  it('links the cameras always in swipe and by the lock side by side', () => {
    expect(camerasLinked()).toBe(false);
    useCompare.getState().setMode('split');
    expect(camerasLinked()).toBe(true);
    useCompare.getState().setLocked(false);
    expect(camerasLinked()).toBe(false);
    useCompare.getState().setMode('swipe');
    expect(camerasLinked()).toBe(true);
  });
});
