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

describe('distinctNames', () => {
  it('leaves a unique name alone and tells twins apart by a place column before numbers', () => {
    const items = [
      { feature: bridge('Cầu Bình Lợi Mới', { ChieuDai: 120, DoRong: 14.6, Quan: 'Bình Thạnh' }), index: 7 },
      { feature: bridge('Cầu Bình Triệu', { ChieuDai: 300, DoRong: 20, Quan: 'Thủ Đức' }), index: 9 },
      { feature: bridge('Cầu Bình Lợi Mới', { ChieuDai: 120, DoRong: 12.5, Quan: 'Thủ Đức' }), index: 30 },
    ];
    expect(distinctNames('user:1', items, name, FIELDS, formatters('vi'))).toEqual([
      'Cầu Bình Lợi Mới (Quan: Bình Thạnh)',
      'Cầu Bình Triệu',
      'Cầu Bình Lợi Mới (Quan: Thủ Đức)',
    ]);
  });

  it('numbers in the page’s language, and the feature’s number (index + 1) when nothing else differs', () => {
    const twins = [
      { feature: bridge('Cầu', { ChieuDai: 10, DoRong: 4.5, Quan: 'Quận 1' }), index: 0 },
      { feature: bridge('Cầu', { ChieuDai: 10, DoRong: 6, Quan: 'Quận 1' }), index: 1 },
      { feature: bridge('Cầu', { ChieuDai: 10, DoRong: 6, Quan: 'Quận 1' }), index: 1233 },
    ];
    expect(distinctNames('user:1', twins, name, FIELDS, formatters('vi'))).toEqual([
      'Cầu (DoRong: 4,5)',
      'Cầu (DoRong: 6, đối tượng số 2)',
      'Cầu (DoRong: 6, đối tượng số 1.234)',
    ]);
    expect(distinctNames('user:1', twins, name, FIELDS, formatters('en'))[2]).toBe(
      'Cầu (DoRong: 6, feature no. 1,234)',
    );
  });
});
