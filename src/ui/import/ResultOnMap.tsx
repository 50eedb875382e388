// An imported layer's analysis answer on the map (issue 10 §1): the answer's rows choose their
// feature (select it and zoom to it, as the attribute table's rows do), and "show only these on the
// map" draws the layer restricted to the answer (src/state/result-on-map.ts) while it is ticked.
// The tick is the component's: it ends with the answer's section (the row folded, the layer
// removed), so the map never keeps an answer nobody sees.
import { type ReactNode, useEffect, useId, useState } from 'react';
import type { LayerId } from '../../data/schema';
import { useT } from '../../i18n';
import { type ResultOnMap, showResultOnMap } from '../../state/result-on-map';
import { chooseAndZoom } from '../choose-feature';

/** "Show only these N features on the map" for layer `layerId`'s answer `result` (null: none yet). */
export function ResultOnMapToggle({
  layerId,
  result,
  count,
}: {
  layerId: string;
  result: ResultOnMap | null;
  count: number;
}) {
  const { t, num } = useT();
  const [on, setOn] = useState(false);
  const id = useId();
  useEffect(() => {
    showResultOnMap(layerId, on ? result : null);
  }, [layerId, on, result]);
  useEffect(() => () => showResultOnMap(layerId, null), [layerId]);
  if (!result) return null;
  return (
    <p className="user-result-on-map">
      <input
        id={id}
        type="checkbox"
        checked={on}
        data-testid={`result-on-map-${layerId}`}
        onChange={(e) => setOn(e.currentTarget.checked)}
      />{' '}
      <label htmlFor={id}>{t('userAnalysis.onMap', { count: num(count) })}</label>
    </p>
  );
}

/**
 * One answer row whose text selects its feature and zooms the map to it. The row's own text is the
 * button's name (a name that left out the distance would hide it from a screen reader); what the
 * button does is its title.
 */
export function ChooseRow({
  layerId,
  featureId,
  name,
  children,
}: {
  layerId: string;
  featureId: string;
  name: string;
  children: ReactNode;
}) {
  const { t } = useT();
  return (
    <li>
      <button
        type="button"
        className="row-choose"
        title={t('analysis.table.select', { name })}
        onClick={() => chooseAndZoom({ layerId: layerId as LayerId, featureId })}
      >
        {children}
      </button>
    </li>
  );
}
