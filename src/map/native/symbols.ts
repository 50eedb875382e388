// MapLibre symbol layers: every label of the map, on the build-time glyphs (fonts.ts), placed by
// MapLibre's collision index at every pixel ratio. The order is the placement priority: MapLibre
// places the top layer first, so district names win over places, places over parks, parks over
// corridor numbers, and the grey basemap names give way to everything.
import type { LayerSpecification } from 'maplibre-gl';
import type { Language } from '../../state/language';
import { css, PARK_FILL, PARK_LINE, PLACE_COLOR, TEXT } from '../colors';
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { SOURCE } from './sources';

/** Below this zoom (the whole province on a phone) district labels drop their unit type. */
export const SHORT_NAME_ZOOM = 9.5;
/** Zoom from which park and place names are drawn (the dots and footprints always are). */
export const PARK_LABEL_ZOOM = 10.5;
export const PLACE_LABEL_ZOOM = 10.5;
/** The province the app is about; its name is the app's title, so its label gives way to districts. */
export const HOME_PROVINCE_CODE = '74';

const HALO = 'rgba(255,255,255,0.92)';
const text = css(TEXT);

/** The `text-field` of each label layer in a language. */
export function textFields(lang: Language): Record<string, unknown> {
  const label = ['get', `label_${lang}`];
  return {
    'basemap-province-labels': label,
    'basemap-district-labels': label,
    'corridors-labels': label,
    'parks-labels': ['step', ['zoom'], '', PARK_LABEL_ZOOM, label],
    'parks-point-symbols': ['step', ['zoom'], '', PARK_LABEL_ZOOM, label],
    'places-symbols': ['step', ['zoom'], '', PLACE_LABEL_ZOOM, label],
    'districts-labels': ['step', ['zoom'], ['get', `short_${lang}`], SHORT_NAME_ZOOM, label],
  };
}

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

