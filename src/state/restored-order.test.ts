import { describe, expect, it } from 'vitest';
import { byImportNumber } from './restored-order';

describe('byImportNumber', () => {
  it('sorts the imported layers by import number in their places, curated layers untouched', () => {
    // As restored: small layers 1 and 3 first, then the large layer 2 on top of them.
    const n: Record<string, number> = { 'user:1': 1, 'user:2': 2, 'user:3': 3 };
    const order = ['context', 'districts', 'user:1', 'parks', 'user:3', 'user:2'];
    expect(byImportNumber(order, (id) => n[id])).toEqual([
      'context',
      'districts',
      'user:1',
      'parks',
      'user:2',
      'user:3',
    ]);
  });

  it('leaves an order without imported layers as it is', () => {
    const order = ['context', 'districts', 'parks'];
    expect(byImportNumber(order, () => undefined)).toEqual(order);
  });
});
