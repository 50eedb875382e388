// The five curated layers as descriptions: exactly the looks they had as map code (the palette of
// src/map/colors.ts, which the colour-blindness test checks), now as plain data the renderer reads.
// Style-layer ids keep their old names (picking, label tests, screenshots know them).
import {
  CORRIDOR_KINDS,
  CORRIDOR_STATUSES,
  type CuratedLayerId,
  PARK_STATUSES,
  PLACE_KINDS,
} from '../data/schema';
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
  PLACE_COLOR,
  RAILWAY_CENTRE,
  type RGBA,
  STATUS_SAMPLE,
  TEXT,
  UNSOURCED_DASH,
  UNSOURCED_LINE,
} from '../map/colors';
import type { LayerDescription } from './description';

const table = <K extends string, V, W>(keys: readonly K[], rec: Record<K, V>, f: (v: V) => W) =>
  Object.fromEntries(keys.map((k) => [k, f(rec[k])])) as Record<K, W>;
const dashOf = (d: readonly number[]): number[] => (d[0]! > 0 ? [...d] : []);
const catalog = (id: string) => ({ type: 'catalog' as const, file: `${id}.fgb` });
const NAME = { vi: 'name_vi', en: 'name_en' };
const text = css(TEXT);
/** Zoom from which park and place names are drawn (their dots and footprints always are). */
const NAME_ZOOM = 10.5;

const context: LayerDescription = {
  id: 'context',
  title: { vi: 'Ranh giới lân cận', en: 'Surrounding boundaries' },
  source: catalog('context'),
  geometry: 'polygon',
  style: {
    line: {
      color: { type: 'fixed', color: css(CONTEXT_LINE) },
      width: { type: 'category', field: 'level', values: { province: 2 }, other: 0.8 },
    },
  },
  visible: true,
  opacity: 1,
  legend: { fixed: 'legend.context' },
};

const districts: LayerDescription = {
  id: 'districts',
  title: { vi: 'Đơn vị hành chính cấp huyện', en: 'Districts and cities' },
  source: catalog('districts'),
  geometry: 'polygon',
  style: {
    // Nearly transparent: it makes a click anywhere inside a district find it.
    fill: { color: { type: 'fixed', color: '#ffffff' }, opacity: 0.01, hoverOpacity: 0.35 },
    line: { color: { type: 'fixed', color: css(DISTRICT_LINE) }, width: 1.6 },
    label: {
      field: NAME,
      shortBelowZoom: 9.5,
      size: [8, 11, 10, 15],
      bold: true,
      color: text,
      haloWidth: 2,
      maxWidth: 8,
      priority: 50,
    },
  },
  labelPoints: 'district-label-points',
  visible: true,
  opacity: 1,
  legend: { fixed: 'legend.districts', note: 'districts.period.short' },
};

/** Point icons take the fill's colour at full strength: a dot must read at 6 px. */
const opaque = (c: RGBA) => css([c[0], c[1], c[2], 255]);
const parks: LayerDescription = {
  id: 'parks',
  title: { vi: 'Khu công nghiệp', en: 'Industrial parks' },
  source: catalog('parks'),
  geometry: 'mixed',
  style: {
    fill: {
      color: {
        type: 'category',
        field: 'status',
        colors: table(PARK_STATUSES, PARK_FILL, css),
        other: '#888888',
      },
      opacity: 1,
      hoverOpacity: 0.85,
    },
    line: {
      color: {
        type: 'category',
        field: 'status',
        colors: table(PARK_STATUSES, PARK_LINE, css),
        other: '#444444',
      },
      width: { type: 'category', field: 'status', values: { planned: 2 }, other: 1.2 },
      dash: { field: 'status', values: { planned: dashOf(PARK_DASH.planned) } },
    },
    point: {
      color: {
        type: 'category',
        field: 'status',
        colors: table(PARK_STATUSES, PARK_FILL, opaque),
        other: '#888888',
      },
      radius: 6,
      strokeColor: '#ffffff',
      strokeWidth: 1.5,
      icon: true,
    },
    label: {
      field: NAME,
      textMinzoom: NAME_ZOOM,
      size: 11,
      color: css(PARK_LINE.existing),
      haloWidth: 1.6,
      maxWidth: 9,
      priority: 30,
    },
  },
  labelPoints: 'polygon-centre',
  visible: true,
  opacity: 1,
  styleLayerIds: {
    'line:planned': 'parks-line-planned',
    labels: 'parks-labels',
    'point-symbols': 'parks-point-symbols',
  },
  legend: { values: { status: 'status.' }, point: 'legend.point' },
};

const corridors: LayerDescription = {
  id: 'corridors',
  title: { vi: 'Hành lang giao thông', en: 'Transport corridors' },
  source: catalog('corridors'),
  geometry: 'line',
  style: {
    line: {
      color: {
        type: 'category',
        field: 'kind',
        colors: table(CORRIDOR_KINDS, CORRIDOR_COLOR, css),
        other: '#555555',
      },
      width: { type: 'category', field: 'kind', values: { ...CORRIDOR_WIDTH }, other: 2 },
      dash: { field: 'status', values: table(CORRIDOR_STATUSES, CORRIDOR_DASH, dashOf) },
      hoverWidth: 2,
      flagged: { field: 'sources', color: css(UNSOURCED_LINE), dash: [...UNSOURCED_DASH], width: 2 },
      centre: { field: 'kind', values: ['railway'], color: css(RAILWAY_CENTRE), width: 1 },
    },
    label: { field: NAME, minzoom: 9, size: 11, bold: true, color: text, haloWidth: 1.8, priority: 10 },
  },
  labelPoints: 'line',
  visible: true,
  opacity: 1,
  styleLayerIds: {
    'line:existing': 'corridors-existing',
    'line:under_construction': 'corridors-under-construction',
    'line:planned': 'corridors-planned',
    flagged: 'corridors-unsourced',
    centre: 'corridors-rail-centre',
  },
  legend: {
    values: { kind: 'kind.', status: 'corridorStatus.' },
    flagged: 'legend.unsourced',
    onlyPresent: ['kind'],
    sample: css(STATUS_SAMPLE),
  },
};

const places: LayerDescription = {
  id: 'places',
  title: { vi: 'Địa điểm', en: 'Places' },
  source: catalog('places'),
  geometry: 'point',
  style: {
    point: {
      color: {
        type: 'category',
        field: 'kind',
        colors: table(PLACE_KINDS, PLACE_COLOR, css),
        other: '#1e293b',
      },
      radius: 6,
      strokeColor: '#ffffff',
      strokeWidth: 1.5,
      icon: true,
    },
    label: {
      field: NAME,
      textMinzoom: NAME_ZOOM,
      size: 12,
      color: text,
      haloWidth: 1.6,
      maxWidth: 11,
      priority: 40,
    },
  },
  labelPoints: 'grouped-points',
  visible: true,
  opacity: 1,
  styleLayerIds: { 'point-symbols': 'places-symbols' },
  legend: { values: { kind: 'place.' } },
};

/** The curated layers' descriptions by id. */
export const CURATED_DESCRIPTIONS: Record<CuratedLayerId, LayerDescription> = {
  context,
  districts,
  corridors,
  parks,
  places,
};
