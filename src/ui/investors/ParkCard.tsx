// One park as a card: names, district, status, area with its qualifier, developer, year, geometry
// quality, location confidence, occupancy / land price / workforce only as sourced ("unknown"
// otherwise), sources as links, and the straight-line distance to the nearest feature of each kind.
import { EXPLORER_DISTANCE_KINDS, layerOfDistanceKind } from '../../analysis/park-distances';
import { type Formatters, type MessageKey, useT } from '../../i18n';
import { chooseFeature } from '../analysis/common';
import { Sources } from '../InfoPanel';
import { allSources, distanceKindKey, occupancyText, type ParkView } from './model';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

interface Props {
  view: ParkView;
  districtName: (code: string) => string;
  /** Layers whose distances are unavailable (failed to load). */
  unavailable: ReadonlySet<'corridors' | 'places'>;
  distancesReady: boolean;
  picked: boolean;
  onPick: () => void;
}

function facts(v: ParkView, f: Formatters, districtName: (c: string) => string): [string, string][] {
  const p = v.p;
  const unknown = f.t('info.unknown');
  const area = num(p.area_ha);
  const year = num(p.established_year);
  const occupancy = num(p.occupancy_pct);
  const workers = num(p.workers_planned);
  return [
    [f.t('info.district'), districtName(str(p.district_code)) || unknown],
    [f.t('info.status'), str(p.status) ? f.t(`status.${str(p.status)}` as MessageKey) : unknown],
    [f.t('info.area'), area === null ? unknown : f.qualified(area, p.area_qualifier, 'ha')],
    [f.t('info.developer'), str(p.developer) || unknown],
    [f.t('info.established'), year === null ? unknown : String(year)],
    [
      f.t('info.quality'),
      str(p.geometry_quality) ? f.t(`quality.${str(p.geometry_quality)}` as MessageKey) : unknown,
    ],
    [
      f.t('info.locationConfidence'),
      str(p.location_confidence) ? f.t(`confidence.${str(p.location_confidence)}` as MessageKey) : unknown,
    ],
    [f.t('explorer.field.occupancy'), occupancy === null ? unknown : occupancyText(p, occupancy, f)],
    [f.t('siteScore.landPrice'), f.t('siteScore.landPrice.unknown')],
    [
      f.t('siteScore.workersPlanned'),
      workers === null ? unknown : f.qualified(workers, p.workers_planned_qualifier, 'people'),
    ],
  ];
}

export function ParkCard({ view, districtName, unavailable, distancesReady, picked, onPick }: Props) {
  const f = useT();
  const name = f.name(view.p) || view.id;
  const other = str(f.lang === 'vi' ? view.p.name_en : view.p.name_vi);
  const headingId = `park-card-${view.id}`;
  return (
    <article className="park-card" data-park-id={view.id} aria-labelledby={headingId}>
      <header>
        <h3 id={headingId}>{name}</h3>
        {other && other !== name && (
          <p className="park-card-alt" lang={f.lang === 'vi' ? 'en' : 'vi'}>
            {other}
          </p>
        )}
        {view.score?.score != null && (
          <p className="park-card-score">
            {f.t('explorer.field.score')}: {f.fixed(view.score.score, 1)} ·{' '}
            {f.t('siteScore.coverage', { known: view.score.known_count, total: view.score.used_count })}
          </p>
        )}
      </header>
      <dl className="park-card-facts">
        {facts(view, f, districtName).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <h4>{f.t('explorer.distances')}</h4>
      <dl className="park-card-distances" data-testid="park-distances">
        {EXPLORER_DISTANCE_KINDS.map((k) => {
          const d = view.distances?.distances[k] ?? null;
          let text: string;
          if (unavailable.has(layerOfDistanceKind(k))) text = f.t('explorer.distance.unavailable');
          else if (!distancesReady) text = '…';
          else if (!d) text = f.t('explorer.distance.none');
          else text = f.t('explorer.distance', { km: f.km(d.km), name: f.name(d.target) });
          return (
            <div key={k} data-kind={k} data-km={d ? d.km : undefined}>
              <dt>{f.t(distanceKindKey(k))}</dt>
              <dd>{text}</dd>
            </div>
          );
        })}
      </dl>
      <details className="park-card-sources">
        <summary>{f.t('info.sources')}</summary>
        <Sources sources={allSources(view.p)} f={f} />
      </details>
      <button
        type="button"
        className="park-show"
        aria-label={f.t('explorer.show.label', { name })}
        onClick={() => chooseFeature('parks', view.id)}
      >
        {f.t('explorer.show')}
      </button>{' '}
      <button
        type="button"
        className="park-pick"
        aria-pressed={picked}
        aria-label={f.t(picked ? 'explorer.unpick.label' : 'explorer.pick.label', { name })}
        onClick={onPick}
      >
        {f.t(picked ? 'explorer.unpick' : 'explorer.pick')}
      </button>
    </article>
  );
}
