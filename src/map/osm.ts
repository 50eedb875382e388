// The optional online basemap: OpenStreetMap raster tiles above the offline basemap and below
// every data layer.
import type { Map as MapLibreMap } from 'maplibre-gl';

const OSM_SOURCE = 'osm-raster';
const OSM_LAYER = 'osm-raster';
/** The lowest data layer; the raster goes under it. */
const FIRST_DATA_LAYER = 'context-line';

export function applyOsm(map: MapLibreMap, on: boolean, attribution: string): void {
  if (on && !map.getSource(OSM_SOURCE)) {
    map.addSource(OSM_SOURCE, {
      type: 'raster',
      tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
      tileSize: 256,
      maxzoom: 19,
      attribution,
    });
  }
  if (on && !map.getLayer(OSM_LAYER)) {
    map.addLayer(
      { id: OSM_LAYER, type: 'raster', source: OSM_SOURCE, paint: { 'raster-opacity': 0.9 } },
      map.getLayer(FIRST_DATA_LAYER) ? FIRST_DATA_LAYER : undefined,
    );
  }
  if (!on) {
    if (map.getLayer(OSM_LAYER)) map.removeLayer(OSM_LAYER);
    if (map.getSource(OSM_SOURCE)) map.removeSource(OSM_SOURCE);
  }
}
