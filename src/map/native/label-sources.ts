// The data a layer's MapLibre sources hold, by the description's `labelPoints`: the features
// themselves (with their label text in both languages where the labels read them from the
// features), and a point per feature for labels and point icons.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { LabelPoints } from '../../layers/description';
import type { LabelStyle } from '../../layers/style';
import { anchorOf } from '../anchor';
import { collection, corridorFeatures, districtLabelPoints, placeFeatures } from './sources';
import { nfc, shortDistrictName } from './text';

/** A feature's label in a language from the label fields, falling back to the other language's. */
export function labelText(f: Feature, field: LabelStyle['field'], lang: 'vi' | 'en'): string {
  const p = f.properties ?? {};
  const read = (k: string) => (typeof p[k] === 'string' || typeof p[k] === 'number' ? String(p[k]) : '');
  const own = read(field[lang]);
  return nfc(own || read(field[lang === 'vi' ? 'en' : 'vi']));
}

/** Whether the layer's labels are read from a separate point source (else from its features). */
export const hasLabelSource = (mode: LabelPoints): boolean =>
  mode === 'polygon-centre' || mode === 'district-label-points';

/** The layer's main source data: its features, plus label text where the labels read it there. */
export function mainData(mode: LabelPoints, features: Feature[]): FeatureCollection {
  if (mode === 'line') return corridorFeatures(features);
  if (mode === 'grouped-points') return placeFeatures(features);
  return collection(features);
}

/**
 * The label points of a layer whose labels have their own source: one per located feature, with
 * the feature's properties, `label_vi`/`label_en`, `short_vi`/`short_en` (district unit type
 * dropped), and `known`: 'point' for a feature known only by a point (it gets the layer's icon),
 * else 'area'. `labelPoints`: the basemap's points by district code (district-label-points).
 */
export function labelData(
  mode: LabelPoints,
  features: Feature[],
  field: LabelStyle['field'],
  labelPoints: ReadonlyMap<string, [number, number]>,
): FeatureCollection {
  if (mode === 'district-label-points') return districtLabelPoints(features, labelPoints);
  const out: Feature<Point>[] = [];
  for (const f of features) {
    const position = anchorOf(f);
    if (!position) continue;
    const vi = labelText(f, field, 'vi');
    const en = labelText(f, field, 'en');
    out.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: position },
      properties: {
        ...f.properties,
        known: f.geometry?.type === 'Point' ? 'point' : 'area',
        label_vi: vi,
        label_en: en,
        short_vi: shortDistrictName(vi),
        short_en: shortDistrictName(en),
      },
    });
  }
  return collection(out);
}
