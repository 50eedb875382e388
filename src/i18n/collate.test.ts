import { describe, expect, it } from 'vitest';
import { compareText, sortTexts } from './collate';

describe('display order of values', () => {
  it('puts đ after d and before e, not after z as code points do', () => {
    const words = ['zone', 'đất ở', 'dân cư', 'ecopark'];
    expect([...words].sort()).toEqual(['dân cư', 'ecopark', 'zone', 'đất ở']); // the fault
    expect(sortTexts(words)).toEqual(['dân cư', 'đất ở', 'ecopark', 'zone']);
  });

  it('orders numbers inside text by value', () => {
    expect(sortTexts(['Lô 10', 'Lô 9', 'Lô 100'])).toEqual(['Lô 9', 'Lô 10', 'Lô 100']);
  });

  it('is a total order: distinct texts never compare equal', () => {
    expect(compareText('a', 'A')).not.toBe(0);
    expect(compareText('x', 'x')).toBe(0);
  });
});
