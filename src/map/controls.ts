// MapLibre's own controls in the app's language, and the analysis modes' keys on the map.
import { type MessageKey, translate } from '../i18n';
import type { Language } from '../state/language';

/**
 * MapLibre names its canvas and controls in English, once, at creation; this renames them (the
 * accessible name and the tooltip) in the app's language, and again on every language change.
 */
export function localizeMapControls(container: HTMLElement, lang: Language): void {
  const name = (selector: string, key: MessageKey, tooltip = true) => {
    const el = container.querySelector(selector);
    if (!el) return;
    el.setAttribute('aria-label', translate(lang, key));
    if (tooltip) el.setAttribute('title', translate(lang, key));
  };
  name('.maplibregl-canvas', 'map.canvas', false);
  name('.maplibregl-ctrl-zoom-in', 'map.zoom_in');
  name('.maplibregl-ctrl-zoom-out', 'map.zoom_out');
  name('.maplibregl-ctrl-attrib-button', 'map.attribution');
}

/** What a click on the map does: select a feature, or hand the point to the analysis. */
export type ClickMode = 'select' | 'where' | 'measure';

export type MapKeyAction =
  | { kind: 'point' }
  | { kind: 'measure'; action: 'add' }
  | { kind: 'measure'; action: 'undo' }
  | { kind: 'measure'; action: 'finish' };

/**
 * The analysis modes' keys on the focused map: Enter/Space take the map's centre (under the
 * crosshair, which only the map knows), Backspace undoes, Shift+Enter finishes a measurement.
 * Keys typed into a field or on a button are never taken; Escape (cancel) is app-wide, in App.
 * Returns null for keys the map leaves alone.
 */
export function mapKeyAction(mode: ClickMode, e: KeyboardEvent): MapKeyAction | null {
  if (mode === 'select' || e.altKey || e.ctrlKey || e.metaKey) return null;
  const target = e.target as HTMLElement | null;
  if (target && /^(INPUT|SELECT|TEXTAREA|BUTTON|A)$/.test(target.tagName)) return null;
  const enterOrSpace = e.key === 'Enter' || e.key === ' ';
  if (mode === 'where') return enterOrSpace ? { kind: 'point' } : null;
  if (e.key === 'Enter' && e.shiftKey) return { kind: 'measure', action: 'finish' };
  if (enterOrSpace) return { kind: 'measure', action: 'add' };
  if (e.key === 'Backspace') return { kind: 'measure', action: 'undo' };
  return null;
}

/**
 * Folds the attribution to its (i) button, as MapLibre does after a first drag; it opens on
 * click. Unfolded it covers the south-east of the province at 1280 px.
 */
export function foldAttribution(container: HTMLElement): void {
  const attrib = container.querySelector('.maplibregl-ctrl-attrib.maplibregl-compact');
  attrib?.classList.remove('maplibregl-compact-show');
  attrib?.removeAttribute('open');
}
