import { useT } from '../../i18n';
import { useAnalysis } from '../../state/analysis';
import { CorridorStatusPicker, ErrorNotice } from './common';
import { LeftOutNotice } from './LeftOutNotice';

export function WhereTab() {
  const f = useT();
  const result = useAnalysis((s) => s.results.where);
  const error = useAnalysis((s) => s.errors.where);
  return (
    <div data-testid="where-tab">
      <p className="note">{f.t('analysis.where.hint')}</p>
      <CorridorStatusPicker />
      <ErrorNotice error={error} />
      {result && !error && (
        <dl className="where-result" data-testid="where-result" aria-live="polite">
          <div>
            <dt>{f.t('analysis.where.point')}</dt>
            <dd>
              {f.num(result.point[1], 5)}, {f.num(result.point[0], 5)}
            </dd>
          </div>
          <div>
            <dt>{f.t('analysis.where.district')}</dt>
            <dd data-testid="where-district">
              {result.districts.length > 0
                ? result.districts.map((d) => f.name(d)).join(' / ')
                : f.t('analysis.where.outside')}
              {result.districts.length > 1 && (
                <span className="note" data-testid="where-border">
                  {' '}
                  {f.t('analysis.where.border', { count: f.num(result.districts.length) })}
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>{f.t('analysis.where.park')}</dt>
            <dd>
              {result.nearest_park
                ? f.t('analysis.where.distance', {
                    name: f.name(result.nearest_park),
                    distance: f.km(result.nearest_park.distance_km),
                  })
                : f.t('analysis.where.none')}
            </dd>
          </div>
          <div>
            <dt>{f.t('analysis.where.corridor')}</dt>
            <dd>
              {result.nearest_corridor
                ? f.t('analysis.where.distance', {
                    name: f.name(result.nearest_corridor),
                    distance: f.km(result.nearest_corridor.distance_km),
                  })
                : f.t('analysis.where.none')}
            </dd>
          </div>
        </dl>
      )}
      {result && !error && <LeftOutNotice leftOut={result.left_out} />}
    </div>
  );
}
