// Lists of an imported layer's features name same-named ones apart, as the map search does:
// HCMGIS's bridges list "Cầu Bình Lợi Mới" twice in a "within 1 km of QL13" answer.
import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../../data/load-layer';
import { formatters } from '../../i18n';
import { distinctNames } from './distinct-names';

const bridge = (name: string, props: Record<string, unknown>): LayerFeature =>
  ({
    type: 'Feature',
    geometry: {
      type: 'LineString',
      coordinates: [
        [106.7, 10.8],
        [106.71, 10.81],
      ],
    },
    properties: { TenDuong: name, ...props },
  }) as unknown as LayerFeature;

const FIELDS = ['TenDuong', 'ChieuDai', 'DoRong', 'Quan'];
const name = (it: { feature: LayerFeature | undefined }) => String(it.feature?.properties?.TenDuong ?? '');
/** A bridge row: [name, ChieuDai, DoRong, Quan, index in the layer]. */
type Row = [string, number, number, string, number];
const rows = (list: Row[]) =>
  list.map(([n, ChieuDai, DoRong, Quan, index]) => ({
    feature: bridge(n, { ChieuDai, DoRong, Quan }),
    index,
  }));
const names = (list: Row[], lang: 'vi' | 'en' = 'vi') =>
  distinctNames('user:1', rows(list), name, FIELDS, formatters(lang));

describe('distinctNames', () => {
  it('leaves a unique name alone and tells twins apart by a place column before numbers', () => {
    const list: Row[] = [
      ['Cầu Bình Lợi Mới', 120, 14.6, 'Bình Thạnh', 7],
      ['Cầu Bình Triệu', 300, 20, 'Thủ Đức', 9],
      ['Cầu Bình Lợi Mới', 120, 12.5, 'Thủ Đức', 30],
    ];
    expect(names(list)).toEqual([
      'Cầu Bình Lợi Mới (Quan: Bình Thạnh)',
      'Cầu Bình Triệu',
      'Cầu Bình Lợi Mới (Quan: Thủ Đức)',
    ]);
  });

  it('numbers in the page’s language, and the feature’s number (index + 1) when nothing else differs', () => {
    const twins: Row[] = [
      ['Cầu', 10, 4.5, 'Quận 1', 0],
      ['Cầu', 10, 6, 'Quận 1', 1],
      ['Cầu', 10, 6, 'Quận 1', 1233],
    ];
    expect(names(twins)).toEqual([
      'Cầu (DoRong: 4,5)',
      'Cầu (DoRong: 6, đối tượng số 2)',
      'Cầu (DoRong: 6, đối tượng số 1.234)',
    ]);
    expect(names(twins, 'en')[2]).toBe('Cầu (DoRong: 6, feature no. 1,234)');
  });
});
