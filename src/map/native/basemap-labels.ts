// The basemap's own names (provinces and neighbouring districts, from tiles/labels.geojson): grey
// symbol layers at the bottom of the label stack, so every data label wins a collision with them.
// They are the basemap's, not a data layer's: shown whatever layers are on.
import type { LayerSpecification } from 'maplibre-gl';
import type { Language } from '../../state/language';
import { FONT_BOLD, FONT_REGULAR } from './fonts';

export const BASEMAP_LABEL_SOURCE = 'bd-basemap-labels';
export const BASEMAP_LABEL_LAYERS = ['basemap-province-labels', 'basemap-district-labels'] as const;
/** The province the app is about; its name is the app's title, so its label gives way to districts. */
export const HOME_PROVINCE_CODE = '74';
const HALO = 'rgba(255,255,255,0.92)';

/** Filter of the basemap name layers: the home province and drawn districts give way to the data. */
export function basemapLabelFilters(districtCodes: readonly string[]): Record<string, unknown> {
  return {
    'basemap-province-labels': [
      'all',
      ['==', ['get', 'level'], 'province'],
      districtCodes.length > 0 ? ['!=', ['get', 'code'], HOME_PROVINCE_CODE] : true,
    ],
    'basemap-district-labels': [
      'all',
      ['==', ['get', 'level'], 'district'],
      ['!', ['in', ['get', 'code'], ['literal', districtCodes]]],
    ],
  };
}

/** The two basemap name layers, bottom first. */
export function basemapLabelLayers(lang: Language): LayerSpecification[] {
  const filters = basemapLabelFilters([]);
  const label = ['get', `label_${lang}`];
  const layers: unknown[] = [
    {
      id: 'basemap-province-labels',
      type: 'symbol',
      source: BASEMAP_LABEL_SOURCE,
      maxzoom: 11,
      filter: filters['basemap-province-labels'],
      layout: {
        'text-padding': 2,
        'text-field': label,
        'text-font': [FONT_BOLD],
        'text-size': 14,
        // Wrapped, so a neighbour's name at the screen edge runs off it less.
        'text-max-width': 6,
      },
      paint: { 'text-color': 'rgba(100,116,139,0.92)', 'text-halo-color': HALO, 'text-halo-width': 1.5 },
    },
    {
      id: 'basemap-district-labels',
      type: 'symbol',
      source: BASEMAP_LABEL_SOURCE,
      minzoom: 9.5,
      filter: filters['basemap-district-labels'],
      layout: {
        'text-font': [FONT_REGULAR],
        'text-padding': 2,
        'text-field': label,
        'text-size': 11,
        'text-max-width': 8,
      },
      paint: { 'text-color': 'rgba(15,23,42,0.6)', 'text-halo-color': HALO, 'text-halo-width': 1.2 },
    },
  ];
  return layers as LayerSpecification[];
}
