// The symbol layers of a described layer: its labels and its point icons, in MapLibre's one
// collision index (placement priority from the description), with the text per language.
import type { LayerSpecification } from 'maplibre-gl';
import type { LabelPoints, LayerDescription } from '../../layers/description';
import type { LayerStyle } from '../../layers/style';
import { type Expr, ruleExpr, withMissing } from './expressions';
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import type { NativeSpecs } from './from-description';

const HALO = 'rgba(255,255,255,0.92)';

export interface LabelContext {
  d: LayerDescription;
  style: LayerStyle;
  /** The style-layer id of a part. */
  id: (part: string) => string;
  /** The highlight's opacity factor, or null. */
  lit: Expr | null;
  source: string;
  labelSource: string | null;
  mode: LabelPoints;
  /** Drops undefined fields and types the spec. */
  spec: (o: Record<string, unknown>) => LayerSpecification;
}

/** Label and icon layers, their text by language, and the icons they name. */
export function labelSpecs({
  d,
  style,
  id,
  lit,
  source,
  labelSource,
  mode,
  spec,
}: LabelContext): Pick<NativeSpecs, 'labels' | 'texts' | 'icons'> {
  const labels: NativeSpecs['labels'] = [];
  const texts: NativeSpecs['texts'] = {};
  const icons: NativeSpecs['icons'] = [];
  const missing = style.missing;
  const p = style.point;
  const label = style.label;
  const text = (lang: 'vi' | 'en'): Expr => {
    const full: Expr = ['get', `label_${lang}`];
    if (!label) return '';
    if (label.shortBelowZoom !== undefined)
      return ['step', ['zoom'], ['get', `short_${lang}`], label.shortBelowZoom, full];
    if (label.textMinzoom !== undefined) return ['step', ['zoom'], '', label.textMinzoom, full];
    return full;
  };
  const textLayout = label
    ? {
        'text-font': [label.bold ? FONT_BOLD : FONT_REGULAR],
        'text-padding': 2,
        'text-field': text('vi'),
        'text-size': Array.isArray(label.size)
          ? ['interpolate', ['linear'], ['zoom'], ...label.size]
          : (label.size ?? 12),
        ...(label.maxWidth !== undefined ? { 'text-max-width': label.maxWidth } : {}),
      }
    : {};
  const textPaint = {
    'text-color': label?.color ?? '#0f172a',
    'text-halo-color': HALO,
    'text-halo-width': label?.haloWidth ?? 1.5,
    ...(lit === null ? {} : { 'text-opacity': lit, 'icon-opacity': lit }),
  };
  const priority = label?.priority ?? 0;
  const addLabel = (part: string, o: Record<string, unknown>) => {
    const s = spec({ id: id(part), type: 'symbol', ...o });
    labels.push({ priority, spec: s });
    if (label) texts[s.id] = { vi: text('vi'), en: text('en') };
  };
  // Point icons: one dot per colour of the rule, named by its place in the list.
  if (p?.icon && (d.geometry === 'point' || d.geometry === 'mixed')) {
    const names = new Map<string, string>();
    const iconOf = (c: string) => {
      if (!names.has(c)) {
        names.set(c, `${d.id}-icon-${names.size}`);
        icons.push({ name: names.get(c)!, color: c, radius: p.radius, ring: p.strokeWidth ?? 0 });
      }
      return names.get(c)!;
    };
    const image = withMissing(ruleExpr(p.color, iconOf), missing?.field, iconOf(missing?.color ?? '#000'));
    addLabel('point-symbols', {
      source: labelSource ?? source,
      ...(labelSource ? { filter: ['==', ['get', 'known'], 'point'] } : {}),
      layout: {
        ...textLayout,
        'icon-image': image,
        'icon-allow-overlap': true,
        'text-optional': true,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
      },
      paint: textPaint,
    });
  }
  const iconsCarryLabels = p?.icon && d.geometry === 'point';
  if (label && !iconsCarryLabels) {
    const placement =
      mode === 'line'
        ? {
            'symbol-placement': 'line',
            'symbol-spacing': 320,
            'text-max-angle': 30,
            'text-keep-upright': true,
          }
        : mode === 'district-label-points'
          ? {
              'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
              'text-radial-offset': 0.4,
            }
          : { 'text-variable-anchor': ['center', 'top', 'bottom'], 'text-radial-offset': 0.8 };
    addLabel('labels', {
      source: labelSource ?? source,
      minzoom: label.minzoom,
      ...(d.geometry === 'mixed' && labelSource ? { filter: ['==', ['get', 'known'], 'area'] } : {}),
      layout: { ...textLayout, ...placement },
      paint: textPaint,
    });
  }
  return { labels, texts, icons };
}
