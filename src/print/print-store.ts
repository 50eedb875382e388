// The print job being shown to the browser's print (at most one), and the map the print tools
// capture. The map is registered by App (the main map's PlanningMap), so the side panel's print
// tools and the investors' comparison sheet reach it without the map being passed down.
import { create } from 'zustand';
import type { PlanningMap } from '../map/PlanningMap';
import type { Orientation, Paper } from './layout';
import type { LegendGroup } from './legend-items';

export interface PrintJob {
  /** 'map': the map sheet (App's PrintHost draws it); 'comparison': the investors' sheet. */
  kind: 'map' | 'comparison';
  paper: Paper;
  orientation: Orientation;
  /** The captured map as an object URL (a PNG blob). */
  image: string;
  /** Map image size in pixels (its proportions set the <img> box). */
  width: number;
  height: number;
  title: string;
  groups: LegendGroup[];
  /** Scale bar: its label and its length as a fraction of the map image's width. */
  scale: { label: string; fraction: number } | null;
  bearing: number;
  attribution: string;
  date: string;
}

interface PrintState {
  job: PrintJob | null;
  setJob: (job: PrintJob | null) => void;
  /** The paper chosen in the print panel, also used by the browser's own print (Ctrl+P). */
  page: { paper: Paper; orientation: Orientation };
  setPage: (page: { paper: Paper; orientation: Orientation }) => void;
}

export const usePrint = create<PrintState>()((set, get) => ({
  job: null,
  page: { paper: 'A4', orientation: 'landscape' },
  setPage: (page) => set({ page }),
  setJob: (job) => {
    const old = get().job;
    if (old && old.image !== job?.image && old.image.startsWith('blob:')) URL.revokeObjectURL(old.image);
    set({ job });
  },
}));

let printMap: PlanningMap | null = null;
/** The map the print tools capture (App sets it as the main map comes and goes). */
export function setPrintMap(map: PlanningMap | null): void {
  printMap = map;
}
export function getPrintMap(): PlanningMap | null {
  return printMap;
}
