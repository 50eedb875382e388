// Names for lists of features in which several share a name, told apart the way the map search
// tells its results apart (distinguishHits: a district or ward column first, then an address,
// other words, codes, numbers, then the feature's number): "Cầu Bình Lợi Mới — DoRong: 14,6". The
// analyses of an imported layer list their answers by name (HCMGIS's bridges: "Cầu Bình Lợi Mới:
// 0,00 km" twice, a newcomer's finding); the map search uses the same words.
import type { LayerFeature } from '../../data/load-layer';
import type { Formatters } from '../../i18n';
import { distinguishHits, type HitDetail, type SearchHit } from './map-search';

/** One detail in words: "Quan: Quận 9" (numbers in the page's language: "DoRong: 14,6"), "đối tượng số 3". */
export function detailText(d: HitDetail, f: Pick<Formatters, 't' | 'num'>): string {
  return 'column' in d
    ? f.t('search.option.column', {
        column: d.column,
        value: typeof d.value === 'number' ? f.num(d.value, 6) : d.value,
      })
    : f.t('search.option.ordinal', { n: f.num(d.ordinal) });
}

/**
 * `name` followed by its details ("Đình Phong Phú — Quan: Quận 9"; `inRow`: in brackets, "Cầu
 * (DoRong: 7,5)", for a list row whose own text goes on after a colon), or `name` alone.
 */
export function withDetails(
  name: string,
  details: readonly HitDetail[],
  f: Pick<Formatters, 't' | 'num'>,
  inRow = false,
): string {
  if (details.length === 0) return name;
  const detail = details.map((d) => detailText(d, f)).join(', ');
  return f.t(inRow ? 'search.row.detail' : 'search.option.detail', { name, detail });
}

/**
 * The names of `items` (features of the layer `layerId`, with their 0-based index in it) as a list
 * shows them: `nameOf(item)`, with details where two or more share it, chosen among the layer's
 * `fields` (its columns). One name per item, in order.
 */
export function distinctNames<T extends { feature: LayerFeature | undefined; index: number }>(
  layerId: string,
  items: readonly T[],
  nameOf: (item: T) => string,
  fields: readonly string[],
  f: Pick<Formatters, 't' | 'num'>,
): string[] {
  const names = items.map(nameOf);
  const hits: SearchHit[] = items.map((it) => ({
    layerId,
    featureId: String(it.index),
    feature: it.feature ?? ({ type: 'Feature', geometry: null, properties: {} } as unknown as LayerFeature),
    ordinal: it.index + 1,
  }));
  const at = new Map(hits.map((h, i) => [h, i]));
  const details = distinguishHits(hits, (h) => names[at.get(h)!]!, {}, { [layerId]: fields });
  return names.map((name, i) => withDetails(name, details[i] ?? [], f, true));
}
