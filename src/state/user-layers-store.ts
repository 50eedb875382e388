// The imported layers' state (issue 10 §1), apart from what is done with them (./user-layers.ts:
// adding, removing, saving, restoring): what the map, the legend and the link read, which every
// page (an embed too) needs, without the persistence and import code that only the full viewer runs.
import { create } from 'zustand';
import type { MessageKey } from '../i18n';
import type { ImportProgress, ImportWarning } from '../import/types';
import type { LayerDescription } from '../layers/description';
import { useBigLayers } from './big-layers-store';

export interface UserLayer {
  id: string;
  fileName: string;
  url?: string;
  description: LayerDescription;
  n: number;
  /** The property names of its features (the table's columns, the filters' fields). */
  fields?: string[];
  /**
   * The viewer numbered the features (`id` 1, 2, …: the file had no unique ids; its own `id`, if
   * any, kept as `id_source`): that `id` is for selection only, not one of the file's columns.
   */
  idsMade?: boolean;
  /** What the import said of the whole file (mixed types, skipped lines…), shown under its row. */
  warnings?: ImportWarning[];
}

/** A file that could not be imported: its name and the locale key of the reason. */
export interface ImportFailure {
  id: number;
  fileName: string;
  key: MessageKey;
  params: Record<string, string | number>;
}

/** A `src=` layer's visibility and opacity as a link gives them. */
export interface SrcSetting {
  visible: boolean;
  opacity: number;
}

/** Why the last save failed (shown once under the import area); null when saving works. */
export type SaveProblem = 'quota' | 'unavailable' | null;

interface UserLayersState {
  layers: Record<string, UserLayer>;
  failures: ImportFailure[];
  /** The import under way: its file name and progress (null: none). */
  /**
   * The import under way: the file's name and its reading progress; `download` while a URL's file
   * is fetched before it is read (null progress: the server not yet answered).
   */
  job: { fileName: string; progress: ImportProgress | null; download?: boolean } | null;
  saveProblem: SaveProblem;
  /** Bumped after every save or removal so the storage figure is read again. */
  storageVersion: number;
  /**
   * URLs a link's `src=` asked for that are still being added (fetched, read): kept in the link
   * meanwhile, so the address written while they load (or a reload then) does not drop them.
   */
  pendingSrc: string[];
  /**
   * What a link said of its `src=` layers (`src.hide`, `src.op.<n>`), by URL: applied to each when it
   * is on the page (src/ui/import/start.ts), and written back for those still loading meanwhile.
   */
  srcSettings: Record<string, SrcSetting>;
  /**
   * The layer the last import added (small or large), said under the import area with a zoom to it:
   * the layer's row is at the top of a list often scrolled away, and the map stays where it was.
   */
  added: { id: string; fileName: string; count: number } | null;
  setJob: (job: UserLayersState['job']) => void;
  fail: (fileName: string, key: MessageKey, params: Record<string, string | number>) => void;
  dismissFailure: (id: number) => void;
}

let failureIds = 0;

export const useUserLayers = create<UserLayersState>()((set) => ({
  layers: {},
  failures: [],
  job: null,
  added: null,
  saveProblem: null,
  storageVersion: 0,
  pendingSrc: [],
  srcSettings: {},
  setJob: (job) => set({ job }),
  fail: (fileName, key, params) =>
    set((s) => ({ failures: [...s.failures, { id: ++failureIds, fileName, key, params }] })),
  dismissFailure: (id) => set((s) => ({ failures: s.failures.filter((f) => f.id !== id) })),
}));

/** The run-time description of a layer that has one (an imported layer); undefined otherwise. */
export function runtimeDescription(id: string): LayerDescription | undefined {
  return useUserLayers.getState().layers[id]?.description;
}

/**
 * The `src` link key: the URLs of the layers added from a URL, in the order added, then those a
 * link asked for that are still loading (`pendingSrc`).
 */
export function userLayerSrc(): { src?: string[] } {
  const urls = [
    ...Object.values(useUserLayers.getState().layers),
    ...Object.values(useBigLayers.getState().layers),
  ]
    .sort((a, b) => a.n - b.n)
    .flatMap((l) => (l.url ? [l.url] : []));
  const have = new Set(urls);
  urls.push(...useUserLayers.getState().pendingSrc.filter((u) => !have.has(u)));
  return urls.length > 0 ? { src: urls } : {};
}
