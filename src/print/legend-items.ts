// What the exported image and the printed page list as legend: one group per visible layer, top
// layer first (as the layer panel lists them), its entries read from the layer's description
// (ui/legend-entries.ts) with the words resolved in the user's language. Pure: drawing is
// compose.ts's (canvas) and PrintSheet.tsx's (HTML) job.
import type { Feature, Geometry } from 'geojson';
import { isCuratedLayerId, type LayerId } from '../data/schema';
import type { Formatters, MessageKey } from '../i18n';
import { CURATED_DESCRIPTIONS } from '../layers/curated';
import type { LayerDescription } from '../layers/description';
import { catalogTitle } from '../state/catalog';
import { type EntryLabel, legendEntries, type Swatch } from '../ui/legend-entries';

export interface LegendItem {
  swatch: Swatch;
  text: string;
}
export interface LegendGroup {
  id: LayerId;
  title: string;
  items: LegendItem[];
}

/** The minimum a layer needs to be listed: is it shown, and its features (for present values). */
export interface LegendLayer {
  visible: boolean;
  features: Feature<Geometry | null>[];
}

/** An entry label in words: a locale key, raw text, or a numeric class range. */
export function labelWords(label: EntryLabel, f: Pick<Formatters, 't' | 'num'>): string {
  if ('key' in label) return f.t(label.key as MessageKey);
  if ('text' in label) return label.text;
  return f.t(`legend.class.${label.range}` as MessageKey, {
    min: f.num(label.min ?? 0, label.digits),
    max: f.num(label.max ?? 0, label.digits),
  });
}

/**
 * The legend groups of the visible layers. `order` is the draw order, bottom first (the layers
 * store's `order`); the result is top first. `describe` gives a layer's description (default: the
 * curated one); a layer without one (an analysis result) is left out.
 */
export function legendGroups(
  layers: Partial<Record<LayerId, LegendLayer>>,
  order: readonly LayerId[],
  f: Pick<Formatters, 't' | 'num' | 'lang'>,
  describe: (id: LayerId) => LayerDescription | undefined = (id) =>
    isCuratedLayerId(id) ? CURATED_DESCRIPTIONS[id] : undefined,
): LegendGroup[] {
  const out: LegendGroup[] = [];
  for (const id of [...order].reverse()) {
    const layer = layers[id];
    const d = describe(id);
    if (!layer?.visible || !d) continue;
    // An entry's features, where "Colour by" counted them, follow its words: "đất ở (20.000)".
    const items = legendEntries(d, layer.features).map((e) => ({
      swatch: e.swatch,
      text:
        e.count === undefined
          ? labelWords(e.label, f)
          : f.t('legend.counted', { label: labelWords(e.label, f), count: f.num(e.count) }),
    }));
    if (items.length > 0) out.push({ id, title: catalogTitle(id, f.lang) ?? d.title[f.lang], items });
  }
  return out;
}
