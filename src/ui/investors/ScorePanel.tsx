// The site-score panel: a whole-number weight 0–5 per criterion (labelled number inputs), the live
// ranking from the worker's siteScore (the same siteScoreReport as the command line), and each
// park's score explained as a bar per criterion: its contribution in points (weight × normalised
// value / the weights of its known criteria), drawn as plain HTML with the value in text.
import { DISTANCE_CAP_KM } from '../../analysis/site-score';
import {
  DEFAULT_SITE_WEIGHTS,
  MAX_SITE_WEIGHT,
  SITE_CRITERIA,
  type SiteCriterion,
} from '../../analysis/site-weights';
import { type MessageKey, useT } from '../../i18n';
import { useExplorer } from '../../state/explorer';
import { useParkViews } from './hooks';

const criterionName = (c: SiteCriterion, t: (k: MessageKey) => string) =>
  t(`siteScore.criterion.${c}` as MessageKey);

export function ScorePanel() {
  const f = useT();
  const weights = useExplorer((s) => s.weights);
  const scores = useExplorer((s) => s.scores);
  const error = useExplorer((s) => s.errors.scores);
  const fullOnly = useExplorer((s) => s.fullCoverageOnly);
  const { passing } = useParkViews();
  const s = useExplorer.getState;
  const rows = (scores?.rows ?? []).filter((r) => !fullOnly || r.full_coverage);
  const allZero = SITE_CRITERIA.every((c) => weights[c] === 0);
  return (
    <section className="score-panel" aria-labelledby="score-title">
      <h3 id="score-title">{f.t('siteScore.title')}</h3>
      <fieldset className="score-weights">
        <legend>{f.t('siteScore.weights')}</legend>
        {SITE_CRITERIA.map((c) => (
          <label key={c}>
            <span className="weight-name">{criterionName(c, (k) => f.t(k))}</span>
            <input
              type="number"
              min={0}
              max={MAX_SITE_WEIGHT}
              step={1}
              data-weight={c}
              aria-label={f.t('siteScore.weight', { criterion: criterionName(c, (k) => f.t(k)) })}
              value={weights[c]}
              onChange={(e) => {
                const n = Number(e.currentTarget.value);
                if (e.currentTarget.value !== '' && Number.isInteger(n) && n >= 0 && n <= MAX_SITE_WEIGHT)
                  s().setWeight(c, n);
              }}
            />
          </label>
        ))}
        <button type="button" onClick={() => s().setWeights({ ...DEFAULT_SITE_WEIGHTS })}>
          {f.t('siteScore.weights.reset')}
        </button>
      </fieldset>
      <label className="score-full">
        <input
          type="checkbox"
          checked={fullOnly}
          onChange={(e) => s().setFullCoverageOnly(e.currentTarget.checked)}
        />
        {f.t('siteScore.fullCoverageOnly')}
      </label>
      <details className="score-rules">
        <summary>{f.t('siteScore.explain.limits')}</summary>
        <ul>
          <li>{f.t('siteScore.explain.distance', { cap: DISTANCE_CAP_KM })}</li>
          <li>{f.t('siteScore.explain.area')}</li>
          <li>{f.t('siteScore.explain.status')}</li>
          <li>{f.t('siteScore.explain.occupancy')}</li>
          <li>{f.t('siteScore.explain.unknown')}</li>
        </ul>
      </details>
      {allZero && (
        <p className="notice" role="alert" data-testid="score-all-zero">
          {f.t('siteScore.weights.allZero')}
        </p>
      )}
      {error && (
        <p className="notice error" role="alert">
          {f.t(`analysis.error.${error}` as MessageKey)}
        </p>
      )}
      {!scores && !error && <p role="status">{f.t('score.waiting')}</p>}
      {scores?.unavailable.map((u) => (
        <p key={`${u.criterion}-${u.layer}`} className="notice" role="status">
          {f.t('siteScore.unavailable', {
            criterion: criterionName(u.criterion, (k) => f.t(k)),
            layer: f.t(`layer.${u.layer}` as MessageKey),
          })}
        </p>
      ))}
      {scores && !allZero && fullOnly && rows.length === 0 && <p>{f.t('score.noneFull')}</p>}
      {scores && !scores.all_weights_zero && !allZero && (
        <ol className="score-ranking" aria-label={f.t('score.ranking')} data-testid="score-ranking">
          {rows.map((r) => {
            const name = f.lang === 'en' ? r.name_en || r.name_vi : r.name_vi || r.name_en;
            return (
              <li
                key={r.id}
                data-park-id={r.id}
                data-score={r.score ?? ''}
                className={passing.has(r.id) ? '' : 'filtered-out'}
              >
                <p className="score-head">
                  <span className="score-rank">{r.rank ?? f.t('score.unranked')}</span>{' '}
                  <strong>{name}</strong>{' '}
                  <span className="score-value" data-testid="score-value">
                    {r.score === null ? f.t('siteScore.noScore') : f.fixed(r.score, 1)}
                  </span>{' '}
                  <span className="score-coverage">
                    {f.t('siteScore.coverage', { known: r.known_count, total: r.used_count })}
                  </span>
                </p>
                <ul className="score-bars" aria-label={f.t('score.bars', { name })}>
                  {SITE_CRITERIA.filter((c) => r.criteria[c].weight > 0).map((c) => {
                    const k = r.criteria[c];
                    const label = criterionName(c, (key) => f.t(key));
                    const text =
                      k.contribution === null || k.normalised === null
                        ? `${label}: ${f.t('siteScore.unknown')}`
                        : f.t('siteScore.contribution', {
                            criterion: label,
                            points: f.fixed(k.contribution, 1),
                            weight: k.weight,
                            value: f.fixed(k.normalised, 0),
                          });
                    return (
                      <li key={c} data-criterion={c}>
                        <span className="score-bar-text">{text}</span>
                        <span className="score-bar" aria-hidden="true">
                          <span className="score-bar-fill" style={{ width: `${k.contribution ?? 0}%` }} />
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
