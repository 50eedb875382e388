// The comparison of 2–4 picked parks: every fact and straight-line distance in rows, the best value
// of a row marked with a star and the word "best" (not by colour alone), qualifiers kept, unknown
// written as such. Its print button gives an A4 landscape sheet through the app's one print layout
// (src/print): the title, a map of the compared parks (captured in one frame), the legend, scale
// bar, north arrow, date and attribution, then this table with its sources.
import { useState } from 'react';
import { useT } from '../../i18n';
import { PrintSheet } from '../../print/PrintSheet';
import { printComparison } from '../../print/print-comparison';
import { usePrint } from '../../print/print-store';
import { useExplorer } from '../../state/explorer';
import { useLayers } from '../../state/layers';
import { Sources } from '../InfoPanel';
import { useDistrictName, useParkViews } from './hooks';
import { comparisonRows } from './model';

export function ComparisonView() {
  const f = useT();
  const districtName = useDistrictName();
  const { views } = useParkViews();
  const picked = useExplorer((s) => s.picked);
  const parks = picked.map((id) => views.find((v) => v.id === id)).filter((v) => v !== undefined);
  const missing = picked.filter((id) => !views.some((v) => v.id === id));
  const rows = comparisonRows(parks, f, districtName);
  const job = usePrint((s) => (s.job?.kind === 'comparison' ? s.job : null));
  const [printError, setPrintError] = useState<string | null>(null);
  const onPrint = () => {
    setPrintError(null);
    const ids = new Set(parks.map((v) => v.id));
    const features = useLayers
      .getState()
      .layers.parks.features.filter((x) => ids.has(String(x.properties?.id)));
    printComparison(features, f.t('explorer.compare.title'), f).catch((err: unknown) =>
      setPrintError(f.t('print.error', { message: err instanceof Error ? err.message : String(err) })),
    );
  };
  const table = (
    <div className="comparison-scroll">
      <table className="comparison-table">
        <caption>{f.t('explorer.compare.bestNote')}</caption>
        <thead>
          <tr>
            <th scope="col">{f.t('explorer.compare.fact')}</th>
            {parks.map((v) => (
              <th key={v.id} scope="col" data-park-id={v.id}>
                {f.name(v.p) || v.id}
                <button
                  type="button"
                  className="comparison-remove"
                  aria-label={f.t('explorer.unpick.label', { name: f.name(v.p) || v.id })}
                  onClick={() => useExplorer.getState().unpick(v.id)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-row={r.key}>
              <th scope="row">{r.label}</th>
              {r.cells.map((c, i) => (
                <td
                  key={parks[i]!.id}
                  className={`${c.best ? 'best' : ''} ${c.unknown ? 'unknown' : ''}`}
                  data-best={c.best || undefined}
                >
                  {r.sources?.[i] ? <Sources sources={r.sources[i]} f={f} /> : c.text}
                  {c.best && <strong className="best-mark"> ★ {f.t('explorer.compare.best')}</strong>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <section className="comparison" data-testid="comparison" aria-labelledby="comparison-title">
      <div className="comparison-tools">
        <button type="button" onClick={() => useExplorer.getState().setCompareOpen(false)}>
          {f.t('explorer.compare.back')}
        </button>
        <button type="button" onClick={onPrint} data-print="comparison">
          {f.t('explorer.compare.print')}
        </button>
      </div>
      <h3 id="comparison-title">{f.t('explorer.compare.title')}</h3>
      {printError && (
        <p className="notice error" role="alert">
          {printError}
        </p>
      )}
      {missing.map((id) => (
        <p key={id} className="notice" role="status">
          {f.t('explorer.compare.unknownPark', { id })}
        </p>
      ))}
      {table}
      {job && (
        <PrintSheet job={job}>
          <div className="print-comparison">{table}</div>
        </PrintSheet>
      )}
    </section>
  );
}
