// The choropleth's legend: the metric and its unit, each class's colour, range (in the language's
// number format, every bound with the same decimals) and district count, "≈" / ">" marks on classes
// holding an approximate figure or a lower bound, the no-data entry, and notes naming the
// districts concerned. Presentational: it formats what choroplethLayer computed.
import { metricKeys } from '../../analysis/district-metrics';
import { useT } from '../../i18n';
import { formatClassRange, legendDigits, legendHeader } from '../../lib/legend';
import type { ChoroplethDistrict, ChoroplethLegend as Legend } from '../../state/choropleth';

/** A mark with its meaning for screen readers (and as a tooltip): "≈" or ">". */
function Mark({ symbol, words }: { symbol: string; words: string }) {
  return (
    <span className="choro-mark" title={words}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}

/** Figures that are whole numbers: people and parks are counted, never fractional. */
const COUNTED = new Set(['population', 'park_count']);

/**
 * The ranges to print and their decimals. A counted figure whose class edges are fractional (equal
 * intervals: 0–7 parks cut at 1.4, 2.8, …) is shown as the whole numbers each class can hold
 * (0 – 1, 2, 3 – 4, …), since a value v is in the first class with v <= its upper edge; when some
 * class can hold no whole number, the edges are shown with decimals instead. Other ranges are
 * printed as classified, with the fewest decimals that keep them apart (legendDigits).
 */
function shownRanges(legend: Legend): { ranges: [number, number][]; digits: number } {
  const bins = legend.classes;
  const edges = bins.map((k): [number, number] => [k.lower, k.upper]);
  if (COUNTED.has(legend.metric) && !edges.flat().every(Number.isInteger)) {
    const whole = bins.map((k, i): [number, number] => [
      i === 0 ? Math.ceil(k.lower) : Math.floor(bins[i - 1]!.upper) + 1,
      Math.floor(k.upper),
    ]);
    if (whole.every(([lo, hi]) => lo <= hi)) return { ranges: whole, digits: 0 };
  }
  return { ranges: edges, digits: legendDigits(bins) };
}

export function ChoroplethLegend({ legend }: { legend: Legend }) {
  const { t, lang, num, name } = useT();
  const keys = metricKeys(legend.metric);
  const { ranges, digits } = shownRanges(legend);
  const names = (ds: ChoroplethDistrict[]) => ds.map((d) => name(d)).join(', ');
  const count = (n: number) =>
    n === 1 ? t('choropleth.count.one') : t('choropleth.count', { count: num(n) });
  return (
    <div className="choro-legend" data-testid="choropleth-legend">
      <p className="choro-legend-header">{legendHeader(t(keys.title), t(keys.unit), lang)}</p>
      <ul className="choro-classes" aria-label={t('choropleth.legend')}>
        {legend.classes.map((k, i) => (
          <li
            key={`${k.lower}:${k.upper}`}
            className="choro-class"
            data-testid="choropleth-class"
            data-color={k.color}
            data-count={k.count}
          >
            <span className="choro-swatch" style={{ background: k.color }} aria-hidden="true" />
            <span className="choro-range">
              {formatClassRange(ranges[i]![0], ranges[i]![1], lang, digits)}
            </span>
            {k.approximate && <Mark symbol="≈" words={t('choropleth.mark.approximate')} />}
            {k.lowerBound && <Mark symbol=">" words={t('choropleth.mark.lowerBound')} />}
            <span className="choro-count">{count(k.count)}</span>
          </li>
        ))}
        {legend.noData && (
          <li
            className="choro-class choro-nodata"
            data-testid="choropleth-nodata"
            data-color={legend.noData.color}
            data-count={legend.noData.count}
          >
            <span className="choro-swatch" style={{ background: legend.noData.color }} aria-hidden="true" />
            <span className="choro-range">{t('choropleth.noData')}</span>
            <span className="choro-count">{count(legend.noData.count)}</span>
          </li>
        )}
      </ul>
      {legend.classes.length > 0 && legend.classes.length < legend.requested && (
        <p className="choro-note">
          {t('choropleth.note.fewer', { shown: legend.classes.length, requested: legend.requested })}
        </p>
      )}
      {legend.approximate.length > 0 && (
        <p className="choro-note" data-testid="choropleth-note-approximate">
          {t('choropleth.note.approximate', { names: names(legend.approximate) })}
        </p>
      )}
      {legend.lowerBound.length > 0 && (
        <p className="choro-note" data-testid="choropleth-note-lower-bound">
          {t('choropleth.note.lowerBound', { names: names(legend.lowerBound) })}
        </p>
      )}
      {legend.noData && (
        <p className="choro-note" data-testid="choropleth-note-no-data">
          {t('choropleth.note.noData', { names: names(legend.noData.districts) })}
        </p>
      )}
    </div>
  );
}
