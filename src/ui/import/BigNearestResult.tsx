// The answers of "nearest corridor of each point" for a large layer: 100k+ answers are not 100k
// list items. A count (within the "only within" km when given), the points per corridor, the
// layer's first 50 answers as UserWithin lists a large layer's (named by featureLabel, built from
// their chunk only for those 50), and a CSV of every answer shown (the writer reads the typed
// columns; no row objects).
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { bigFeature } from '../../state/big-feature';
import { useBigLayers } from '../../state/big-layers-store';
import { downloadText, exportFileName } from '../analysis/export';
import { rowHead } from '../feature-name';
import { bigLayerFields } from '../search/big-search';
import { distinctNames } from '../search/distinct-names';
import { type BigNearestReport, countByCorridor, nearestCsv, rowsWithin } from './big-nearest';
import { ChooseRow } from './ResultOnMap';
import { featureLabel } from './user-analysis-common';

const MAX_ROWS = 50;

export function BigNearestResult(props: {
  id: string;
  title: string;
  report: BigNearestReport;
  maxKm: number | null;
}) {
  const { id, title, report, maxKm } = props;
  const f = useT();
  const { t, num, lang } = f;
  const shown = useMemo(() => rowsWithin(report, maxKm), [report, maxKm]);
  const perCorridor = useMemo(() => countByCorridor(report, shown), [report, shown]);
  const corridorName = (k: number) => {
    const c = report.corridors[k];
    return c ? (lang === 'vi' ? c.name_vi : c.name_en) : '—';
  };
  // The first rows' names, same-named ones told apart as the map search tells them.
  const layer = useBigLayers((s) => s.layers[id]);
  const rowNames = useMemo(() => {
    const listed = Array.from(shown.subarray(0, MAX_ROWS), (k) => ({
      feature: bigFeature(id, String(report.ordinals[k])) ?? undefined,
      index: report.ordinals[k]!,
    }));
    return distinctNames(
      id,
      listed,
      (it) => featureLabel(it.feature, it.index, f),
      layer ? bigLayerFields(layer) : [],
      f,
    );
  }, [id, shown, report, layer, f]);
  return (
    <>
      <p role="status" data-testid="big-nearest-count">
        {maxKm === null
          ? t('userAnalysis.big.nearest.count', { count: num(report.ordinals.length) })
          : t('userLayers.nearest.count', {
              shown: num(shown.length),
              total: num(report.ordinals.length),
              km: num(maxKm, 2),
            })}
      </p>
      {perCorridor.length > 0 && (
        <>
          <p>{t('userAnalysis.big.nearest.byCorridor')}</p>
          <ul data-testid="big-nearest-by-corridor">
            {perCorridor.map(([k, n]) => (
              <li key={k}>
                {t('userAnalysis.big.nearest.corridorRow', { corridor: corridorName(k), count: num(n) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {shown.length > 0 && (
        <p>{t('userAnalysis.big.nearest.first', { shown: num(Math.min(MAX_ROWS, shown.length)) })}</p>
      )}
      <ol className="user-layer-nearest-rows">
        {Array.from(shown.subarray(0, MAX_ROWS), (k, row) => (
          <ChooseRow
            key={report.ordinals[k]}
            layerId={id}
            featureId={String(report.ordinals[k])}
            name={rowNames[row]!}
          >
            {t('userLayers.nearest.row', {
              point: rowHead(rowNames[row]!),
              corridor: corridorName(report.corridor[k]!),
              km: Number.isNaN(report.distanceKm[k]!) ? '—' : f.fixed(report.distanceKm[k]!, 2),
            })}
          </ChooseRow>
        ))}
        {shown.length > MAX_ROWS && (
          <li>{t('userLayers.nearest.more', { count: num(shown.length - MAX_ROWS) })}</li>
        )}
      </ol>
      <button
        type="button"
        disabled={shown.length === 0}
        onClick={() =>
          downloadText(exportFileName(title, 'csv'), nearestCsv(report, shown, f), 'text/csv;charset=utf-8')
        }
      >
        {t('userAnalysis.big.nearest.export', { count: num(shown.length) })}
      </button>
      <p className="note">{t('userAnalysis.big.nearest.rule')}</p>
    </>
  );
}
