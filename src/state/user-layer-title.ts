// The title an imported layer gets: its file's name, made distinct from the imported layers already
// there the way file managers and browsers' downloads do ("parcels.csv", then "parcels.csv (2)"),
// so two imports of one file are two rows a user can tell apart (in the layer list, the legend, the
// table's heading, a comparison's side picker). The title is written into the layer's description,
// which is saved whole, so a reload shows the same titles. A re-import that replaces a layer (a
// large CSV read again with its columns swapped) takes the replaced layer's title instead: it is
// the same layer to the user, and "(2)" would say otherwise.
import type { LayerDescription } from '../layers/description';
import { useBigLayers } from './big-layers-store';
import { useUserLayers } from './user-layers-store';

/**
 * `name` when no title in `taken` equals it, else `name (k)` with the least k ≥ 2 not taken.
 * Exact comparison (no case folding, no Unicode normalisation: the import boundary already gives
 * text in NFC). A name that already ends in " (2)" is not parsed: it gets " (2)" once more, as a
 * second copy of a file named so would.
 */
export function distinctTitle(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  for (let k = 2; ; k++) {
    const candidate = `${name} (${k})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The titles (both languages) of the imported layers on the page, small and large. */
export function importedTitles(): Set<string> {
  const out = new Set<string>();
  const all = [
    ...Object.values(useUserLayers.getState().layers),
    ...Object.values(useBigLayers.getState().layers),
  ];
  for (const l of all) {
    out.add(l.description.title.vi);
    out.add(l.description.title.en);
  }
  return out;
}

/**
 * The title for a new imported layer of `fileName`. `replaces`: the id of a layer this import
 * replaces (its title is kept when it is still there; otherwise the name is made distinct as usual).
 */
export function newLayerTitle(fileName: string, replaces?: string): string {
  if (replaces) {
    const old = useUserLayers.getState().layers[replaces] ?? useBigLayers.getState().layers[replaces];
    if (old) return old.description.title.vi;
  }
  return distinctTitle(fileName, importedTitles());
}

/**
 * A restored layer's description, its title made distinct from the imported layers already back:
 * layers saved before titles were made distinct kept their file's name, so two imports of one file
 * came back as two rows of one name. The caller restores in import order (small layers, then large
 * ones, each by `n`), so the same layers get the same titles at every reload; nothing is re-saved.
 */
export function withDistinctTitle(description: LayerDescription): LayerDescription {
  const taken = importedTitles();
  const { vi, en } = description.title;
  if (!taken.has(vi) && !taken.has(en)) return description;
  const title = distinctTitle(vi, taken);
  return { ...description, title: { vi: title, en: title } };
}
