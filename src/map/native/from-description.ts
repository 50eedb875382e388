// A layer description as MapLibre's own style layers: fills, lines, circles and symbol labels (one
// collision index for every label and icon). Pure: description + per-layer input in, plain layer
// specs out; NativeLayers adds them to the map. Curated layers keep their old style-layer ids.
import type { LayerSpecification } from 'maplibre-gl';
import { type LayerDescription, labelPointsOf, styleLayerId } from '../../layers/description';
import { rgbaOf } from '../../layers/evaluate';
import type { LayerStyle } from '../../layers/style';
import { css, SELECTION } from '../colors';
import {
  type Expr,
  highlightFactor,
  hovered,
  missingExpr,
  numberExpr,
  ruleExpr,
  withMissing,
} from './expressions';
import { hasLabelSource } from './label-sources';
import { labelSpecs } from './label-specs';

/** How much of its opacity a feature outside the layer's `highlight` keeps. */
export const DIMMED = 0.25;
const NONE = '\u0000none';
/** A filter that matches no feature: the selection layers' filter while nothing is selected. */
export const selectedFilter = (id: string | null): Expr => ['==', ['get', 'id'], id ?? NONE];

export interface NativeInput {
  /** Replaces the description's style while set. */
  style?: LayerStyle;
  /** Feature ids drawn normally, others dimmed; null/absent: none dimmed. */
  highlight?: string[] | null;
}

export interface NativeSpecs {
  /** The layer's GeoJSON sources: its features, and (some layers) one label point per feature. */
  source: string;
  labelSource: string | null;
  /** Fills, lines and circles, bottom to top (a line layer's selection underlay first). */
  shapes: LayerSpecification[];
  /** Selection outlines, drawn above every layer's shapes, below the labels. */
  selection: LayerSpecification[];
  /** Symbol layers, with the description's placement priority (higher places first). */
  labels: { priority: number; spec: LayerSpecification }[];
  /** The `text-field` of each label layer by language (a language switch is a layout change). */
  texts: Record<string, { vi: Expr; en: Expr }>;
  /** Dot icons the symbol layers name: colour and size. */
  icons: { name: string; color: string; radius: number; ring: number }[];
}

const sourceOf = (id: string) => `bd-${id}`;
const alphaOf = (c: string) => rgbaOf(c)[3] / 255;
const opaqueOf = (c: string) => {
  const [r, g, b] = rgbaOf(c);
  return `rgb(${r}, ${g}, ${b})`;
};
const times = (factor: Expr | null, base: Expr): Expr =>
  factor === null ? base : typeof base === 'number' && base === 1 ? factor : ['*', factor, base];

