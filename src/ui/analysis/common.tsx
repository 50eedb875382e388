// Pieces shared by the analysis tabs: the localized error notice, the corridor-status picker, the
// running/progress line with its Cancel button, and the lookups from ids to layer features.
import type { Geometry } from 'geojson';
import { CORRIDOR_STATUSES, type LayerId } from '../../data/schema';
import { type Formatters, type MessageKey, useT } from '../../i18n';
import { type AnalysisTab, type TabError, useAnalysis } from '../../state/analysis';
import { type LayerEntry, useLayers } from '../../state/layers';
import { useSelection } from '../../state/selection';
import { useLayerTitle } from '../LayerPanel';

export function ErrorNotice({ error }: { error: TabError | undefined }) {
  const f = useT();
  const layer = useLayerTitle(error?.layer ?? 'parks');
  if (!error) return null;
  return (
    <p className="notice error" role="alert" data-testid="analysis-error" data-error={error.error}>
      {f.t(`analysis.error.${error.error}` as MessageKey, { layer })}
    </p>
  );
}

export function CorridorStatusPicker() {
  const f = useT();
  const statuses = useAnalysis((s) => s.corridorStatuses);
  const set = useAnalysis((s) => s.setCorridorStatus);
  return (
    <fieldset className="status-picker">
      <legend>{f.t('analysis.statuses.legend')}</legend>
      {CORRIDOR_STATUSES.map((st) => {
        const label = f.t(`corridorStatus.${st}` as MessageKey);
        return (
          <label key={st}>
            <input
              type="checkbox"
              data-status={st}
              checked={statuses.includes(st)}
              aria-label={label}
              onChange={(e) => set(st, e.currentTarget.checked)}
            />
            <span>{label}</span>
          </label>
        );
      })}
    </fieldset>
  );
}

/** "Computing… 12/36" with a progress bar and Cancel while `tab` runs. */
export function Running({ tab }: { tab: AnalysisTab }) {
  const f = useT();
  const running = useAnalysis((s) => s.running);
  const progress = useAnalysis((s) => s.progress);
  const cancel = useAnalysis((s) => s.cancel);
  if (running !== tab) return null;
  return (
    <div className="running" role="status" data-testid="analysis-running">
      <span className="spinner" aria-hidden="true" />
      <span>
        {f.t('analysis.running', {
          done: f.num(progress?.done ?? 0),
          total: progress ? f.num(progress.total) : '…',
        })}
      </span>
      <progress max={progress?.total ?? 1} value={progress?.done ?? 0} />
      <button type="button" aria-label={f.t('analysis.cancel.aria')} onClick={() => cancel?.()}>
        {f.t('analysis.cancel')}
      </button>
    </div>
  );
}

export function featureById(
  entry: LayerEntry | undefined,
  id: string,
): LayerEntry['features'][number] | null {
  return entry?.features.find((x) => String(x.properties?.id) === id) ?? null;
}

/** The geometry to export for a row: the layer feature's, else the analysis point. */
export function useGeometryOf(layer: LayerId) {
  const entry = useLayers((s) => s.layers[layer]);
  return (id: string, point?: [number, number]): Geometry | null =>
    featureById(entry, id)?.geometry ?? (point ? { type: 'Point', coordinates: point } : null);
}

/** Choosing a row: select the feature (info panel), draw its connectors, zoom to it. */
export function chooseFeature(layerId: LayerId, featureId: string): void {
  useSelection.getState().select({ layerId, featureId });
  useAnalysis.getState().focusRow({ layerId, featureId });
}

export const km1 = (f: Formatters, v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : f.num(v, 1);
