// Distinct titles for imported layers: the file's name, then "name (2)", "name (3)"… by the least
// number free; a layer being replaced lends its title.
import { beforeEach, describe, expect, it } from 'vitest';
import { userDescriptionOfKind } from '../layers/user-description';
import { useBigLayers } from './big-layers-store';
import { distinctTitle, importedTitles, newLayerTitle } from './user-layer-title';
import { useUserLayers } from './user-layers-store';

const small = (n: number, title: string) => ({
  id: `user:${n}`,
  fileName: 'x',
  n,
  description: userDescriptionOfKind(`user:${n}`, title, 'point', n - 1),
});

beforeEach(() => {
  useUserLayers.setState({ layers: {} });
  useBigLayers.setState({ layers: {} });
});

describe('distinctTitle', () => {
  it('keeps a free name and numbers a taken one from 2, by the least free number', () => {
    expect(distinctTitle('a.csv', new Set())).toBe('a.csv');
    expect(distinctTitle('a.csv', new Set(['a.csv']))).toBe('a.csv (2)');
    expect(distinctTitle('a.csv', new Set(['a.csv', 'a.csv (2)', 'a.csv (3)']))).toBe('a.csv (4)');
    expect(distinctTitle('a.csv', new Set(['a.csv', 'a.csv (3)']))).toBe('a.csv (2)');
  });

  it('compares exactly: another case or a numbered name is another title', () => {
    expect(distinctTitle('A.csv', new Set(['a.csv']))).toBe('A.csv');
    expect(distinctTitle('a.csv (2)', new Set(['a.csv (2)']))).toBe('a.csv (2) (2)');
  });
});

describe('newLayerTitle', () => {
  it('reads the titles of small and large imported layers', () => {
    useUserLayers.setState({ layers: { 'user:1': small(1, 'đất.csv') } });
    useBigLayers.setState({
      layers: {
        'user:2': { ...small(2, 'đất.csv (2)'), summary: null, chunks: [], loaded: 0 },
      },
    });
    expect(importedTitles()).toEqual(new Set(['đất.csv', 'đất.csv (2)']));
    expect(newLayerTitle('đất.csv')).toBe('đất.csv (3)');
  });

  it('gives the title of the layer being replaced, or a distinct one once it is gone', () => {
    useUserLayers.setState({ layers: { 'user:1': small(1, 'a.csv (2)') } });
    expect(newLayerTitle('a.csv', 'user:1')).toBe('a.csv (2)');
    expect(newLayerTitle('a.csv', 'user:9')).toBe('a.csv');
  });
});
