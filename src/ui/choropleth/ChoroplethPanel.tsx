// The side panel's choropleth section: which figure colours the districts, how it is classified
// (quantiles, equal intervals, natural breaks) and into how many classes (3–7); all native form
// controls with visible labels (a select, radio buttons, a select), so they work by keyboard and
// are named for screen readers. Below them, the loading or error state, or the legend.
import './choropleth.css';
import { CLASS_METHODS, type ClassMethod, MAX_CLASSES, MIN_CLASSES } from '../../analysis/classify';
import { DISTRICT_METRIC_IDS, type DistrictMetricId, metricKeys } from '../../analysis/district-metrics';
import { type MessageKey, useT } from '../../i18n';
import { useAnalysis } from '../../state/analysis';
import { choroplethView, metricNeedsAnalysis, useChoropleth } from '../../state/choropleth';
import { useLayers } from '../../state/layers';
import { ChoroplethLegend } from './ChoroplethLegend';

const CLASS_COUNTS = Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => MIN_CLASSES + i);

/** choroplethView(), re-rendered whenever one of its inputs changes. */
function useChoroplethView() {
  useChoropleth((s) => s.metric);
  useChoropleth((s) => s.method);
  useChoropleth((s) => s.classes);
  useChoropleth((s) => s.ramp);
  useChoropleth((s) => s.classifyLoaded);
  useLayers((s) => s.layers.districts);
  useLayers((s) => s.layers.parks.features);
  useAnalysis((s) => s.results.areas);
  useAnalysis((s) => s.errors.areas);
  return choroplethView();
}

/** Chooses a metric; a choropleth needs the districts drawn, so choosing one shows that layer. */
function chooseMetric(metric: DistrictMetricId | null): void {
  useChoropleth.getState().setMetric(metric);
  const layers = useLayers.getState();
  if (metric && !layers.layers.districts.visible) layers.setVisible('districts', true);
}

export function ChoroplethPanel() {
  const { t } = useT();
  const metric = useChoropleth((s) => s.metric);
  const method = useChoropleth((s) => s.method);
  const classes = useChoropleth((s) => s.classes);
  const view = useChoroplethView();
  return (
    <section className="choropleth" aria-labelledby="choropleth-title" data-testid="choropleth">
      <h2 id="choropleth-title">{t('choropleth.title')}</h2>
      <label className="choro-field">
        <span>{t('choropleth.metric')}</span>
        <select
          data-testid="choropleth-metric"
          value={metric ?? ''}
          onChange={(e) => chooseMetric((e.currentTarget.value || null) as DistrictMetricId | null)}
        >
          <option value="">{t('choropleth.metric.none')}</option>
          {DISTRICT_METRIC_IDS.map((m) => (
            <option key={m} value={m}>
              {t(metricKeys(m).title)}
            </option>
          ))}
        </select>
      </label>
      {metric && (
        <>
          <fieldset className="choro-methods">
            <legend>{t('choropleth.method')}</legend>
            {CLASS_METHODS.map((m) => (
              <label key={m}>
                <input
                  type="radio"
                  name="choropleth-method"
                  value={m}
                  data-testid={`choropleth-method-${m}`}
                  checked={method === m}
                  onChange={() => useChoropleth.getState().setMethod(m as ClassMethod)}
                />
                <span>{t(`choropleth.method.${m}` as MessageKey)}</span>
              </label>
            ))}
          </fieldset>
          <label className="choro-field">
            <span>{t('choropleth.classes')}</span>
            <select
              data-testid="choropleth-classes"
              value={classes}
              onChange={(e) => useChoropleth.getState().setClasses(Number(e.currentTarget.value))}
            >
              {CLASS_COUNTS.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          {view.status === 'loading' && (
            <p className="choro-note" role="status" data-testid="choropleth-loading">
              {t('choropleth.loading')}
            </p>
          )}
          {view.status === 'unavailable' && (
            <p className="choro-note error" role="alert">
              {t('choropleth.unavailable')}
            </p>
          )}
          {view.status === 'ready' && view.error && (
            <p className="choro-note error" role="alert">
              {t('choropleth.error', { reason: t(`analysis.error.${view.error.error}` as MessageKey) })}
            </p>
          )}
          {view.status === 'ready' && <ChoroplethLegend legend={view.layer.legend} />}
          {metricNeedsAnalysis(metric) && <p className="choro-note">{t('choropleth.note.parks')}</p>}
        </>
      )}
    </section>
  );
}
