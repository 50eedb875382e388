import { describe, expect, it } from 'vitest';
import { CURATED_DESCRIPTIONS } from '../../layers/curated';
import type { LayerDescription } from '../../layers/description';
import { colorOf } from '../../layers/evaluate';
import type { ColorRule } from '../../layers/style';
import { ruleExpr } from './expressions';
import { nativeSpecs } from './from-description';

type Spec = {
  id: string;
  type: string;
  source?: string;
  filter?: unknown;
  paint?: Record<string, unknown>;
  layout?: Record<string, unknown>;
};
const all = (d: LayerDescription, input = {}) => {
  const s = nativeSpecs(d, input);
  return [...s.shapes, ...s.selection, ...s.labels.map((l) => l.spec)] as unknown as Spec[];
};
const byId = (specs: Spec[], id: string) => specs.find((s) => s.id === id)!;

/**
 * A tiny evaluator for the expression forms ruleExpr writes (match / case / typeof / <= /
 * to-string / to-number / get), to hold the MapLibre expression to the TypeScript rule.
 */
function evaluate(e: unknown, props: Record<string, unknown>): unknown {
  if (!Array.isArray(e)) return e;
  const [op, ...a] = e as [string, ...unknown[]];
  const ev = (x: unknown) => evaluate(x, props);
  switch (op) {
    case 'get':
      return props[a[0] as string] ?? null;
    case 'to-string': {
      const v = ev(a[0]);
      return v === null ? '' : String(v);
    }
    case 'to-number':
      return Number(ev(a[0]));
    case 'typeof': {
      const v = ev(a[0]);
      return v === null ? 'null' : typeof v;
    }
    case '!=':
      return ev(a[0]) !== ev(a[1]);
    case '<=':
      return (ev(a[0]) as number) <= (a[1] as number);
    case 'match': {
      const v = ev(a[0]);
      for (let i = 1; i + 1 < a.length; i += 2) if (a[i] === v) return ev(a[i + 1]);
      return ev(a.at(-1));
    }
    case 'case': {
      for (let i = 0; i + 1 < a.length; i += 2) if (ev(a[i])) return ev(a[i + 1]);
      return ev(a.at(-1));
    }
    default:
      throw new Error(`unexpected ${op}`);
  }
}

describe('MapLibre specs from a description', () => {
  it('gives the curated layers the style-layer ids picking, labels and the browser tests use', () => {
    const ids = (id: keyof typeof CURATED_DESCRIPTIONS) => all(CURATED_DESCRIPTIONS[id]).map((s) => s.id);
    expect(ids('context')).toEqual(['context-line', 'context-selected']);
    expect(ids('districts')).toEqual([
      'districts-fill',
      'districts-line',
      'districts-selected',
      'districts-labels',
    ]);
    expect(ids('parks')).toEqual(
      expect.arrayContaining([
        'parks-fill',
        'parks-line',
        'parks-line-planned',
        'parks-selected',
        'parks-selected-point',
        'parks-labels',
        'parks-point-symbols',
      ]),
    );
    expect(ids('corridors')).toEqual(
      expect.arrayContaining([
        'corridors-selected',
        'corridors-existing',
        'corridors-under-construction',
        'corridors-planned',
        'corridors-unsourced',
        'corridors-rail-centre',
        'corridors-labels',
      ]),
    );
    expect(ids('places')).toEqual(['places-selected', 'places-symbols']);
  });

  it('dashes corridor lines by status and draws unsourced ones grey and dotted', () => {
    const specs = all(CURATED_DESCRIPTIONS.corridors);
    expect(byId(specs, 'corridors-planned').paint?.['line-dasharray']).toEqual([1.5, 1.5]);
    expect(byId(specs, 'corridors-under-construction').paint?.['line-dasharray']).toEqual([3, 1.5]);
    expect(byId(specs, 'corridors-existing').paint?.['line-dasharray']).toBeUndefined();
    expect(byId(specs, 'corridors-unsourced').paint?.['line-dasharray']).toEqual([0.6, 2]);
    expect(byId(specs, 'corridors-unsourced').paint?.['line-color']).toBe('rgba(107, 114, 128, 0.90)');
  });

  it('writes category and classes rules as expressions meaning what the TypeScript rule means', () => {
    const rules: ColorRule[] = [
      { type: 'category', field: 'k', colors: { a: '#111111', '2': '#222222' }, other: '#999999' },
      {
        type: 'classes',
        field: 'k',
        breaks: [1, 5, 9],
        colors: ['#010101', '#050505', '#090909'],
        missing: '#777777',
      },
    ];
    for (const rule of rules) {
      for (const k of ['a', 2, '2', 0, 1, 3, 5, 9, 12, null, '']) {
        const props = { k };
        expect(
          evaluate(
            ruleExpr(rule, (c) => c),
            props,
          ),
          `${rule.type} ${String(k)}`,
        ).toBe(colorOf(rule, props));
      }
    }
  });

  it('draws features missing the missing rule’s field in its colour and dash', () => {
    const d: LayerDescription = {
      id: 'years',
      title: { vi: 'y', en: 'y' },
      source: { type: 'features' },
      geometry: 'polygon',
      visible: true,
      opacity: 1,
      style: {
        fill: { color: { type: 'fixed', color: '#123456' }, opacity: 0.5 },
        line: { color: { type: 'fixed', color: '#000000' }, width: 1 },
        missing: { field: 'year', color: '#aaaaaa', dash: [2, 1] },
      },
    };
    const specs = all(d);
    const fill = byId(specs, 'years-fill');
    expect(fill.paint?.['fill-color']).toEqual([
      'case',
      expect.arrayContaining(['any']),
      'rgb(170, 170, 170)',
      'rgb(18, 52, 86)',
    ]);
    const missing = byId(specs, 'years-missing');
    expect(missing.paint?.['line-dasharray']).toEqual([2, 1]);
    expect(missing.paint?.['line-color']).toBe('#aaaaaa');
  });

  it('dims features outside the highlight and uses the style override', () => {
    const d = CURATED_DESCRIPTIONS.districts;
    const specs = all(d, {
      highlight: ['718'],
      style: { ...d.style, fill: { color: { type: 'fixed', color: '#ff0000' }, opacity: 0.6 } },
    });
    const fill = byId(specs, 'districts-fill');
    expect(fill.paint?.['fill-color']).toBe('rgb(255, 0, 0)');
    expect(JSON.stringify(fill.paint?.['fill-opacity'])).toContain('["literal",["718"]]');
    expect(byId(specs, 'districts-line').paint?.['line-opacity']).toEqual([
      'case',
      ['in', ['to-string', ['get', 'id']], ['literal', ['718']]],
      1,
      0.25,
    ]);
  });

  it('gives point layers dot icons from the colour rule and labels beside them', () => {
    const s = nativeSpecs(CURATED_DESCRIPTIONS.places);
    expect(s.icons.map((i) => i.color)).toEqual(expect.arrayContaining(['rgba(204, 51, 153, 1.00)']));
    const symbols = s.labels[0]!.spec as unknown as Spec;
    expect(symbols.layout?.['icon-allow-overlap']).toBe(true);
    expect(s.texts['places-symbols']?.en).toEqual(['step', ['zoom'], '', 10.5, ['get', 'label_en']]);
  });
});
