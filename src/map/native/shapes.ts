// MapLibre fill, line and circle layers of the curated data layers (bottom to top). Colours,
// widths and dashes come from ../colors.ts, the palette the legend also draws.
import type { LayerSpecification } from 'maplibre-gl';
import { CORRIDOR_KINDS, type CorridorStatus, PARK_STATUSES } from '../../data/schema';
import {
  CONTEXT_LINE,
  CORRIDOR_COLOR,
  CORRIDOR_DASH,
  CORRIDOR_WIDTH,
  css,
  DISTRICT_LINE,
  PARK_DASH,
  PARK_FILL,
  PARK_LINE,
  RAILWAY_CENTRE,
  SELECTION,
  UNSOURCED_DASH,
  UNSOURCED_LINE,
} from '../colors';
import { SOURCE } from './sources';

type Expr = unknown[];
const hovered: Expr = ['boolean', ['feature-state', 'hover'], false];
const NONE = '\u0000none';
/** A filter that matches no feature: the selection layers' filter while nothing is selected. */
export const selectedFilter = (id: string | null): Expr => ['==', ['get', 'id'], id ?? NONE];

const byStatus = (table: Record<string, unknown>, fallback: unknown): Expr => [
  'match',
  ['get', 'status'],
  ...PARK_STATUSES.flatMap((s) => [s, table[s]]),
  fallback,
];
const byKind = (table: Record<string, unknown>, fallback: unknown): Expr => [
  'match',
  ['get', 'kind'],
  ...CORRIDOR_KINDS.flatMap((k) => [k, table[k]]),
  fallback,
];
const alpha = (c: readonly number[]) => (c[3] ?? 255) / 255;
const opaque = (c: readonly [number, number, number, number]) => css([c[0], c[1], c[2], 255]);

/** Corridors no source supports: grey and dotted whatever their kind and status (never like a sourced line). */
export const UNSOURCED_CORRIDOR_LAYER = 'corridors-unsourced';

export const CORRIDOR_STATUS_LAYERS: Record<CorridorStatus, string> = {
  existing: 'corridors-existing',
  under_construction: 'corridors-under-construction',
  planned: 'corridors-planned',
};

