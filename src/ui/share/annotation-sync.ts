// Connects the annotations store to a map: draws them, and while one is being drawn takes the map's
// clicks and keys the way the measure tool does (the pointer's 'measure' click mode: crosshair,
// Enter/Space add the point under it, Backspace undoes, Shift+Enter finishes; a double click
// finishes too). Escape cancels the drawing before the app's own Escape runs.
import type { PlanningMap } from '../../map/PlanningMap';
import { useAnalysis } from '../../state/analysis';
import { useAnnotations } from '../../state/annotations';

/** Starts following the store on `map`; returns the function that stops it. */
export function attachAnnotations(map: PlanningMap): () => void {
  const draw = () => {
    const { list, drawing, draft } = useAnnotations.getState();
    map.setAnnotations(list, drawing ? { points: drawing.points, color: draft.color } : null);
  };
  draw();
  const unsubStore = useAnnotations.subscribe((s, prev) => {
    if (s.list !== prev.list || s.drawing !== prev.drawing || s.draft.color !== prev.draft.color) draw();
    if (!!s.drawing !== !!prev.drawing) {
      // Drawing borrows the measure mode's clicks and keys; afterwards the analysis mode applies again.
      map.setClickMode(s.drawing ? 'measure' : useAnalysis.getState().mode);
    }
  });
  const offPoint = map.on('point', (p) => {
    if (useAnnotations.getState().drawing) useAnnotations.getState().addVertex(p);
  });
  const offKey = map.on('measureKey', (k) => {
    const a = useAnnotations.getState();
    if (!a.drawing) return;
    if (k.action === 'add') a.addVertex(k.point);
    else if (k.action === 'undo') a.undoVertex();
    else a.finish();
  });
  const onDblClick = () => {
    const a = useAnnotations.getState();
    if (!a.drawing) return;
    // The double click's two clicks added the same place twice: keep it once.
    const pts = a.drawing.points;
    const [p, q] = [pts.at(-1), pts.at(-2)];
    if (p && q && Math.abs(p[0] - q[0]) < 1e-9 && Math.abs(p[1] - q[1]) < 1e-9) a.undoVertex();
    a.finish();
  };
  const container = document.querySelector<HTMLElement>('[data-testid="map"]');
  container?.addEventListener('dblclick', onDblClick);
  const onEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !useAnnotations.getState().drawing) return;
    e.stopPropagation();
    useAnnotations.getState().cancel();
  };
  window.addEventListener('keydown', onEscape, { capture: true });
  return () => {
    unsubStore();
    offPoint();
    offKey();
    container?.removeEventListener('dblclick', onDblClick);
    window.removeEventListener('keydown', onEscape, { capture: true });
  };
}
