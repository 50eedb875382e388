// A layer's legend, drawn from its description's style (legend-entries.ts), with the number of
// features the map draws (legendCount: every located feature until filters count).
import type { Feature, Geometry } from 'geojson';
import { lazy, Suspense } from 'react';
import { isCuratedLayerId, type LayerId } from '../data/schema';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n';
import { CURATED_DESCRIPTIONS } from '../layers/curated';
import type { LayerDescription } from '../layers/description';
import { useLegendCount } from '../state/legend-count';
import { useTime } from '../state/time';
import { useUserLayers } from '../state/user-layers-store';
import { type EntryLabel, legendEntries, type Swatch } from './legend-entries';

// The "year unknown" line (time slider on) sums park areas with Turf: it loads with its own chunk
// when the slider is first on, so a legend without time (an embed's, most often) does not carry it.
const YearUnknownEntry = lazy(async () => ({
  default: (await import('./time/YearUnknownEntry')).YearUnknownEntry,
}));

export function SwatchView({ swatch }: { swatch: Swatch }) {
  if (swatch.kind === 'area') {
    return (
      <span
        className="swatch swatch-area"
        style={{
          background: swatch.fill,
          borderColor: swatch.line,
          borderStyle: swatch.dashed ? 'dashed' : 'solid',
        }}
        aria-hidden="true"
      />
    );
  }
  if (swatch.kind === 'dot') {
    return <span className="swatch swatch-dot" style={{ background: swatch.color }} aria-hidden="true" />;
  }
  // A line sample as the map draws it: colour, dashes, and the railway's light centre line.
  const dashed = swatch.dash && swatch.dash.length > 0 && swatch.dash[0]! > 0;
  return (
    <svg className="swatch swatch-line" viewBox="0 0 28 10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2="27"
        y2="5"
        stroke={swatch.color}
        strokeWidth={swatch.centre ? 4 : 3}
        strokeDasharray={dashed ? swatch.dash!.map((n) => n * 3).join(' ') : undefined}
      />
      {swatch.centre && <line x1="1" y1="5" x2="27" y2="5" stroke={swatch.centre} strokeWidth="1" />}
    </svg>
  );
}

/** The legend of one layer; `description` defaults to the curated layer's. */
export function Legend({
  layerId,
  features,
  description,
  count: given,
}: {
  layerId: LayerId;
  features: Feature<Geometry | null>[];
  description?: LayerDescription;
  /** The count to show instead of legendCount's (a large layer's, from its chunks' masks). */
  count?: number;
}) {
  const { t, num } = useT();
  const counted = useLegendCount(layerId);
  const count = given ?? counted;
  const timeOn = useTime((s) => s.year !== null);
  // Subscribed, not read once: an imported layer's style changes ("Colour by") while it is listed.
  const runtime = useUserLayers((s) => s.layers[layerId]?.description);
  const d = description ?? (isCuratedLayerId(layerId) ? CURATED_DESCRIPTIONS[layerId] : runtime);
  if (!d) return null;
  const words = (label: EntryLabel): string => {
    if ('key' in label) return t(label.key as MessageKey);
    if ('text' in label) return label.text;
    const p = { min: num(label.min ?? 0, label.digits), max: num(label.max ?? 0, label.digits) };
    return t(`legend.class.${label.range}` as MessageKey, p);
  };
  return (
    <>
      <ul className="legend" aria-label={t('layers.legend')}>
        {legendEntries(d, features).map((e) => (
          <li key={e.id} className="legend-entry">
            <SwatchView swatch={e.swatch} />
            <span className="legend-entry-label">{words(e.label)}</span>
            {e.count !== undefined && <span className="legend-entry-count">{num(e.count)}</span>}
          </li>
        ))}
        {layerId === 'parks' && timeOn && (
          <Suspense fallback={null}>
            <YearUnknownEntry features={features} />
          </Suspense>
        )}
        {d.legend?.note && <li className="legend-note">{t(d.legend.note as MessageKey)}</li>}
      </ul>
      {count > 0 && <p className="legend-count">{t('legend.count', { count: num(count) })}</p>}
    </>
  );
}
