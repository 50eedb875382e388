import { create } from 'zustand';
import type { OsmStatus } from '../map/osm-basemap';

/** What the map reports about the online basemap (the choice itself is `useView().osm`). */
export const useBasemapStatus = create<{ status: OsmStatus; set: (status: OsmStatus) => void }>()((set) => ({
  status: 'off',
  set: (status) => set({ status }),
}));
