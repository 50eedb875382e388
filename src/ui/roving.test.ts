import { describe, expect, it } from 'vitest';
import { rovingIndex } from './roving';

describe('rovingIndex', () => {
  it('steps with the arrows of its axis and wraps around', () => {
    expect(rovingIndex('ArrowRight', 0, 5, 'horizontal')).toBe(1);
    expect(rovingIndex('ArrowRight', 4, 5, 'horizontal')).toBe(0);
    expect(rovingIndex('ArrowLeft', 0, 5, 'horizontal')).toBe(4);
    expect(rovingIndex('ArrowDown', 1, 2, 'vertical')).toBe(0);
    expect(rovingIndex('ArrowUp', 1, 2, 'vertical')).toBe(0);
  });

  it('goes to the ends with Home and End', () => {
    expect(rovingIndex('Home', 3, 5, 'horizontal')).toBe(0);
    expect(rovingIndex('End', 1, 5, 'vertical')).toBe(4);
  });

  it('leaves other keys and the other axis alone', () => {
    expect(rovingIndex('ArrowDown', 0, 5, 'horizontal')).toBeNull();
    expect(rovingIndex('ArrowRight', 0, 5, 'vertical')).toBeNull();
    expect(rovingIndex('Enter', 0, 5, 'vertical')).toBeNull();
    expect(rovingIndex('Home', 0, 0, 'vertical')).toBeNull();
  });
});
