// One park's straight-line distance profile in the explorer's Charts view: a labelled choice of
// park (the park selected on the map, else the first one picked for comparison, else the first by
// name, until the user chooses another), its bars on the chart wrapper, and under them the nearest
// feature of each kind by name, or why a distance is unknown (none in the data, layer not loaded).
import { useEffect, useMemo, useState } from 'react';
import { type MessageKey, useT } from '../../i18n';
import { distancesById, useExplorer } from '../../state/explorer';
import { useLayers } from '../../state/layers';
import { useSelection } from '../../state/selection';
import { Chart } from '../charts/Chart';
import { distanceProfile } from './chart-data';
import { profileChartSpec } from './chart-specs';
import { distanceKindKey } from './model';

export function ProfileChart() {
  const f = useT();
  const features = useLayers((s) => s.layers.parks.features);
  const distances = useExplorer((s) => s.distances);
  const error = useExplorer((s) => s.errors.distances);
  const picked = useExplorer((s) => s.picked);
  const selected = useSelection((s) => (s.selected?.layerId === 'parks' ? s.selected.featureId : null));
  const [chosen, setChosen] = useState<string | null>(null);
  // A park selected on the map (later) is the one to show.
  useEffect(() => {
    if (selected) setChosen(null);
  }, [selected]);

  const parks = useMemo(
    () =>
      features
        .map((x) => ({ id: String(x.properties?.id ?? ''), name: f.name(x.properties ?? {}) }))
        .sort((a, b) => a.name.localeCompare(b.name, f.lang)),
    [features, f],
  );
  const id = chosen ?? selected ?? picked[0] ?? parks[0]?.id ?? '';
  const park = parks.find((p) => p.id === id);
  const items = useMemo(() => {
    const unavailable = new Set((distances?.unavailable ?? []).map((u) => u.layer));
    return distanceProfile(distancesById(distances).get(id) ?? null, unavailable);
  }, [distances, id]);
  const spec = useMemo(() => profileChartSpec(park?.name || id, items, f), [park, id, items, f]);

  return (
    <section aria-labelledby="chart-profile-title" data-chart="profile">
      <h3 id="chart-profile-title">{f.t('charts.profile.heading')}</h3>
      <label className="chart-park">
        {f.t('charts.profile.park')}{' '}
        <select value={id} data-testid="chart-profile-park" onChange={(e) => setChosen(e.target.value)}>
          {parks.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {distances ? (
        <>
          <Chart spec={spec} className="investor-chart" />
          <h4 className="chart-note-title">{f.t('charts.profile.nearestList')}</h4>
          <dl className="chart-nearest" data-testid="chart-profile-nearest">
            {items.map((it) => (
              <div key={it.kind} className="chart-nearest-row" data-kind={it.kind}>
                <dt>{f.t(distanceKindKey(it.kind))}</dt>
                <dd>
                  {it.target
                    ? f.name(it.target)
                    : f.t(
                        it.missing === 'layer_unavailable'
                          ? 'explorer.distance.unavailable'
                          : 'explorer.distance.none',
                      )}
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : error ? (
        <p className="notice error" role="alert">
          {f.t(`analysis.error.${error}` as MessageKey)}
        </p>
      ) : (
        <p className="chart-status" role="status">
          {f.t('charts.profile.waiting')}
        </p>
      )}
    </section>
  );
}
