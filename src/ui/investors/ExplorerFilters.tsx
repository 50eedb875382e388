// The explorer's filters: the parks layer's one filter (status, district, area range, developer,
// text query; src/state/filters.ts, so the map, the table and the explorer agree) and the
// explorer's own maximum straight-line distance per kind.
import { useMemo } from 'react';
import { EXPLORER_DISTANCE_KINDS } from '../../analysis/park-distances';
import { type MessageKey, useT } from '../../i18n';
import { categoryOf, type RangeFilter, UNKNOWN_VALUE, type ValuesFilter } from '../../lib/filter';
import { useExplorer } from '../../state/explorer';
import { selectLayerFilter, useFilters } from '../../state/filters';
import { useLayers } from '../../state/layers';
import { KmField } from './KmField';
import { distanceKindKey } from './model';

const LAYER = 'parks';

/** The distinct values of `field` among the parks, sorted, unknown last. */
function valuesOf(
  features: readonly { properties: Record<string, unknown> | null }[],
  field: string,
): string[] {
  const set = new Set(features.map((x) => categoryOf(x.properties?.[field])));
  return [...set].sort((a, b) => (a === UNKNOWN_VALUE ? 1 : b === UNKNOWN_VALUE ? -1 : a.localeCompare(b)));
}

export function ExplorerFilters({ districtName }: { districtName: (code: string) => string }) {
  const f = useT();
  const features = useLayers((s) => s.layers.parks.features);
  const filter = useFilters(selectLayerFilter(LAYER));
  const store = useFilters.getState;
  const setMaxKm = useExplorer((s) => s.setMaxKm);
  const maxKm = useExplorer((s) => s.maxKm);
  const statuses = useMemo(() => valuesOf(features, 'status'), [features]);
  const districts = useMemo(() => valuesOf(features, 'district_code'), [features]);
  const developers = useMemo(() => valuesOf(features, 'developer'), [features]);
  const chosen = (field: string) => (filter.fields[field] as ValuesFilter | undefined)?.values ?? [];
  const range = filter.fields.area_ha as RangeFilter | undefined;
  const select = (field: string, value: string) =>
    store().setValues(LAYER, field, value === '' ? null : [value]);
  const label = (field: string, v: string) => {
    if (v === UNKNOWN_VALUE) return f.t('info.unknown');
    if (field === 'status') return f.t(`status.${v}` as MessageKey);
    if (field === 'district_code') return districtName(v) || v;
    return v;
  };
  const setArea = (side: 'min' | 'max', value: number | null) => {
    const min = side === 'min' ? value : (range?.min ?? null);
    const max = side === 'max' ? value : (range?.max ?? null);
    // A min above the max is refused by the store: the newest bound wins, the other is dropped.
    if (min !== null && max !== null && min > max)
      store().setRange(LAYER, 'area_ha', side === 'min' ? min : null, side === 'max' ? max : null);
    else store().setRange(LAYER, 'area_ha', min, max);
  };

  return (
    <fieldset className="explorer-filters">
      <legend>{f.t('explorer.filters')}</legend>
      <label className="explorer-query">
        <span>{f.t('explorer.filter.query')}</span>
        <input
          type="search"
          data-testid="explorer-query"
          value={filter.query}
          onChange={(e) => store().setQuery(LAYER, e.currentTarget.value)}
        />
      </label>
      <fieldset className="explorer-status">
        <legend>{f.t('explorer.filter.status')}</legend>
        {statuses.map((s) => {
          const values = chosen('status');
          const on = values.includes(s);
          return (
            <label key={s}>
              <input
                type="checkbox"
                data-status={s}
                checked={on}
                onChange={() => {
                  const next = on ? values.filter((v) => v !== s) : [...values, s];
                  store().setValues(LAYER, 'status', next.length === 0 ? null : next);
                }}
              />
              {label('status', s)}
            </label>
          );
        })}
      </fieldset>
      {(['district_code', 'developer'] as const).map((field) => (
        <label key={field}>
          <span>
            {f.t(field === 'district_code' ? 'explorer.filter.district' : 'explorer.filter.developer')}
          </span>
          <select
            data-testid={`explorer-${field}`}
            value={chosen(field).length === 1 ? chosen(field)[0] : ''}
            onChange={(e) => select(field, e.currentTarget.value)}
          >
            <option value="">{f.t('explorer.filter.any')}</option>
            {(field === 'district_code' ? districts : developers).map((v) => (
              <option key={v} value={v}>
                {label(field, v)}
              </option>
            ))}
          </select>
        </label>
      ))}
      <div className="explorer-area">
        <KmField
          label={f.t('explorer.filter.areaMin')}
          unit="ha"
          bounds={{ min: 0 }}
          testId="explorer-area-min"
          initial={range?.min ?? null}
          onValue={(v) => setArea('min', v)}
        />
        <KmField
          label={f.t('explorer.filter.areaMax')}
          unit="ha"
          bounds={{ min: 0 }}
          testId="explorer-area-max"
          initial={range?.max ?? null}
          onValue={(v) => setArea('max', v)}
        />
      </div>
      <fieldset className="explorer-km">
        <legend>{f.t('explorer.filter.maxKm')}</legend>
        {EXPLORER_DISTANCE_KINDS.map((k) => (
          <KmField
            key={k}
            label={f.t('explorer.filter.maxKmOf', { kind: f.t(distanceKindKey(k)) })}
            unit="km"
            bounds={{ min: 0, minExclusive: true, max: 500 }}
            testId={`explorer-km-${k}`}
            initial={maxKm[k] ?? null}
            onValue={(v) => setMaxKm(k, v)}
          />
        ))}
      </fieldset>
    </fieldset>
  );
}
