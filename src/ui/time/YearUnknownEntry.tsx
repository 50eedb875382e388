// The parks legend's "year unknown" line while the time slider is on: the look the map gives those
// parks (grey, dashed) and their count and land, as in the time panel. Nothing while it is off.
import type { Feature, Geometry } from 'geojson';
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { growthParks, growthSummary } from '../../lib/park-growth';
import { useTime } from '../../state/time';
import { YEAR_UNKNOWN_STYLE } from './map-time';

export function YearUnknownEntry({ features }: { features: Feature<Geometry | null>[] }) {
  const f = useT();
  const on = useTime((s) => s.year !== null);
  const group = useMemo(() => growthSummary(growthParks(features)).yearUnknown, [features]);
  if (!on) return null;
  return (
    <li className="legend-entry" data-testid="legend-year-unknown" data-count={group.count}>
      <span
        className="swatch swatch-area"
        style={{
          background: 'rgba(140, 140, 140, 0.35)',
          borderColor: YEAR_UNKNOWN_STYLE.color,
          borderStyle: 'dashed',
        }}
        aria-hidden="true"
      />
      <span>
        {f.t('time.unknown', {
          count: f.num(group.count),
          area: f.qualified(group.area.value ?? 0, group.area.qualifier, 'ha'),
        })}
      </span>
    </li>
  );
}
