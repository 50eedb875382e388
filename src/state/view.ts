import { create } from 'zustand';

export interface View {
  /** [longitude, latitude] */
  center: [number, number];
  zoom: number;
  /**
   * What the map shows, [west, south, east, north] in degrees, when the map reported it (the
   * features-in-view list reads it); a view from a link has none until the map settles.
   */
  bounds?: [number, number, number, number];
}

export type Basemap = 'offline' | 'osm';

interface ViewState {
  /** The map's current camera; null until the map reports it. */
  view: View | null;
  /** Offline built-in basemap always; the online OSM raster drawn over it only when asked for. */
  osm: boolean;
  setView: (view: View) => void;
  setOsm: (on: boolean) => void;
}

export const useView = create<ViewState>()((set) => ({
  view: null,
  osm: false,
  setView: (view) => set({ view }),
  setOsm: (osm) => set({ osm }),
}));
