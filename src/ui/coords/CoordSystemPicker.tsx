// The choice of coordinate system for printed coordinates (shared by what's here and measure, kept
// in the link as `crs`). The labels say the units and, for VN-2000, that X is the northing.
import { useId } from 'react';
import { useT } from '../../i18n';
import { COORD_SYSTEMS, type CoordSystem, isCoordSystem, useCoordSystem } from '../../state/coord-system';

export function CoordSystemPicker() {
  const { t } = useT();
  const system = useCoordSystem((s) => s.system);
  const setSystem = useCoordSystem((s) => s.setSystem);
  const id = useId();
  return (
    <p className="tab-controls coord-system">
      <label htmlFor={id}>{t('coords.system.label')}</label>{' '}
      <select
        id={id}
        data-testid="coord-system"
        value={system}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (isCoordSystem(v)) setSystem(v);
        }}
      >
        {COORD_SYSTEMS.map((s: CoordSystem) => (
          <option key={s} value={s}>
            {t(s === 'wgs84' ? 'coords.system.wgs84' : 'coords.system.vn2000')}
          </option>
        ))}
      </select>
    </p>
  );
}
