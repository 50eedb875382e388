import { beforeEach, describe, expect, it } from 'vitest';
import { registerMap } from './map-ready';

// Node has no DOM: the flag lives on a stand-in documentElement.
const dataset: Record<string, string> = {};
beforeEach(() => {
  (globalThis as { document?: unknown }).document = { documentElement: { dataset } };
  for (const k of Object.keys(dataset)) delete dataset[k];
});

describe('the map ready flag', () => {
  it('is set when the one map is ready and cleared when it goes', () => {
    const a = registerMap();
    expect(dataset.mapReady).toBeUndefined();
    a.ready();
    expect(dataset.mapReady).toBe('true');
    a.dispose();
    expect(dataset.mapReady).toBeUndefined();
  });

  it('waits for both maps of a comparison', () => {
    const left = registerMap();
    left.ready();
    const right = registerMap();
    expect(dataset.mapReady).toBeUndefined();
    right.ready();
    expect(dataset.mapReady).toBe('true');
    // Back to one map: the remaining one is ready.
    right.dispose();
    expect(dataset.mapReady).toBe('true');
    left.dispose();
  });

  it('a map that went away cannot mark the page ready', () => {
    const a = registerMap();
    a.dispose();
    const b = registerMap();
    a.ready();
    expect(dataset.mapReady).toBeUndefined();
    b.dispose();
  });
});
