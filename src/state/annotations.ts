// The user's annotations (issue 11 §1): points, lines and areas with a title, a note and a colour,
// and the one being drawn. They travel in the link (`ann=`) while small (annotation-code.ts) and as
// GeoJSON otherwise. Drawing follows the measure tool: clicks or Enter at the crosshair add vertices,
// Shift+Enter or a double click finishes, Escape cancels (annotation-sync.ts wires the map).
import { create } from 'zustand';
import { type Annotation, type AnnotationKind, TITLE_MAX, validAnnotation } from '../share/annotation-code';

export type LngLat = [number, number];

export interface AnnotationDraft {
  title: string;
  note: string;
  color: number;
}

interface AnnotationsState {
  list: Annotation[];
  /** The annotation being drawn: its kind and the vertices so far; null when not drawing. */
  drawing: { kind: AnnotationKind; points: LngLat[] } | null;
  /** Title, note and colour the next finished annotation takes. */
  draft: AnnotationDraft;
  /** Adds one; an invalid annotation is refused (returns false). */
  add: (a: Annotation) => boolean;
  remove: (index: number) => void;
  /** Changes the title, note or colour of one; an invalid result is refused (returns false). */
  update: (index: number, patch: Partial<AnnotationDraft>) => boolean;
  /** Replaces every annotation (a link, an imported file); invalid ones are left out. */
  replaceAll: (list: readonly Annotation[]) => void;
  setDraft: (patch: Partial<AnnotationDraft>) => void;
  start: (kind: AnnotationKind) => void;
  /** Adds a vertex; a point is finished by its first. */
  addVertex: (p: LngLat) => void;
  undoVertex: () => void;
  /** Ends the drawing; keeps the annotation when it has enough vertices (returns whether it did). */
  finish: () => boolean;
  cancel: () => void;
}

const MIN: Record<AnnotationKind, number> = { point: 1, line: 2, area: 3 };

export const useAnnotations = create<AnnotationsState>()((set, get) => ({
  list: [],
  drawing: null,
  draft: { title: '', note: '', color: 0 },
  add: (a) => {
    if (!validAnnotation(a)) return false;
    set({ list: [...get().list, a] });
    return true;
  },
  remove: (index) => set({ list: get().list.filter((_, i) => i !== index) }),
  update: (index, patch) => {
    const current = get().list[index];
    if (!current) return false;
    const next: Annotation = { ...current, ...patch };
    if (!validAnnotation(next)) return false;
    set({ list: get().list.map((a, i) => (i === index ? next : a)) });
    return true;
  },
  replaceAll: (list) => set({ list: list.filter(validAnnotation) }),
  setDraft: (patch) => set({ draft: { ...get().draft, ...patch } }),
  start: (kind) => set({ drawing: { kind, points: [] } }),
  addVertex: (p) => {
    const d = get().drawing;
    if (!d) return;
    set({ drawing: { ...d, points: [...d.points, p] } });
    if (d.kind === 'point') get().finish();
  },
  undoVertex: () => {
    const d = get().drawing;
    if (d && d.points.length > 0) set({ drawing: { ...d, points: d.points.slice(0, -1) } });
  },
  finish: () => {
    const d = get().drawing;
    if (!d) return false;
    const { title, note, color } = get().draft;
    const a: Annotation = { kind: d.kind, color, title: title.slice(0, TITLE_MAX), note, coords: d.points };
    const ok = d.points.length >= MIN[d.kind] && validAnnotation(a);
    set({
      drawing: null,
      ...(ok ? { list: [...get().list, a], draft: { ...get().draft, title: '', note: '' } } : {}),
    });
    return ok;
  },
  cancel: () => set({ drawing: null }),
}));
