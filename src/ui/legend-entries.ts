// A layer's legend entries read from its description's style (issue 8 §2): one entry per category
// value or numeric class of the colour rule, the dash samples of a line's status, the flagged
// (unsourced) and missing entries, the points of a mixed layer. Pure: swatches are data here,
// Legend.tsx draws them.
import type { Feature, Geometry } from 'geojson';
import type { LayerDescription } from '../layers/description';
import { colorOf, isMissingValue } from '../layers/evaluate';
import type { ColorRule } from '../layers/style';

export type Swatch =
  | { kind: 'area'; fill: string; line: string; dashed: boolean }
  | { kind: 'line'; color: string; dash?: number[]; centre?: string }
  | { kind: 'dot'; color: string };

/** An entry's words: a locale key, a raw value (an imported layer's category), or a class range. */
export type EntryLabel =
  | { key: string }
  | { text: string }
  /** `digits`: the fraction digits the bounds are written with (the rule's, layers/class-digits.ts). */
  | { range: 'first' | 'range' | 'above' | 'one' | 'last'; min?: number; max?: number; digits?: number };

export interface LegendEntry {
  id: string;
  swatch: Swatch;
  label: EntryLabel;
  /** Features in this entry, when the description counts them (LegendWords.counts). */
  count?: number;
}

const props = (field: string, value: string) => ({ [field]: value });

function valueLabel(d: LayerDescription, field: string, value: string): EntryLabel {
  const prefix = d.legend?.values?.[field];
  return prefix ? { key: `${prefix}${value}` } : { text: value };
}

/** The legend of `d` for the loaded `features` (empty while loading: every value is listed). */
export function legendEntries(d: LayerDescription, features: Feature<Geometry | null>[]): LegendEntry[] {
  const { fill, line, point, missing } = d.style;
  const rule: ColorRule | undefined = fill?.color ?? line?.color ?? point?.color;
  const out: LegendEntry[] = [];
  const present = (field: string, values: string[]) => {
    if (!d.legend?.onlyPresent?.includes(field) || features.length === 0) return values;
    const have = new Set(features.map((f) => String(f.properties?.[field])));
    return values.filter((v) => have.has(v));
  };
  const swatchFor = (p: Record<string, unknown>): Swatch => {
    if (fill) {
      const dash = line?.dash?.values[String(p[line.dash.field])] ?? [];
      return {
        kind: 'area',
        fill: colorOf(fill.color, p),
        line: line ? colorOf(line.color, p) : colorOf(fill.color, p),
        dashed: dash.length > 0,
      };
    }
    if (line) {
      const c = line.centre;
      const cased = c?.values.includes(String(p[c.field])) === true;
      return { kind: 'line', color: colorOf(line.color, p), ...(cased && c ? { centre: c.color } : {}) };
    }
    return { kind: 'dot', color: point ? colorOf(point.color, p) : '#888888' };
  };

  if (rule?.type === 'fixed') {
    out.push({
      id: 'fixed',
      swatch: swatchFor({}),
      // Without a key of its own (an imported layer in one colour) the entry is every feature: the
      // layer's title stood there, said twice with the row's own.
      label: { key: d.legend?.fixed ?? 'legend.all' },
    });
  } else if (rule?.type === 'category') {
    for (const v of present(rule.field, Object.keys(rule.colors))) {
      out.push({
        id: `v-${v}`,
        swatch: swatchFor(props(rule.field, v)),
        label: valueLabel(d, rule.field, v),
      });
    }
  } else if (rule?.type === 'classes') {
    const n = rule.colors.length;
    const { digits } = rule;
    rule.colors.forEach((_, i) => {
      const p = { [rule.field]: i === n - 1 ? Number.POSITIVE_INFINITY : rule.breaks[i] };
      const swatch = swatchFor(p);
      // Whole numbers: class (a, b] holds a + 1 … b ("1" alone for (0, 1]). Others: "over a to b",
      // its lower bound said to be left out ("0 – 74,84" under "≤ 0" read as holding 0 twice).
      const min = (rule.breaks[i - 1] ?? 0) + (rule.integers ? 1 : 0);
      const max = rule.breaks[i];
      const middle = rule.integers ? (min === max ? 'one' : 'range') : 'above';
      const label: EntryLabel =
        i === 0
          ? { range: 'first', max: rule.breaks[0], digits }
          : i === n - 1
            ? { range: 'last', min: rule.breaks[i - 1], digits }
            : { range: middle, min, max, digits };
      // Infinity is no feature's value: take the last colour directly.
      out.push({
        id: `c-${i}`,
        swatch:
          swatch.kind === 'area'
            ? { ...swatch, fill: rule.colors[i]! }
            : ({ ...swatch, color: rule.colors[i]! } as Swatch),
        label,
      });
    });
  }
  // Line dash by a second field (corridor status): neutral samples, so a status never looks like a kind.
  if (line?.dash && !(rule?.type === 'category' && rule.field === line.dash.field && fill)) {
    const sample = d.legend?.sample ?? (rule?.type === 'fixed' ? rule.color : '#888888');
    for (const [v, dash] of Object.entries(line.dash.values)) {
      out.push({
        id: `d-${v}`,
        swatch: { kind: 'line', color: sample, dash },
        label: valueLabel(d, line.dash.field, v),
      });
    }
  }
  if (d.geometry === 'mixed' && d.legend?.point && features.some((f) => f.geometry?.type === 'Point')) {
    out.push({
      id: 'point',
      swatch: { kind: 'dot', color: d.style.label?.color ?? '#444444' },
      label: { key: d.legend.point },
    });
  }
  if (line?.flagged && features.some((f) => isMissingValue(f.properties?.[line.flagged!.field]))) {
    out.push({
      id: 'flagged',
      swatch: { kind: 'line', color: line.flagged.color, dash: line.flagged.dash },
      label: d.legend?.flagged ? { key: d.legend.flagged } : { key: 'legend.missing' },
    });
  }
  if ((rule?.type === 'classes' || missing) && !d.legend?.noMissing) {
    const color = missing?.color ?? (rule?.type === 'classes' ? rule.missing : '#888888');
    const needed =
      features.length === 0 ||
      features.some((f) =>
        isMissingValue(f.properties?.[missing?.field ?? (rule as { field: string }).field]),
      );
    if (needed) {
      out.push({
        id: 'missing',
        swatch:
          fill || !line
            ? { kind: 'area', fill: color, line: color, dashed: !!missing?.dash.length }
            : { kind: 'line', color, dash: missing?.dash },
        label: { key: d.legend?.missing ?? 'legend.missing' },
      });
    }
  }
  const counts = d.legend?.counts;
  return counts ? out.map((e) => (counts[e.id] === undefined ? e : { ...e, count: counts[e.id] })) : out;
}
