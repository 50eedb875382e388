import { useT } from '../../i18n';
import { useAnalysis } from '../../state/analysis';
import { CoordSystemPicker } from '../coords/CoordSystemPicker';
import { VertexCoords } from '../coords/VertexCoords';
import { ErrorNotice } from './common';

export function MeasureTab() {
  const f = useT();
  const type = useAnalysis((s) => s.measureType);
  const points = useAnalysis((s) => s.measurePoints);
  const drawing = useAnalysis((s) => s.measureDrawing);
  const result = useAnalysis((s) => s.results.measure);
  const error = useAnalysis((s) => s.errors.measure);
  const start = useAnalysis((s) => s.startMeasure);
  const undo = useAnalysis((s) => s.undoMeasurePoint);
  const finish = useAnalysis((s) => s.finishMeasure);
  const cancel = useAnalysis((s) => s.cancelMeasure);
  const enough = type === 'line' ? points.length >= 2 : points.length >= 3;
  return (
    <div data-testid="measure-tab">
      <div className="tab-controls measure-buttons">
        <button
          type="button"
          data-testid="measure-line"
          aria-pressed={type === 'line' && drawing}
          title={f.t('analysis.measure.line.aria')}
          onClick={() => start('line')}
        >
          {f.t('analysis.measure.line')}
        </button>
        <button
          type="button"
          data-testid="measure-polygon"
          aria-pressed={type === 'polygon' && drawing}
          title={f.t('analysis.measure.polygon.aria')}
          onClick={() => start('polygon')}
        >
          {f.t('analysis.measure.polygon')}
        </button>
        <button
          type="button"
          data-testid="measure-undo"
          disabled={!drawing || points.length === 0}
          title={f.t('analysis.measure.undo.aria')}
          onClick={undo}
        >
          {f.t('analysis.measure.undo')}
        </button>
        <button
          type="button"
          data-testid="measure-finish"
          disabled={!drawing}
          title={f.t('analysis.measure.finish.aria')}
          onClick={finish}
        >
          {f.t('analysis.measure.finish')}
        </button>
        <button
          type="button"
          data-testid="measure-cancel"
          disabled={!type}
          title={f.t('analysis.measure.cancel.aria')}
          onClick={cancel}
        >
          {f.t('analysis.measure.cancel')}
        </button>
      </div>
      <p className="note">{type ? f.t('analysis.measure.hint') : f.t('analysis.measure.idle')}</p>
      {type && (
        <div
          className="measure-values"
          data-testid="measure-values"
          data-state={drawing ? 'drawing' : 'done'}
          data-length-km={result?.length_km ?? 0}
          data-points={points.length}
          aria-live="polite"
        >
          <span>
            {drawing ? f.t('analysis.measure.drawing') : f.t('analysis.measure.done')} ·{' '}
            {f.t('analysis.measure.points', { count: f.num(points.length) })}
          </span>
          {!enough && !error && <span>{f.t('analysis.measure.needMore')}</span>}
          {result && !error && (
            <>
              <span>
                {f.t(result.kind === 'polygon' ? 'analysis.measure.perimeter' : 'analysis.measure.length')}:{' '}
                <strong data-testid="measure-length">
                  {f.t('analysis.measure.kmValue', { value: f.num(result.length_km, 3) })}
                </strong>
              </span>
              {result.area_km2 !== null && result.area_ha !== null && (
                <span>
                  {f.t('analysis.measure.area')}:{' '}
                  <strong data-testid="measure-area">
                    {f.km2(result.area_km2)} = {f.ha(result.area_ha)}
                  </strong>
                </span>
              )}
            </>
          )}
        </div>
      )}
      <ErrorNotice error={error} />
      {points.length > 0 && (
        <>
          <CoordSystemPicker />
          <VertexCoords points={points} />
        </>
      )}
    </div>
  );
}
