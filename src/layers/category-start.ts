// Where in the category palette (color-by.ts, categoryPalette) a layer's "Colour by" categories
// start. Every category rule used to start at the palette's first colour, so two imported layers
// coloured by a column drew their first categories in the same greens and teals and the map could
// not tell them apart. A new rule now starts where its colours clash least with the colours the
// other imported layers already draw.
//
// Trade-offs: the start is chosen once, when the user picks the column, from the layers on the page
// then; it is stored in the rule (the colour of each value), so a reload draws the same colours and
// removing another layer later does not repaint this one (a map that changes colours by itself is
// worse than one that could now be better). Hidden layers count too: showing one again must not
// bring a clash back. With eight colours (nine for nine categories), layers of many categories
// must share some; the least clash then decides, and ties go to the earliest start, so the first
// layer keeps the palette's own order and the result depends only on the other layers' colours,
// never on timing.
import type { LayerDescription } from './description';
import type { ColorRule } from './style';

/**
 * How many of `descriptions` draw each colour (lower-case `#rrggbb`; a layer counts once per
 * colour, whether in its fill, line or point): its one colour, or its categories' colours (their
 * `other` pale grey excepted, which stands for no category). Class ramps are not counted: they are
 * another palette.
 */
export function colorsInUse(descriptions: Iterable<LayerDescription>): Map<string, number> {
  const usage = new Map<string, number>();
  for (const d of descriptions) {
    const own = new Set<string>();
    const rules: (ColorRule | undefined)[] = [d.style.fill?.color, d.style.line?.color, d.style.point?.color];
    for (const r of rules) {
      if (r?.type === 'fixed') own.add(r.color.toLowerCase());
      else if (r?.type === 'category') for (const c of Object.values(r.colors)) own.add(c.toLowerCase());
    }
    for (const c of own) usage.set(c, (usage.get(c) ?? 0) + 1);
  }
  return usage;
}

/**
 * The index in `palette` at which `count` categories should start (taking `palette[(start + i) %
 * palette.length]` in turn): the start whose colours are drawn by the fewest other layers (the sum
 * of `usage` over them; colours compared without case), the lowest such index on a tie. 0 when
 * nothing is in use or `count` ≤ 0.
 */
export function categoryStart(
  count: number,
  usage: ReadonlyMap<string, number>,
  palette: readonly string[],
): number {
  const n = palette.length;
  const k = Math.min(Math.max(0, Math.floor(count)), n);
  if (k === 0 || usage.size === 0) return 0;
  const drawn = new Map<string, number>();
  for (const [c, m] of usage) drawn.set(c.toLowerCase(), (drawn.get(c.toLowerCase()) ?? 0) + m);
  let best = 0;
  let least = Number.POSITIVE_INFINITY;
  for (let start = 0; start < n; start++) {
    let clash = 0;
    for (let i = 0; i < k; i++) clash += drawn.get(palette[(start + i) % n]!.toLowerCase()) ?? 0;
    if (clash < least) {
      least = clash;
      best = start;
    }
  }
  return best;
}
