// The coordinate system in which the viewer prints the coordinates a person reads (what's here,
// the measure's vertices): WGS 84 degrees (the default) or VN-2000 / TM-3 105°45′ metres, the
// system Vietnamese planning offices work in. Kept in the link (`crs=vn2000`) like the language.
import { create } from 'zustand';

export const COORD_SYSTEMS = ['wgs84', 'vn2000'] as const;
export type CoordSystem = (typeof COORD_SYSTEMS)[number];

export function isCoordSystem(value: unknown): value is CoordSystem {
  return typeof value === 'string' && (COORD_SYSTEMS as readonly string[]).includes(value);
}

interface CoordSystemState {
  system: CoordSystem;
  setSystem: (system: CoordSystem) => void;
}

export const useCoordSystem = create<CoordSystemState>()((set) => ({
  system: 'wgs84',
  setSystem: (system) => set({ system }),
}));
