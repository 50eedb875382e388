// One field's filter control, writing the one filter store (src/state/filters.ts), so the layer
// panel, the attribute table's column filters and the link (f.<layer>.<field>) always agree:
// - a categorical field: a fieldset of checkboxes, one per value the data has, with its count
//   (all checked = not filtered; "unknown" is a value of its own);
// - a numeric field: two number fields, from and to (either may stay empty), read in the user's
//   language's number convention, with how many features a range hides for want of a value.
// Native checkboxes and text inputs: operable by keyboard (Tab, Space, typing) without extra code.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { LayerFeature } from '../../data/load-layer';
import { useT } from '../../i18n';
import { filterSummary, type RangeFilter } from '../../lib/filter';
import { selectLayerFilter, useFilters } from '../../state/filters';
import { useLayers } from '../../state/layers';
import { NumberField } from '../NumberField';
import { fieldLabel, fieldSpec, toggledValues, type ValueOption, valueLabel, valueOptions } from './fields';

/** A district code → its name in the UI language (the districts layer's names), null when unknown. */
export function useDistrictName(): (code: string) => string | null {
  const f = useT();
  const districts = useLayers((s) => s.layers.districts?.features);
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const d of districts ?? []) {
      const code = d.properties?.code;
      if (typeof code === 'string') names.set(code, f.name(d.properties));
    }
    return (code: string) => names.get(code) ?? null;
  }, [districts, f]);
}

/**
 * Choices and counts taken from elsewhere than `features`: a large layer's, read from its chunks'
 * columns (src/state/big-filter.ts), which has no features to count.
 */
export interface FilterCounts {
  /** The values a categorical field takes, with counts, in valueOptions' order. */
  options: (field: string) => ValueOption[];
  /** How many features a range on `field` cannot show (no number). */
  notNumber: (field: string) => number;
}

interface Props {
  layer: string;
  field: string;
  /** Every feature of the layer (the choices and counts come from the data, not the filtered rows). */
  features: readonly LayerFeature[];
  /** When given, the choices and counts come from here instead of `features`. */
  counts?: FilterCounts | undefined;
  /** Prefix of element ids and test ids, unique in the page. */
  idBase: string;
}

export function FieldFilter(props: Props) {
  const spec = fieldSpec(props.layer, props.field);
  return spec?.kind === 'range' ? <RangeFieldFilter {...props} /> : <ValuesFieldFilter {...props} />;
}

function ValuesFieldFilter({ layer, field, features, counts, idBase }: Props) {
  const f = useT();
  const districtName = useDistrictName();
  const filter = useFilters(selectLayerFilter(layer)).fields[field];
  const setValues = useFilters((s) => s.setValues);
  const options = useMemo(
    () => (counts ? counts.options(field) : valueOptions(layer, field, features)),
    [layer, field, features, counts],
  );
  const current = filter?.kind === 'values' ? filter.values : null;
  return (
    <fieldset className="filter-field" data-filter-field={field}>
      <legend>{fieldLabel(f, field)}</legend>
      {options.map((o) => (
        <label key={o.value} className="filter-value">
          <input
            type="checkbox"
            data-testid={`${idBase}-${field}-${o.value}`}
            data-value={o.value}
            checked={current === null || current.includes(o.value)}
            onChange={(e) =>
              setValues(layer, field, toggledValues(options, current, o.value, e.currentTarget.checked))
            }
          />
          {f.t('filters.value', {
            label: valueLabel(f, layer, field, o.value, districtName),
            count: f.num(o.count),
          })}
        </label>
      ))}
    </fieldset>
  );
}

type Range = { min: number | null; max: number | null };
const sameRange = (a: Range, b: Range) => a.min === b.min && a.max === b.max;

function RangeFieldFilter({ layer, field, features, counts, idBase }: Props) {
  const f = useT();
  const layerFilter = useFilters(selectLayerFilter(layer));
  const setRange = useFilters((s) => s.setRange);
  const stored = layerFilter.fields[field];
  const range: Range = stored?.kind === 'range' ? stored : { min: null, max: null };
  // What the fields hold; a range is written to the store only when both sides read and min ≤ max.
  const [draft, setDraft] = useState<Range>(range);
  const [orderError, setOrderError] = useState(false);
  // A change from elsewhere (the clear button, a link, the table) resets the fields' text: they are
  // remounted with a new key. Our own writes are remembered, so typing never remounts them.
  const written = useRef<Range>(range);
  const [epoch, setEpoch] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the range's two numbers are its identity
  useEffect(() => {
    if (sameRange(written.current, range)) return;
    written.current = range;
    setDraft(range);
    setOrderError(false);
    setEpoch((n) => n + 1);
  }, [range.min, range.max]);
  const spec = fieldSpec(layer, field);
  const bounds = spec?.kind === 'range' ? { min: spec.min, max: spec.max } : undefined;
  const isYear = field.endsWith('_year');
  const summary = useMemo(
    () =>
      stored && !counts
        ? filterSummary(features, { fields: { [field]: stored as RangeFilter }, query: '' })
        : null,
    [features, field, stored, counts],
  );
  const hidden = counts ? (stored ? counts.notNumber(field) : 0) : (summary?.unknownHidden[field] ?? 0);

  const apply = (next: Range) => {
    setDraft(next);
    if (next.min !== null && next.max !== null && next.min > next.max) {
      setOrderError(true);
      return;
    }
    setOrderError(false);
    written.current = next;
    setRange(layer, field, next.min, next.max);
  };
  const read = (plain: string) => (plain === '' ? null : Number(plain));
  const name = fieldLabel(f, field);
  return (
    <fieldset className="filter-field filter-range" data-filter-field={field}>
      <legend>{name}</legend>
      <NumberField
        key={`min-${epoch}`}
        value={draft.min === null ? '' : String(draft.min)}
        onValue={(v) => apply({ ...draft, min: read(v) })}
        bounds={bounds}
        label={f.t('filters.range.min', { field: name })}
        unit=""
        testId={`${idBase}-${field}-min`}
        optional
        formatValue={isYear ? String : undefined}
      />
      <NumberField
        key={`max-${epoch}`}
        value={draft.max === null ? '' : String(draft.max)}
        onValue={(v) => apply({ ...draft, max: read(v) })}
        bounds={bounds}
        label={f.t('filters.range.max', { field: name })}
        unit=""
        testId={`${idBase}-${field}-max`}
        optional
        formatValue={isYear ? String : undefined}
      />
      {orderError && (
        <p className="notice" role="alert">
          {f.t('filters.range.order')}
        </p>
      )}
      {hidden > 0 && (
        <p className="filter-hidden" data-testid={`${idBase}-${field}-hidden`}>
          {f.t('filter.unknownHidden', { count: f.num(hidden), field: name })}
        </p>
      )}
    </fieldset>
  );
}
