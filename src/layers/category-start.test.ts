// Where a layer's categories start in the palette: past the colours other layers draw, the least
// clash when all must share, the earliest start on a tie; and the colours other layers draw.
import { describe, expect, it } from 'vitest';
import { categoryStart, colorsInUse } from './category-start';
import { CATEGORY_PALETTE, categoryPalette, categoryRule, withColorRule } from './color-by';
import { userDescriptionOfKind } from './user-description';

const P = CATEGORY_PALETTE;
const use = (...entries: [string, number][]) => new Map(entries);

describe('categoryStart', () => {
  it('starts at the palette’s first colour when no other layer draws any', () => {
    expect(categoryStart(3, new Map(), P)).toBe(0);
    expect(categoryStart(0, use([P[0]!, 1]), P)).toBe(0);
  });

  it('starts right after the colours in use when there is room', () => {
    expect(categoryStart(3, use([P[0]!, 1], [P[1]!, 1], [P[2]!, 1]), P)).toBe(3);
    // One colour in use in the middle: the first run of four clear of it is at 0.
    expect(categoryStart(4, use([P[4]!, 1]), P)).toBe(0);
    expect(categoryStart(5, use([P[4]!, 1]), P)).toBe(5);
  });

  it('takes the least clash when every start clashes, weighing colours by how many layers draw them', () => {
    const all = new Map(P.map((c) => [c, 1]));
    all.set(P[0]!, 3);
    // Nine categories use every colour whatever the start: the first start wins.
    expect(categoryStart(9, all, P)).toBe(0);
    // Two categories: every pair clashes twice except where the thrice-drawn colour is; start 1.
    expect(categoryStart(2, all, P)).toBe(1);
  });

  it('wraps around the palette and ignores the case of the colours in use', () => {
    // P[2]…P[6] drawn: the four free colours are P[7], P[8], P[0], P[1], a run that wraps.
    const usage = use(...P.slice(2, 7).map((c): [string, number] => [c.toUpperCase(), 1]));
    expect(categoryStart(4, usage, P)).toBe(7);
    // Three fit without wrapping; the earliest clear start is 7 again (0 would take P[2]).
    expect(categoryStart(3, usage, P)).toBe(7);
    expect(categoryStart(2, usage, P)).toBe(0);
  });
});

describe('colorsInUse', () => {
  it('counts a layer once per colour: its one colour, or its categories’ colours without their grey', () => {
    const one = userDescriptionOfKind('user:1', 'a', 'polygon', 0);
    const two = userDescriptionOfKind('user:2', 'b', 'point', 1);
    const cat = withColorRule(two, 2, categoryRule('k', ['x', 'y'], 4));
    expect(colorsInUse([one, cat])).toEqual(
      new Map([
        [P[0], 1],
        [P[4], 1],
        [P[5], 1],
      ]),
    );
    expect(colorsInUse([one, one]).get(P[0]!)).toBe(2);
  });
});

describe('categoryRule with a start', () => {
  it('takes the palette in turn from the start, wrapping round the eight: the wine only for nine', () => {
    const r = categoryRule('k', ['a', 'b', 'c'], 7);
    expect(r.type === 'category' && r.colors).toEqual({ a: P[7], b: P[0], c: P[1] });
    expect(categoryPalette(8)).toEqual(P.slice(0, 8));
    const values = (n: number) => Array.from({ length: n }, (_, i) => `v${i}`);
    const nine = categoryRule('k', values(9), 4);
    expect(nine.type === 'category' && Object.values(nine.colors)).toEqual([...P.slice(4), ...P.slice(0, 4)]);
    // Eight categories never take Tol's wine (the ring road's colour), whatever the start.
    for (let start = 0; start < 9; start++) {
      const eight = categoryRule('k', values(8), start);
      expect(eight.type === 'category' && Object.values(eight.colors)).not.toContain(P[8]);
    }
  });
});
