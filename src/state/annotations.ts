// The user's annotations (issue 11 §1): points, lines and areas with a title, a note and a colour.
// They travel in the link (`ann=`) while small (annotation-code.ts) and as GeoJSON otherwise.
import { create } from 'zustand';
import { type Annotation, validAnnotation } from '../share/annotation-code';

interface AnnotationsState {
  list: Annotation[];
  /** Adds one; an invalid annotation is refused (returns false). */
  add: (a: Annotation) => boolean;
  remove: (index: number) => void;
  /** Replaces every annotation (a link, an imported file); invalid ones are left out. */
  replaceAll: (list: readonly Annotation[]) => void;
}

export const useAnnotations = create<AnnotationsState>()((set, get) => ({
  list: [],
  add: (a) => {
    if (!validAnnotation(a)) return false;
    set({ list: [...get().list, a] });
    return true;
  },
  remove: (index) => set({ list: get().list.filter((_, i) => i !== index) }),
  replaceAll: (list) => set({ list: list.filter(validAnnotation) }),
}));
