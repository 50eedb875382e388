// A layer is a description, not code (issue 8 §1): plain JSON data saying what the layer is, where
// its features come from, and how it is drawn. The map module renders any layer from it, so adding
// a layer, a choropleth or an imported file touches no map code. Never put a function in here: a
// test asserts every description survives JSON.stringify/parse unchanged.
import type { LayerId, LocalizedText } from '../data/schema';
import type { LayerStyle } from './style';

/** Where the features come from. */
export type LayerSource =
  /** A FlatGeobuf file listed in the catalog under the layer's id (the curated layers today). */
  | { type: 'catalog'; file: string }
  /** Features handed over at run time (an analysis result, an imported file). */
  | { type: 'features' };

/** The geometry a layer holds; 'mixed' for a layer of polygons and points (parks known by a point). */
export type GeometryKind = 'polygon' | 'line' | 'point' | 'mixed';

/** Where each feature's label (and a point feature's icon) is placed. */
export type LabelPoints =
  /** A point inside the polygon (or the point itself). */
  | 'polygon-centre'
  /** The basemap's label point for the district's code, else a point inside. */
  | 'district-label-points'
  /** Along the line, repeated; a road's number (QL13, ĐT743) where its name has one. */
  | 'line'
  /** The feature's point; features within about 100 m share one label, a line each. */
  | 'grouped-points';

/** A legend entry for a category value: its locale key is `prefix + value` (else the raw value). */
export interface LegendWords {
  /** Locale key prefixes of category values by field, e.g. { status: 'status.' }. */
  values?: Record<string, string>;
  /** Locale key of a fixed colour's one entry (e.g. 'legend.districts'). */
  fixed?: string;
  /** Locale key of the `line.flagged` entry (e.g. 'legend.unsourced'). */
  flagged?: string;
  /** Locale key of the `missing` entry. */
  missing?: string;
  /** Locale key of a note under the entries (e.g. the districts' period). */
  note?: string;
  /** Locale key of the entry for features drawn as points in a mixed layer. */
  point?: string;
  /** Fields whose values are listed only when the loaded data has them (all while loading). */
  onlyPresent?: string[];
  /** The neutral colour dash samples are drawn in (so a status never looks like a kind). */
  sample?: string;
  /**
   * No feature misses the colour rule's field (known when the rule was made from all the data, as
   * "Colour by" does): no missing entry, even for a layer whose features the legend is not given
   * (a large layer's).
   */
  noMissing?: boolean;
  /**
   * Features per entry (its id: 'c-<class>', 'v-<value>', 'missing'), counted over every feature
   * when "Colour by" made the rule (rule-counts.ts); shown beside each entry.
   */
  counts?: Record<string, number>;
}

export interface LayerDescription {
  id: LayerId;
  title: LocalizedText;
  source: LayerSource;
  geometry: GeometryKind;
  style: LayerStyle;
  /** Default: 'polygon-centre' for polygons and points, 'line' for lines. */
  labelPoints?: LabelPoints;
  /** Shown when the app starts (the URL's `layers` may say otherwise). */
  visible: boolean;
  /** 0–1. */
  opacity: number;
  /**
   * Style-layer ids this layer's parts had before layers were data (picking, label tests and
   * screenshots know them), by part name: 'fill', 'line', 'line:<dash value>', 'flagged', 'centre',
   * 'missing', 'selected', 'selected-point', 'labels', 'point-symbols', 'circles'. A part not listed
   * gets `<id>-<part>` (':' written '-').
   */
  styleLayerIds?: Record<string, string>;
  legend?: LegendWords;
}

/** The style-layer id of one part of a layer (see LayerDescription.styleLayerIds). */
export function styleLayerId(d: Pick<LayerDescription, 'id' | 'styleLayerIds'>, part: string): string {
  return d.styleLayerIds?.[part] ?? `${d.id}-${part.replace(/[:_]/g, '-')}`;
}

/** A description's label placement, with its default. */
export function labelPointsOf(d: Pick<LayerDescription, 'geometry' | 'labelPoints'>): LabelPoints {
  return d.labelPoints ?? (d.geometry === 'line' ? 'line' : 'polygon-centre');
}
