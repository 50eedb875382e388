// An imported layer's analysis answer on the map (issue 10 §1): the answer's rows choose their
// feature (select it and zoom to it, as the attribute table's rows do), and "show only these on the
// map" draws the layer restricted to the answer (src/state/result-on-map.ts) while it is ticked.
// The tick is the store's (one answer per layer: ticking one analysis's box unticks another's on
// the same layer); it survives a re-run (the layer drawn whole until the new answer) and the side
// panel folded, and ends when unticked or when the layer, and so its analyses, are removed.
import { type ReactNode, useEffect, useId } from 'react';
import type { LayerId } from '../../data/schema';
import { useT } from '../../i18n';
import { useBigDrawFilters } from '../../state/big-draw-filter';
import { type AnswerDrawing, type ResultOnMap, useResultOnMap } from '../../state/result-on-map';
import { hideResultOnMap, showResultOnMap } from '../../state/result-on-map-actions';
import { chooseAndZoom } from '../choose-feature';

const NOTHING: AnswerDrawing = {};

/**
 * "Show only these N features on the map" for analysis `source`'s answer `result` on layer
 * `layerId` (null: no answer now; nothing shown). For a large layer (`big`) the restriction is a
 * DataFilterExtension mask: without the extension (it failed to load) the box is not offered.
 * `drawing`: what is drawn with it while ticked (the zone it is about, connectors; keep its identity
 * while unchanged), and `note` saying what that is (shown with the tick once it is there).
 */
export function ResultOnMapToggle({
  layerId,
  source,
  result,
  count,
  big = false,
  drawing = NOTHING,
  note,
}: {
  layerId: string;
  source: string;
  result: ResultOnMap | null;
  count: number;
  big?: boolean;
  drawing?: AnswerDrawing;
  note?: string;
}) {
  const { t, num } = useT();
  const on = useResultOnMap((s) => s.byLayer[layerId]?.source === source);
  const unusable = useBigDrawFilters((s) => big && s.failed === true);
  const id = useId();
  const noteId = useId();
  const noted = on && note && (drawing.zone || drawing.connectors?.length);
  // A new answer (or none, while running again) replaces the one shown, if this box is ticked.
  useEffect(() => {
    if (on) showResultOnMap(layerId, source, result, drawing);
  }, [layerId, source, on, result, drawing]);
  useEffect(() => () => hideResultOnMap(layerId, source), [layerId, source]);
  if (!result || unusable) return null;
  return (
    <p className="user-result-on-map">
      <input
        id={id}
        type="checkbox"
        checked={on}
        data-testid={`result-on-map-${layerId}-${source}`}
        {...(noted ? { 'aria-describedby': noteId } : {})}
        onChange={(e) =>
          e.currentTarget.checked
            ? showResultOnMap(layerId, source, result, drawing)
            : hideResultOnMap(layerId, source)
        }
      />{' '}
      <label htmlFor={id}>{t('userAnalysis.onMap', { count: num(count) })}</label>
      {noted && (
        <span id={noteId} className="note" data-testid={`result-drawing-${layerId}-${source}`}>
          {note}
        </span>
      )}
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