/** The symbol layers, bottom (placed last) to top (placed first), by data-layer id. */
export function symbolLayers(lang: Language): { layerId: string | null; spec: LayerSpecification }[] {
  const fields = textFields(lang);
  const filters = basemapLabelFilters([]);
  const parkText = { 'text-color': css(PARK_LINE.existing), 'text-halo-color': HALO, 'text-halo-width': 1.6 };
  const common = { 'text-font': [FONT_REGULAR], 'text-padding': 2 };
  const layer = (layerId: string | null, spec: Record<string, unknown>) => ({
    layerId,
    spec: spec as unknown as LayerSpecification,
  });
  return [
    layer('context', {
      id: 'basemap-province-labels',
      type: 'symbol',
      source: SOURCE.basemapLabels,
      maxzoom: 11,
      filter: filters['basemap-province-labels'],
      layout: {
        ...common,
        'text-field': fields['basemap-province-labels'],
        'text-font': [FONT_BOLD],
        'text-size': 14,
        // Wrapped, so a neighbour's name at the screen edge runs off it less.
        'text-max-width': 6,
      },
      paint: { 'text-color': 'rgba(100,116,139,0.92)', 'text-halo-color': HALO, 'text-halo-width': 1.5 },
    }),
    layer('context', {
      id: 'basemap-district-labels',
      type: 'symbol',
      source: SOURCE.basemapLabels,
      minzoom: 9.5,
      filter: filters['basemap-district-labels'],
      layout: {
        ...common,
        'text-field': fields['basemap-district-labels'],
        'text-size': 11,
        'text-max-width': 8,
      },
      paint: { 'text-color': 'rgba(15,23,42,0.6)', 'text-halo-color': HALO, 'text-halo-width': 1.2 },
    }),
    // Along the line, repeated every ~320 px, upright, never over a sharp bend.
    layer('corridors', {
      id: 'corridors-labels',
      type: 'symbol',
      source: SOURCE.corridors,
      minzoom: 9,
      layout: {
        ...common,
        'text-font': [FONT_BOLD],
        'text-field': fields['corridors-labels'],
        'text-size': 11,
        'symbol-placement': 'line',
        'symbol-spacing': 320,
        'text-max-angle': 30,
        'text-keep-upright': true,
      },
      paint: { 'text-color': text, 'text-halo-color': HALO, 'text-halo-width': 1.8 },
    }),
    layer('parks', {
      id: 'parks-labels',
      type: 'symbol',
      source: SOURCE.parkLabels,
      filter: ['==', ['get', 'known'], 'area'],
      layout: {
        ...common,
        'text-field': fields['parks-labels'],
        'text-size': 11,
        'text-max-width': 9,
        'text-variable-anchor': ['center', 'top', 'bottom'],
        'text-radial-offset': 0.8,
      },
      paint: parkText,
    }),
    // Parks known only by a point: the dot is an icon, so no label covers it (as for places).
    layer('parks', {
      id: 'parks-point-symbols',
      type: 'symbol',
      source: SOURCE.parkLabels,
      filter: ['==', ['get', 'known'], 'point'],
      layout: {
        ...common,
        'icon-image': ['concat', 'park-', ['get', 'status']],
        'icon-allow-overlap': true,
        'text-optional': true,
        'text-field': fields['parks-point-symbols'],
        'text-size': 11,
        'text-max-width': 9,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
      },
      paint: parkText,
    }),
    // Place dots are icons of the same symbol, so labels never cover a dot and a dot's own label
    // sits beside it on whichever side is free (kept inside a phone's width by text-max-width).
    layer('places', {
      id: 'places-symbols',
      type: 'symbol',
      source: SOURCE.places,
      layout: {
        ...common,
        'icon-image': ['concat', 'place-', ['get', 'kind']],
        'icon-allow-overlap': true,
        'text-optional': true,
        'text-field': fields['places-symbols'],
        'text-size': 12,
        'text-max-width': 11,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
      },
      paint: { 'text-color': text, 'text-halo-color': HALO, 'text-halo-width': 1.6 },
    }),
    layer('districts', {
      id: 'districts-labels',
      type: 'symbol',
      source: SOURCE.districtLabels,
      layout: {
        ...common,
        'text-font': [FONT_BOLD],
        'text-field': fields['districts-labels'],
        // Smaller when the whole province is on a phone, so all nine names fit beside each other.
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, 11, 10, 15],
        // Crowded names (Thủ Dầu Một, Thuận An, Dĩ An, Tân Uyên) may step aside from their point.
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.4,
        'text-max-width': 8,
      },
      paint: { 'text-color': text, 'text-halo-color': HALO, 'text-halo-width': 2 },
    }),
  ];
}

/** Dots (a filled circle, white ring) for places by kind and point parks by status, at 2× pixels. */
export function symbolIcons(): {
  name: string;
  image: { width: number; height: number; data: Uint8Array };
}[] {
  return [
    ...Object.entries(PLACE_COLOR).map(([kind, c]) => ({ name: `place-${kind}`, image: dot(c, 6, 1.5, 2) })),
    ...Object.entries(PARK_FILL).map(([status, c]) => ({ name: `park-${status}`, image: dot(c, 6, 1.5, 2) })),
  ];
}

function dot(c: readonly number[], radius: number, ring: number, scale: number) {
  const size = Math.ceil((radius + 1) * 2 * scale);
  const data = new Uint8Array(size * size * 4);
  const mid = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x + 0.5 - mid, y + 0.5 - mid) / scale;
      const cover = Math.max(0, Math.min(1, radius + 0.5 - d));
      const inner = Math.max(0, Math.min(1, radius - ring + 0.5 - d));
      const i = (y * size + x) * 4;
      // Premultiplied-free RGBA: white ring blended over the fill by the inner coverage.
      data[i] = Math.round(c[0]! * inner + 255 * (1 - inner));
      data[i + 1] = Math.round(c[1]! * inner + 255 * (1 - inner));
      data[i + 2] = Math.round(c[2]! * inner + 255 * (1 - inner));
      data[i + 3] = Math.round(255 * cover);
    }
  }
  return { width: size, height: size, data };
}