/** The MapLibre specs of layer `d` drawn with `input` (style override, highlight). */
export function nativeSpecs(d: LayerDescription, input: NativeInput = {}): NativeSpecs {
  const style = input.style ?? d.style;
  const mode = labelPointsOf(d);
  const source = sourceOf(d.id);
  const labelSource = hasLabelSource(mode) ? `${source}-labels` : null;
  const id = (part: string) => styleLayerId(d, part);
  const lit = highlightFactor(input.highlight, DIMMED);
  const missing = style.missing;
  const polygonOnly: Expr = ['==', ['geometry-type'], 'Polygon'];
  const shapeFilter = (extra: Expr[]): Expr | undefined => {
    const parts = [...(d.geometry === 'line' || d.geometry === 'point' ? [] : [polygonOnly]), ...extra];
    return parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : ['all', ...parts];
  };
  const spec = (o: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
    return out as unknown as LayerSpecification;
  };
  const shapes: LayerSpecification[] = [];
  const selection: LayerSpecification[] = [];
  const yellow = css(SELECTION);

  if (style.fill) {
    const f = style.fill;
    const base = withMissing(ruleExpr(f.color, alphaOf), missing?.field, alphaOf(missing?.color ?? '#000'));
    const opacity: Expr = times(f.opacity === 1 ? null : f.opacity, base);
    shapes.push(
      spec({
        id: id('fill'),
        type: 'fill',
        source,
        filter: shapeFilter([]),
        paint: {
          'fill-color': withMissing(
            ruleExpr(f.color, opaqueOf),
            missing?.field,
            opaqueOf(missing?.color ?? '#000'),
          ),
          'fill-opacity': times(
            lit,
            f.hoverOpacity === undefined ? opacity : ['case', hovered, f.hoverOpacity, opacity],
          ),
        },
      }),
    );
  }

  if (style.line) {
    const l = style.line;
    const width = numberExpr(l.width);
    const hoverWidth = (w: Expr): Expr => (l.hoverWidth ? ['+', w, ['case', hovered, l.hoverWidth, 0]] : w);
    const notFlagged: Expr[] = l.flagged ? [['!', missingExpr(l.flagged.field)]] : [];
    const notMissing: Expr[] = missing ? [['!', missingExpr(missing.field)]] : [];
    const opacity = lit === null ? {} : { 'line-opacity': lit };
    if (d.geometry === 'line') {
      shapes.push(
        spec({
          id: id('selected'),
          type: 'line',
          source,
          filter: selectedFilter(null),
          layout: { 'line-join': 'round', 'line-cap': 'round' },
          paint: { 'line-color': yellow, 'line-width': ['+', width, 6] },
        }),
      );
    }
    // A mixed layer's lines are drawn as lines too (an imported file may hold lines and points),
    // while its points stay circles; for the curated mixed layer (parks) this is the same as before.
    const lineFilter = (extra: Expr[]): Expr | undefined =>
      d.geometry === 'mixed'
        ? extra.length === 0
          ? ['!=', ['geometry-type'], 'Point']
          : ['all', ['!=', ['geometry-type'], 'Point'], ...extra]
        : shapeFilter(extra);
    const line = (part: string, filter: Expr[], dash: number[]) =>
      spec({
        id: id(part),
        type: 'line',
        source,
        filter: lineFilter(filter),
        layout: { 'line-join': 'round', 'line-cap': dash.length > 0 ? 'butt' : 'round' },
        paint: {
          'line-color': ruleExpr(l.color, (c) => c),
          'line-width': hoverWidth(width),
          ...(dash.length > 0 ? { 'line-dasharray': dash } : {}),
          ...opacity,
        },
      });
    const dashed = l.dash ? Object.entries(l.dash.values) : [];
    const dashField = l.dash ? ['to-string', ['get', l.dash.field]] : null;
    const listed = dashed.map(([v]) => v);
    shapes.push(
      line(
        'line',
        [...notFlagged, ...notMissing, ...(dashField ? [['!', ['in', dashField, ['literal', listed]]]] : [])],
        [],
      ),
    );
    for (const [value, dash] of dashed) {
      shapes.push(line(`line:${value}`, [['==', dashField, value], ...notFlagged, ...notMissing], dash));
    }
    if (missing) {
      shapes.push(
        spec({
          id: id('missing'),
          type: 'line',
          source,
          filter: shapeFilter([missingExpr(missing.field), ...notFlagged]),
          paint: {
            'line-color': missing.color,
            'line-width': hoverWidth(width),
            'line-dasharray': missing.dash,
            ...opacity,
          },
        }),
      );
    }
    if (l.flagged) {
      shapes.push(
        spec({
          id: id('flagged'),
          type: 'line',
          source,
          filter: shapeFilter([missingExpr(l.flagged.field)]),
          paint: {
            'line-color': l.flagged.color,
            'line-width': hoverWidth(l.flagged.width),
            'line-dasharray': l.flagged.dash,
            ...opacity,
          },
        }),
      );
    }
    if (l.centre) {
      shapes.push(
        spec({
          id: id('centre'),
          type: 'line',
          source,
          filter: shapeFilter([
            ['in', ['to-string', ['get', l.centre.field]], ['literal', l.centre.values]],
            ...notFlagged,
          ]),
          paint: { 'line-color': l.centre.color, 'line-width': l.centre.width, ...opacity },
        }),
      );
    }
    if (d.geometry !== 'line') {
      selection.push(
        spec({
          id: id('selected'),
          type: 'line',
          source,
          filter: selectedFilter(null),
          paint: { 'line-color': yellow, 'line-width': 3.5 },
        }),
      );
    }
  }

  const p = style.point;
  if (p && (d.geometry === 'point' || d.geometry === 'mixed')) {
    selection.push(
      spec({
        id: id(d.geometry === 'mixed' ? 'selected-point' : 'selected'),
        type: 'circle',
        source,
        filter: ['all', ['==', ['geometry-type'], 'Point'], selectedFilter(null)],
        paint: {
          'circle-radius': p.radius + 3,
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-color': yellow,
          'circle-stroke-width': 3.5,
        },
      }),
    );
    if (!p.icon) {
      const fill = withMissing(
        ruleExpr(p.color, (c) => c),
        missing?.field,
        missing?.color ?? '#000',
      );
      shapes.push(
        spec({
          id: id('circles'),
          type: 'circle',
          source,
          filter: ['==', ['geometry-type'], 'Point'],
          paint: {
            'circle-radius': p.radius,
            'circle-color': fill,
            ...(p.strokeColor
              ? { 'circle-stroke-color': p.strokeColor, 'circle-stroke-width': p.strokeWidth ?? 1 }
              : {}),
            ...(lit === null ? {} : { 'circle-opacity': lit, 'circle-stroke-opacity': lit }),
          },
        }),
      );
    }
  }

  const { labels, texts, icons } = labelSpecs({ d, style, id, lit, source, labelSource, mode, spec });
  return { source, labelSource, shapes, selection, labels, texts, icons };
}
