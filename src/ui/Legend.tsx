import type { Feature, Geometry } from 'geojson';
import {
  CORRIDOR_KINDS,
  CORRIDOR_STATUSES,
  type CorridorKind,
  type LayerId,
  PARK_STATUSES,
  PLACE_KINDS,
} from '../data/schema';
import { isUnsourced } from '../data/unsourced';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n';
import {
  CONTEXT_LINE,
  CORRIDOR_COLOR,
  CORRIDOR_DASH,
  css,
  DISTRICT_LINE,
  PARK_DASH,
  PARK_FILL,
  PARK_LINE,
  PLACE_COLOR,
  RAILWAY_CENTRE,
  type RGBA,
  STATUS_SAMPLE,
  UNSOURCED_DASH,
  UNSOURCED_LINE,
} from '../map/colors';
import { YearUnknownEntry } from './time/YearUnknownEntry';

function AreaSwatch({ fill, line, dashed }: { fill: RGBA; line: RGBA; dashed?: boolean }) {
  return (
    <span
      className="swatch swatch-area"
      style={{ background: css(fill), borderColor: css(line), borderStyle: dashed ? 'dashed' : 'solid' }}
      aria-hidden="true"
    />
  );
}

/** A line sample as the map draws it: colour, dashes, and the railway's light centre line. */
function LineSwatch({ color, dash, centre }: { color: RGBA; dash?: [number, number]; centre?: RGBA }) {
  const dashed = dash && dash[0] > 0;
  return (
    <svg className="swatch swatch-line" viewBox="0 0 28 10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2="27"
        y2="5"
        stroke={css(color)}
        strokeWidth={centre ? 4 : 3}
        strokeDasharray={dashed ? `${dash[0] * 3} ${dash[1] * 3}` : undefined}
      />
      {centre && <line x1="1" y1="5" x2="27" y2="5" stroke={css(centre)} strokeWidth="1" />}
    </svg>
  );
}

function DotSwatch({ color }: { color: RGBA }) {
  return <span className="swatch swatch-dot" style={{ background: css(color) }} aria-hidden="true" />;
}

function Entry({ swatch, label }: { swatch: React.ReactNode; label: string }) {
  return (
    <li className="legend-entry">
      {swatch}
      <span>{label}</span>
    </li>
  );
}

/** Legend entries for one layer; for corridors, only the kinds the data has (all while loading). */
export function Legend({ layerId, features }: { layerId: LayerId; features: Feature<Geometry | null>[] }) {
  const { t } = useT();
  let entries: React.ReactNode[] = [];
  switch (layerId) {
    case 'context':
      entries = [<Entry key="c" swatch={<LineSwatch color={CONTEXT_LINE} />} label={t('legend.context')} />];
      break;
    case 'districts':
      entries = [
        <Entry key="d" swatch={<LineSwatch color={DISTRICT_LINE} />} label={t('legend.districts')} />,
        <li key="period" className="legend-note">
          {t('districts.period.short')}
        </li>,
      ];
      break;
    case 'parks': {
      entries = PARK_STATUSES.map((s) => (
        <Entry
          key={s}
          swatch={<AreaSwatch fill={PARK_FILL[s]} line={PARK_LINE[s]} dashed={PARK_DASH[s][0] > 0} />}
          label={t(`status.${s}` as MessageKey)}
        />
      ));
      if (features.some((f) => f.geometry?.type === 'Point')) {
        entries.push(
          <Entry key="pt" swatch={<DotSwatch color={PARK_LINE.existing} />} label={t('legend.point')} />,
        );
      }
      entries.push(<YearUnknownEntry key="year-unknown" features={features} />);
      break;
    }
    case 'corridors': {
      const present = new Set(features.map((f) => f.properties?.kind as CorridorKind));
      const kinds = features.length ? CORRIDOR_KINDS.filter((k) => present.has(k)) : CORRIDOR_KINDS;
      entries = kinds.map((k) => (
        <Entry
          key={k}
          swatch={
            <LineSwatch color={CORRIDOR_COLOR[k]} centre={k === 'railway' ? RAILWAY_CENTRE : undefined} />
          }
          label={t(`kind.${k}` as MessageKey)}
        />
      ));
      entries.push(
        ...CORRIDOR_STATUSES.map((s) => (
          <Entry
            key={s}
            swatch={<LineSwatch color={STATUS_SAMPLE} dash={CORRIDOR_DASH[s]} />}
            label={t(`corridorStatus.${s}` as MessageKey)}
          />
        )),
      );
      if (features.some((f) => isUnsourced(f.properties)))
        entries.push(
          <Entry
            key="unsourced"
            swatch={<LineSwatch color={UNSOURCED_LINE} dash={UNSOURCED_DASH} />}
            label={t('legend.unsourced')}
          />,
        );
      break;
    }
    case 'places':
      entries = PLACE_KINDS.map((k) => (
        <Entry key={k} swatch={<DotSwatch color={PLACE_COLOR[k]} />} label={t(`place.${k}` as MessageKey)} />
      ));
      break;
  }
  return (
    <ul className="legend" aria-label={t('layers.legend')}>
      {entries}
    </ul>
  );
}
