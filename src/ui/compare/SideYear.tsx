// The year a side of a comparison shows (issue 8 §3, §6: `year.left`, `year.right` override the
// time slider's `year` per side), so "parks established by 2010" can sit beside "all parks
// including planned". "As the slider" removes the override.
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { growthParks, type YearStop, yearStops } from '../../lib/park-growth';
import type { CompareSide } from '../../state/compare';
import { useLayers } from '../../state/layers';
import { useTime } from '../../state/time';

const SAME = 'same';

export function SideYear({ side }: { side: CompareSide }) {
  const { t } = useT();
  const features = useLayers((s) => s.layers.parks.features);
  const override = useTime((s) => s.overrides[side]);
  const setOverride = useTime((s) => s.setOverride);
  const stops = useMemo(() => yearStops(growthParks(features), new Date().getFullYear()), [features]);
  const id = `compare-year-${side}`;
  const value = override === undefined ? SAME : String(override);
  const label = (stop: YearStop) => (stop === 'planned' ? t('time.planned') : String(stop));
  return (
    <p className="compare-year">
      <label htmlFor={id}>{t('compare.year')}</label>{' '}
      <select
        id={id}
        data-testid={id}
        value={value}
        onChange={(e) => {
          const v = e.target.value;
          if (v === SAME) setOverride(side, undefined);
          else setOverride(side, v === 'planned' ? 'planned' : Number(v));
        }}
      >
        <option value={SAME}>{t('compare.year.same')}</option>
        {stops.map((s) => (
          <option key={String(s)} value={String(s)}>
            {label(s)}
          </option>
        ))}
      </select>
    </p>
  );
}
