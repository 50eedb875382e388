// The link's `src=` URLs while they load: kept in the link (so the address written meanwhile, or a
// reload then, does not drop them), added once however often the hash names them, and left to the
// layer they made (or dropped after a failure). The import itself is stubbed: its own tests are
// url-import's and the browser's import test.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLayers } from '../../state/layers';
import { applyHash, currentUrlState } from '../../state/url-sync';
import { userLayerSrc, useUserLayers } from '../../state/user-layers-store';

const calls: string[] = [];
let finishers: (() => void)[] = [];
vi.mock('./url-import', () => ({
  importUrl: (url: string) => {
    calls.push(url);
    return new Promise<void>((resolve) => {
      finishers.push(resolve);
    });
  },
}));

const { addLinkedLayers, startUserLayers } = await import('./start');

const A = 'https://example.org/a.fgb';
const B = 'https://example.org/b.geojson';
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  calls.length = 0;
  finishers = [];
  useUserLayers.setState({ layers: {}, pendingSrc: [], srcSettings: {} });
});
afterEach(() => useUserLayers.setState({ layers: {}, pendingSrc: [], srcSettings: {} }));

describe('addLinkedLayers', () => {
  it('keeps each URL in the link until its import ends, one import at a time, in the order given', async () => {
    const done = addLinkedLayers([A, B]);
    await settle();
    expect(userLayerSrc()).toEqual({ src: [A, B] });
    expect(calls).toEqual([A]);
    // The layer A made is in the store under its URL: listed once, before B still loading.
    useUserLayers.setState({
      layers: { 'user:1': { id: 'user:1', fileName: 'a.fgb', url: A, n: 1 } as never },
    });
    finishers[0]!();
    await settle();
    expect(useUserLayers.getState().pendingSrc).toEqual([B]);
    expect(userLayerSrc()).toEqual({ src: [A, B] });
    expect(calls).toEqual([A, B]);
    // B failed (no layer): it leaves the link.
    finishers[1]!();
    await done;
    expect(useUserLayers.getState().pendingSrc).toEqual([]);
    expect(userLayerSrc()).toEqual({ src: [A] });
  });

  it('adds nothing a layer already has, or a hash change asks for again while it loads', async () => {
    useUserLayers.setState({
      layers: { 'user:1': { id: 'user:1', fileName: 'a.fgb', url: A, n: 1 } as never },
    });
    const first = addLinkedLayers([A, B, B]);
    await settle();
    const second = addLinkedLayers([B]);
    await settle();
    expect(calls).toEqual([B]);
    finishers[0]!();
    await Promise.all([first, second]);
    expect(calls).toEqual([B]);
    expect(useUserLayers.getState().pendingSrc).toEqual([]);
  });

  it("at page load (an embed: nothing restored) keeps the link's URLs held, from main.tsx's hold to the layer", async () => {
    // main.tsx holds the link's URLs before this chunk loads; one of them is on the page already.
    useUserLayers.setState({
      pendingSrc: [A, B],
      layers: { 'user:1': { id: 'user:1', fileName: 'a.fgb', url: A, n: 1 } as never },
    });
    const done = startUserLayers([A, B], { restore: false });
    await settle();
    expect(calls).toEqual([B]);
    expect(useUserLayers.getState().pendingSrc).toEqual([B]);
    expect(userLayerSrc()).toEqual({ src: [A, B] });
    finishers[0]!();
    await done;
    expect(useUserLayers.getState().pendingSrc).toEqual([]);
  });
});

describe("a link's src.hide and src.op.<n>", () => {
  const link = `#src=${A},${B}&src.op.1=0.4&src.hide=2`;
  const addLayer = (id: string, url: string, n: number) => {
    useUserLayers.setState((s) => ({
      layers: { ...s.layers, [id]: { id, fileName: url, url, n } as never },
    }));
    useLayers.getState().addLayer(id as never);
  };

  it('are given to a layer the browser kept (the link wins) and to one added, and written back', async () => {
    useLayers.getState().reset();
    addLayer('user:1', A, 1);
    useLayers.getState().setOpacity('user:1' as never, 0.9);
    const parsed = applyHash(link);
    const done = addLinkedLayers(parsed.src!);
    await settle();
    const entry = (id: string) =>
      useLayers.getState().layers[id as never] as { visible: boolean; opacity: number };
    expect(entry('user:1')).toMatchObject({ visible: true, opacity: 0.4 });
    // B still loading: its setting stays in the address the app writes.
    expect(currentUrlState()).toMatchObject({ src: [A, B], srcOpacity: { 1: 0.4 }, srcHidden: [2] });
    addLayer('user:2', B, 2);
    finishers[0]!();
    await done;
    expect(entry('user:2')).toMatchObject({ visible: false, opacity: 1 });
    // Changed on the page: the address follows the layers, not the link.
    useLayers.getState().setVisible('user:2' as never, true);
    useLayers.getState().setOpacity('user:1' as never, 1);
    const now = currentUrlState();
    expect(now.src).toEqual([A, B]);
    expect(now.srcHidden).toBeUndefined();
    expect(now.srcOpacity).toBeUndefined();
    useLayers.getState().reset();
  });
});
