// The explorer's list: filters, the count ("12 of 36 parks"), sort field and direction, a card per
// park passing the filters (36 parks: no virtualisation needed), and what distances are missing.
import { useMemo } from 'react';
import type { EXPLORER_DISTANCE_KINDS } from '../../analysis/park-distances';
import { type MessageKey, useT } from '../../i18n';
import { SORT_FIELDS, type SortField, sortBy } from '../../lib/park-explorer';
import { useExplorer } from '../../state/explorer';
import { ExplorerFilters } from './ExplorerFilters';
import { useDistrictName, useParkViews } from './hooks';
import { distanceKindKey, sortValue } from './model';
import { ParkCard } from './ParkCard';

export function sortFieldLabel(field: SortField, t: (k: MessageKey) => string): string {
  const keys: Record<string, MessageKey> = {
    name: 'explorer.field.name',
    district: 'info.district',
    status: 'info.status',
    area: 'info.area',
    developer: 'info.developer',
    year: 'info.established',
    quality: 'info.quality',
    confidence: 'info.locationConfidence',
    occupancy: 'explorer.field.occupancy',
    score: 'explorer.field.score',
  };
  const key = keys[field];
  if (key) return t(key);
  return `${t(distanceKindKey(field as (typeof EXPLORER_DISTANCE_KINDS)[number]))} (km)`;
}

export function ParkList() {
  const f = useT();
  const districtName = useDistrictName();
  const { views, passing } = useParkViews();
  const sort = useExplorer((s) => s.sort);
  const picked = useExplorer((s) => s.picked);
  const distances = useExplorer((s) => s.distances);
  const distError = useExplorer((s) => s.errors.distances);
  const s = useExplorer.getState;
  const shown = useMemo(
    () =>
      sortBy(
        views.filter((v) => passing.has(v.id)),
        (v) => sortValue(v, sort.field, f, districtName),
        sort.dir,
      ),
    [views, passing, sort, f, districtName],
  );
  const unavailable = new Set((distances?.unavailable ?? []).map((u) => u.layer));
  const byLayer = (layer: 'corridors' | 'places') =>
    (distances?.unavailable ?? [])
      .filter((u) => u.layer === layer)
      .map((u) => f.t(distanceKindKey(u.kind)))
      .join(', ');

  return (
    <div className="park-list">
      <ExplorerFilters districtName={districtName} />
      {(['corridors', 'places'] as const)
        .filter((l) => unavailable.has(l))
        .map((l) => (
          <p key={l} className="notice" role="status" data-testid={`explorer-unavailable-${l}`}>
            {f.t('explorer.unavailable', { kinds: byLayer(l), layer: f.t(`layer.${l}` as MessageKey) })}
          </p>
        ))}
      {distError && (
        <p className="notice error" role="alert">
          {f.t(`analysis.error.${distError}` as MessageKey)}
        </p>
      )}
      {!distances && !distError && <p role="status">{f.t('explorer.loading')}</p>}
      <div className="explorer-sort">
        <label>
          <span>{f.t('explorer.sort')}</span>
          <select
            data-testid="explorer-sort"
            value={sort.field}
            onChange={(e) => {
              const field = e.currentTarget.value as SortField;
              useExplorer.setState({ sort: { field, dir: sort.dir } });
            }}
          >
            {SORT_FIELDS.map((k) => (
              <option key={k} value={k}>
                {sortFieldLabel(k, (key) => f.t(key))}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{f.t('explorer.sort.dir')}</span>
          <select
            data-testid="explorer-sort-dir"
            value={sort.dir}
            onChange={(e) =>
              useExplorer.setState({
                sort: { field: sort.field, dir: e.currentTarget.value as 'asc' | 'desc' },
              })
            }
          >
            <option value="asc">{f.t('explorer.sort.asc')}</option>
            <option value="desc">{f.t('explorer.sort.desc')}</option>
          </select>
        </label>
      </div>
      <p className="explorer-count" role="status" data-testid="explorer-count">
        {f.t('explorer.count', { shown: shown.length, total: views.length })}
      </p>
      {shown.length === 0 && <p>{f.t('explorer.none')}</p>}
      <ul className="park-cards" data-testid="park-cards">
        {shown.map((v) => (
          <li key={v.id}>
            <ParkCard
              view={v}
              districtName={districtName}
              unavailable={unavailable}
              distancesReady={distances !== null}
              picked={picked.includes(v.id)}
              onPick={() => (picked.includes(v.id) ? s().unpick(v.id) : s().pick(v.id))}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
