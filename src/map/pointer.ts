// The map's pointer and keyboard input: a click picks the topmost feature (select mode) or hands
// over the point (where / measure), the pointer's hover, and the focused map's keys (Enter at the
// crosshair, measure keys). PlanningMap owns the map; this turns input into its events.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { type FeatureRef, sameRef } from '../state/selection';
import { type ClickMode, mapKeyAction } from './controls';
import type { LngLat } from './layers/overlay-types';
import type { PlanningMapEvents } from './types';

export interface PointerHooks {
  /** The topmost feature within picking distance of a pixel, or null. */
  pick: (point: { x: number; y: number }) => FeatureRef | null;
  /** The feature currently drawn as hovered. */
  hovered: () => FeatureRef | null;
  emit: <K extends keyof PlanningMapEvents>(event: K, value: PlanningMapEvents[K]) => void;
  /** Removes the key listener when aborted. */
  signal: AbortSignal;
}

export class MapPointer {
  private clickMode: ClickMode = 'select';
  private readonly crosshair: HTMLElement;

  constructor(
    private readonly map: MapLibreMap,
    private readonly hooks: PointerHooks,
  ) {
    const { emit } = hooks;
    // MapLibre's click already ignores drags; a click with no hover before it (a touch) works too.
    map.on('click', (e) => {
      if (this.clickMode !== 'select') emit('point', [e.lngLat.lng, e.lngLat.lat]);
      else {
        emit('click', hooks.pick(e.point));
        // The pixel too, so the UI can offer every feature there (the chooser).
        emit('clickAt', { x: e.point.x, y: e.point.y });
      }
    });
    map.on('mousemove', (e) => {
      const ref = this.clickMode === 'select' ? hooks.pick(e.point) : null;
      map.getCanvas().style.cursor = this.clickMode !== 'select' ? 'crosshair' : ref ? 'pointer' : '';
      if (!sameRef(ref, hooks.hovered())) emit('hover', ref);
    });
    map.on('mouseout', () => {
      if (hooks.hovered()) emit('hover', null);
    });
    this.crosshair = document.createElement('div');
    this.crosshair.className = 'map-crosshair';
    this.crosshair.setAttribute('aria-hidden', 'true');
    this.crosshair.hidden = true;
    map.getContainer().append(this.crosshair);
    map.getContainer().addEventListener('keydown', (e) => this.onKey(e), { signal: hooks.signal });
  }

  private onKey(e: KeyboardEvent): void {
    const action = mapKeyAction(this.clickMode, e);
    if (!action) return;
    e.preventDefault();
    // The point under the crosshair, which the CSS keeps in the part of the map no panel covers
    // (on a phone the analysis sheet hides the map's centre); the map's centre when it is hidden.
    const r = this.crosshair.getBoundingClientRect();
    const box = this.map.getContainer().getBoundingClientRect();
    const c =
      r.width > 0
        ? this.map.unproject([r.left + r.width / 2 - box.left, r.top + r.height / 2 - box.top])
        : this.map.getCenter();
    const centre: LngLat = [c.lng, c.lat];
    const { emit } = this.hooks;
    if (action.kind === 'point') emit('point', centre);
    else if (action.action === 'add') emit('measureKey', { action: 'add', point: centre });
    else emit('measureKey', { action: action.action });
  }

  /** In 'where' and 'measure' modes a click goes to the analysis; 'measure' also shows a crosshair. */
  setClickMode(mode: ClickMode): void {
    if (mode === this.clickMode) return;
    this.clickMode = mode;
    this.crosshair.hidden = mode !== 'measure';
    // A double click adds two points while drawing; it must not zoom then.
    if (mode === 'measure') this.map.doubleClickZoom.disable();
    else this.map.doubleClickZoom.enable();
    this.map.getCanvas().style.cursor = mode === 'select' ? '' : 'crosshair';
  }
}
