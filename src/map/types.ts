// The plain data PlanningMap takes and gives.
import type { Feature } from 'geojson';
import type { BinaryChunk } from '../data/binary/types';
import type { LayerId } from '../data/schema';
import type { LayerDescription } from '../layers/description';
import type { LayerStyle } from '../layers/style';
import type { FeatureRef } from '../state/selection';
import type { View } from '../state/view';
import type { BigDrawFilter } from './deck/big-filter-props';
import type { LngLat } from './layers/overlay-types';
import type { OsmStatus } from './osm-basemap';

export interface MapLayerInput {
  visible: boolean;
  features: Feature[];
  /** 0–1, from the layer panel's slider; omitted: 1. */
  opacity?: number;
  /** Replaces the layer description's style while set (choropleth, time slider); plain data. */
  style?: LayerStyle;
  /** Feature ids drawn normally, every other feature dimmed; null/absent: none dimmed. */
  highlight?: string[] | null;
  /**
   * The description of a layer added at run time (an imported file): drawn while it is in the input,
   * removed from the map when it leaves it. The curated layers' descriptions are built in.
   */
  description?: LayerDescription;
}
/** A large imported layer (binary chunks, drawn by deck.gl at its place in the layer order). */
export interface BigLayerInput {
  id: LayerId;
  description: LayerDescription;
  /** The chunks so far; each keeps its identity as more arrive (no re-upload). */
  chunks: readonly BinaryChunk[];
  visible: boolean;
  /** 0–1. */
  opacity: number;
  /** The layer's filter as the map draws it (deck.gl's DataFilterExtension); absent: none. */
  filter?: BigDrawFilter | undefined;
}

/** Every layer the map may draw, by id; a layer left out is not drawn. */
export type MapLayersInput = Record<LayerId, MapLayerInput>;

export interface PlanningMapEvents {
  /** A click on the map: the topmost feature under the pointer, or null for empty map. */
  click: FeatureRef | null;
  /** The pixel of that same click (select mode), for picking every feature there (pickFeaturesAt). */
  clickAt: { x: number; y: number };
  hover: FeatureRef | null;
  /** The camera settled after a move. */
  view: View;
  /** The style has loaded (or failed and the blank fallback is in use). */
  styleLoaded: { ok: boolean; message: string | null };
  fontsLoaded: undefined;
  /** A click in 'where' or 'measure' mode: the point, not a feature. */
  point: LngLat;
  /** A measure key on the focused map: add the centre point, undo, finish. */
  measureKey: { action: 'add'; point: LngLat } | { action: 'undo' } | { action: 'finish' };
  /** The online basemap's state (osm-basemap.ts): 'offline' means unreachable, retrying. */
  osmStatus: OsmStatus;
}

export interface PlanningMapOptions {
  container: HTMLElement;
  /** Absolute URL of tiles/style.json. */
  styleUrl: string;
  /** Absolute URL of tiles/labels.geojson. */
  labelsUrl: string;
  /** The starting camera; without it the map starts on the province and waits for fitBounds. */
  initialView?: View;
  osmAttribution: string;
  /**
   * The wheel and touch behaviour: 'coop' (MapLibre's cooperative gestures: ctrl/⌘ + wheel, two
   * fingers), 'zoom' (the wheel zooms, the default) or 'off' (the wheel never zooms).
   */
  gestures?: 'coop' | 'zoom' | 'off';
  /** With an element: a fullscreen control that puts it (the embed, legend included) fullscreen. */
  fullscreen?: HTMLElement;
  /** MapLibre's own UI texts (its `locale` option: cooperative-gesture hints, fullscreen button). */
  locale?: Record<string, string>;
}
