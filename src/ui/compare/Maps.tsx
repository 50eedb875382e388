// The map area: one map, or two in a comparison. The first map stays mounted when a comparison
// starts (it becomes the left map), so starting one only builds the right map. Swipe: both maps
// fill the area and the right one is clipped at the divider (labels clip with their side); side by
// side: two maps next to each other (stacked on a phone). The cameras are linked in swipe and, by
// the lock, side by side (PlanningMap.linkCameras).
import './compare.css';
import { type CSSProperties, useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { PlanningMap } from '../../map/PlanningMap';
import { camerasLinked, useCompare } from '../../state/compare';
import type { UrlState } from '../../state/url';
import { useView } from '../../state/view';
import { MapView } from '../MapView';
import { SwipeDivider } from './SwipeDivider';

interface Props {
  initial: UrlState;
  onMap?: (map: PlanningMap | null) => void;
  onStyleError?: (message: string | null) => void;
}

export function Maps({ initial, onMap, onStyleError }: Props) {
  const { t } = useT();
  const mode = useCompare((s) => s.mode);
  const swipe = useCompare((s) => s.swipe);
  const setSwipe = useCompare((s) => s.setSwipe);
  const linked = useCompare(camerasLinked);
  const [left, setLeft] = useState<PlanningMap | null>(null);
  const [right, setRight] = useState<PlanningMap | null>(null);

  useEffect(() => {
    if (!linked || !left || !right) return;
    return PlanningMap.linkCameras(left, right);
  }, [linked, left, right]);

  // The right map starts where the left one is (once it has a camera), else where the link said.
  const view = useView.getState().view;
  const rightInitial: UrlState = view
    ? { ...initial, zoom: view.zoom, lat: view.center[1], lon: view.center[0] }
    : initial;

  return (
    <section
      className={`maps ${mode ? `compare-${mode}` : ''}`}
      data-testid="maps"
      // Two maps and their divider form one named region; without a name (one map) it is no landmark.
      aria-label={mode ? t('compare.title') : undefined}
      style={{ '--swipe': `${swipe}%` } as CSSProperties}
    >
      <MapView
        key="first"
        side={mode ? 'left' : 'single'}
        initial={initial}
        onMap={(m) => {
          setLeft(m);
          onMap?.(m);
        }}
        onStyleError={onStyleError}
      />
      {mode && <MapView key="right" side="right" initial={rightInitial} onMap={setRight} />}
      {mode === 'swipe' && <SwipeDivider value={swipe} onChange={setSwipe} />}
    </section>
  );
}