/** Layers of one data layer, by data-layer id, in drawing order. */
export function shapeLayers(): Record<string, LayerSpecification[]> {
  const parkFill = Object.fromEntries(PARK_STATUSES.map((s) => [s, opaque(PARK_FILL[s])]));
  const parkOpacity = Object.fromEntries(PARK_STATUSES.map((s) => [s, alpha(PARK_FILL[s])]));
  const parkLine = Object.fromEntries(PARK_STATUSES.map((s) => [s, css(PARK_LINE[s])]));
  const kindColour = Object.fromEntries(CORRIDOR_KINDS.map((k) => [k, css(CORRIDOR_COLOR[k])]));
  const kindWidth = Object.fromEntries(CORRIDOR_KINDS.map((k) => [k, CORRIDOR_WIDTH[k]]));
  const width: Expr = ['+', byKind(kindWidth, 2), ['case', hovered, 2, 0]];
  const corridorLine = (status: CorridorStatus) => ({
    id: CORRIDOR_STATUS_LAYERS[status],
    type: 'line',
    source: SOURCE.corridors,
    filter: ['all', ['==', ['get', 'status'], status], ['!=', ['get', 'unsourced'], true]],
    layout: { 'line-join': 'round', 'line-cap': status === 'existing' ? 'round' : 'butt' },
    paint: {
      'line-color': byKind(kindColour, '#555'),
      'line-width': width,
      ...(CORRIDOR_DASH[status][0] > 0 ? { 'line-dasharray': CORRIDOR_DASH[status] } : {}),
    },
  });
  // Expressions are built as plain arrays; MapLibre validates the style when the layers are added.
  const layers: Record<string, unknown[]> = {
    context: [
      {
        id: 'context-line',
        type: 'line',
        source: SOURCE.context,
        paint: {
          'line-color': css(CONTEXT_LINE),
          'line-width': ['case', ['==', ['get', 'level'], 'province'], 2, 0.8],
        },
      },
    ],
    districts: [
      // Nearly transparent: it makes a click anywhere inside a district find it.
      {
        id: 'districts-fill',
        type: 'fill',
        source: SOURCE.districts,
        paint: { 'fill-color': '#ffffff', 'fill-opacity': ['case', hovered, 0.35, 0.01] },
      },
      {
        id: 'districts-line',
        type: 'line',
        source: SOURCE.districts,
        paint: { 'line-color': css(DISTRICT_LINE), 'line-width': 1.6 },
      },
    ],
    parks: [
      {
        id: 'parks-fill',
        type: 'fill',
        source: SOURCE.parks,
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: {
          'fill-color': byStatus(parkFill, '#888'),
          'fill-opacity': ['case', hovered, 0.85, byStatus(parkOpacity, 0.3)],
        },
      },
      {
        id: 'parks-line',
        type: 'line',
        source: SOURCE.parks,
        filter: ['all', ['==', ['geometry-type'], 'Polygon'], ['!=', ['get', 'status'], 'planned']],
        paint: { 'line-color': byStatus(parkLine, '#444'), 'line-width': 1.2 },
      },
      {
        id: 'parks-line-planned',
        type: 'line',
        source: SOURCE.parks,
        filter: ['all', ['==', ['geometry-type'], 'Polygon'], ['==', ['get', 'status'], 'planned']],
        paint: { 'line-color': css(PARK_LINE.planned), 'line-width': 2, 'line-dasharray': PARK_DASH.planned },
      },
    ],
    corridors: [
      {
        id: 'corridors-selected',
        type: 'line',
        source: SOURCE.corridors,
        filter: selectedFilter(null),
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': css(SELECTION), 'line-width': ['+', byKind(kindWidth, 2), 6] },
      },
      corridorLine('existing'),
      corridorLine('under_construction'),
      corridorLine('planned'),
      {
        id: UNSOURCED_CORRIDOR_LAYER,
        type: 'line',
        source: SOURCE.corridors,
        filter: ['==', ['get', 'unsourced'], true],
        paint: {
          'line-color': css(UNSOURCED_LINE),
          'line-width': ['+', 2, ['case', hovered, 2, 0]],
          'line-dasharray': UNSOURCED_DASH,
        },
      },
      // Railways: a white centre line makes them a cased double line, unlike any road.
      {
        id: 'corridors-rail-centre',
        type: 'line',
        source: SOURCE.corridors,
        filter: ['all', ['==', ['get', 'kind'], 'railway'], ['!=', ['get', 'unsourced'], true]],
        paint: { 'line-color': css(RAILWAY_CENTRE), 'line-width': 1 },
      },
    ],
  };
  return layers as Record<string, LayerSpecification[]>;
}

/** Selection outlines, drawn above every shape layer and below the labels. */
export function selectionLayers(): LayerSpecification[] {
  const yellow = css(SELECTION);
  const layers: unknown[] = [
    {
      id: 'districts-selected',
      type: 'line',
      source: SOURCE.districts,
      filter: selectedFilter(null),
      paint: { 'line-color': yellow, 'line-width': 4 },
    },
    {
      id: 'parks-selected',
      type: 'line',
      source: SOURCE.parks,
      filter: selectedFilter(null),
      paint: { 'line-color': yellow, 'line-width': 3.5 },
    },
    {
      id: 'parks-selected-point',
      type: 'circle',
      source: SOURCE.parks,
      filter: ['all', ['==', ['geometry-type'], 'Point'], selectedFilter(null)],
      paint: {
        'circle-radius': 9,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': yellow,
        'circle-stroke-width': 3.5,
      },
    },
    {
      id: 'places-selected',
      type: 'circle',
      source: SOURCE.places,
      filter: selectedFilter(null),
      paint: { 'circle-radius': 10, 'circle-color': yellow },
    },
  ];
  return layers as LayerSpecification[];
}
