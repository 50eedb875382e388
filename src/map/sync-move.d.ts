// @mapbox/mapbox-gl-sync-move ships no types. It only calls on/off('move'), getCenter, getZoom,
// getBearing, getPitch and jumpTo, which maplibre-gl 6's Map has with the same meaning.
declare module '@mapbox/mapbox-gl-sync-move' {
  import type { Map as MapLibreMap } from 'maplibre-gl';
  /** Keeps the maps' cameras together; returns the function that stops it. */
  export default function syncMaps(...maps: MapLibreMap[]): () => void;
}
