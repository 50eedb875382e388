import { useState } from 'react';
import type { WithinReport, WithinRow } from '../../analysis';
import { LOGISTICS_KINDS } from '../../analysis/logistics';
import { CORRIDOR_KINDS } from '../../data/schema';
import { type Formatters, type MessageKey, useT } from '../../i18n';
import { inBounds } from '../../i18n/number-input';
import { decodeTarget, useAnalysis } from '../../state/analysis';
import { useLayers } from '../../state/layers';
import { WITHIN_KM_BOUNDS } from '../distance-bounds';
import { NumberField } from '../NumberField';
import { CorridorStatusPicker, chooseFeature, ErrorNotice, useGeometryOf } from './common';
import { LeftOutNotice } from './LeftOutNotice';
import { type Column, SortableTable } from './SortableTable';

export function withinColumns(f: Formatters): Column<WithinRow>[] {
  return [
    { id: 'park', label: f.t('analysis.col.park'), value: (r) => f.name(r.park) },
    {
      id: 'status',
      label: f.t('analysis.col.status'),
      value: (r) => f.t(`status.${r.park.status}` as MessageKey),
    },
    {
      id: 'distance_km',
      label: f.t('analysis.col.distance'),
      value: (r) => r.distance_km,
      render: (r) => f.fixed(r.distance_km, 2),
      numeric: true,
    },
    { id: 'nearest', label: f.t('analysis.col.nearest'), value: (r) => f.name(r.nearest) },
  ];
}

interface Option {
  value: string;
  label: string;
}

/** The target's name in the current language: a corridor or place name, or a kind. */
export function targetLabel(
  value: string,
  f: Formatters,
  names: Map<string, { name_vi?: unknown; name_en?: unknown }>,
): string {
  const t = decodeTarget(value);
  if (!t) return value;
  if (t.type === 'corridor' || t.type === 'place') return f.name(names.get(value)) || t.id;
  if (t.type === 'kind') return f.t('analysis.within.allKind', { kind: f.t(`kind.${t.kind}` as MessageKey) });
  return f.t('analysis.within.allKind', { kind: f.t(`analysis.logistics.${t.kind}` as MessageKey) });
}

export function WithinTab() {
  const f = useT();
  const target = useAnalysis((s) => s.withinTarget);
  const km = useAnalysis((s) => s.withinKm);
  const setTarget = useAnalysis((s) => s.setWithinTarget);
  const setKm = useAnalysis((s) => s.setWithinKm);
  const request = useAnalysis((s) => s.requestWithin);
  const report = useAnalysis((s) => s.results.within);
  const error = useAnalysis((s) => s.errors.within);
  const focus = useAnalysis((s) => s.focusParkId);
  const corridors = useLayers((s) => s.layers.corridors.features);
  const places = useLayers((s) => s.layers.places.features);
  const geometryOf = useGeometryOf('parks');
  const [kmReadable, setKmReadable] = useState(true);
  // The field refuses text that is not a number in range; the stored value is checked too (it may
  // come from elsewhere), so the search never runs on a distance the core would refuse.
  const runnable = kmReadable && inBounds(Number(km), WITHIN_KM_BOUNDS);

  const names = new Map<string, { name_vi?: unknown; name_en?: unknown }>();
  const corridorOptions: Option[] = corridors.map((c) => {
    const value = `corridor:${String(c.properties?.id)}`;
    names.set(value, c.properties ?? {});
    return { value, label: f.name(c.properties) };
  });
  const placeOptions: Option[] = places.map((p) => {
    const value = `place:${String(p.properties?.id)}`;
    names.set(value, p.properties ?? {});
    return { value, label: f.name(p.properties) };
  });
  const kindOptions = CORRIDOR_KINDS.map((k) => ({
    value: `kind:${k}`,
    label: targetLabel(`kind:${k}`, f, names),
  }));
  const logisticsOptions = LOGISTICS_KINDS.map((k) => ({
    value: `logistics:${k}`,
    label: targetLabel(`logistics:${k}`, f, names),
  }));
  const group = (label: string, options: Option[]) =>
    options.length > 0 && (
      <optgroup label={label}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </optgroup>
    );

  return (
    <div data-testid="within-tab">
      <form
        className="tab-controls within-form"
        onSubmit={(e) => {
          e.preventDefault();
          // Text that does not read as a number in range is refused beside the field; never run on it.
          if (runnable) request();
        }}
      >
        <label>
          <span>{f.t('analysis.within.target')}</span>
          <select
            data-testid="within-target"
            value={target}
            aria-label={f.t('analysis.within.target')}
            onChange={(e) => setTarget(e.currentTarget.value)}
          >
            {group(f.t('analysis.within.group.corridor'), corridorOptions)}
            {group(f.t('analysis.within.group.kind'), kindOptions)}
            {group(f.t('analysis.within.group.place'), placeOptions)}
            {group(f.t('analysis.within.group.logistics'), logisticsOptions)}
          </select>
        </label>
        <NumberField
          testId="within-km"
          label={f.t('analysis.within.km')}
          unit="km"
          value={km}
          onValue={setKm}
          onParsed={(p) => setKmReadable(p.ok)}
          bounds={WITHIN_KM_BOUNDS}
        />
        <button
          type="submit"
          className="primary"
          data-testid="within-run"
          aria-disabled={!runnable}
          title={f.t('analysis.within.run.aria')}
        >
          {f.t('analysis.within.run')}
        </button>
      </form>
      {/* A corridor kind means its corridors of the statuses counted here (also for Nearest). */}
      {target.startsWith('kind:') && <CorridorStatusPicker />}
      <ErrorNotice error={error} />
      {report && !error && (
        <WithinResult report={report} names={names} focus={focus} geometryOf={geometryOf} />
      )}
    </div>
  );
}

function WithinResult({
  report,
  names,
  focus,
  geometryOf,
}: {
  report: WithinReport;
  names: Map<string, { name_vi?: unknown; name_en?: unknown }>;
  focus: string | null;
  geometryOf: ReturnType<typeof useGeometryOf>;
}) {
  const f = useT();
  const t = report.target;
  const value = t.type === 'corridor' || t.type === 'place' ? `${t.type}:${t.id}` : `${t.type}:${t.kind}`;
  return (
    <>
      <p className="note" role="status" data-testid="within-count">
        {f.t('analysis.within.count', { count: f.num(report.parks.length) })}
      </p>
      <LeftOutNotice leftOut={report.left_out} />
      <SortableTable
        testId="within-table"
        caption={f.t('analysis.within.caption', {
          // The distance as asked ("0,25 km"), not rounded to f.km's one decimal.
          km: `${f.num(report.km, 6)} km`,
          target: targetLabel(value, f, names),
        })}
        columns={withinColumns(f)}
        rows={report.parks}
        rowKey={(r) => r.park.id}
        chosenKey={focus}
        onChoose={(r) => chooseFeature('parks', r.park.id)}
        geometryOf={(r) => geometryOf(r.park.id, r.park.point)}
      />
    </>
  );
}
