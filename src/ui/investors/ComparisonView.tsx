// The comparison of 2–4 picked parks: every fact and straight-line distance in rows, the best value
// of a row marked with a star and the word "best" (not by colour alone), qualifiers kept, unknown
// written as such. Printing while it is open gives an A4 landscape sheet (investors.css @media
// print): the title, the date, this table and its sources. The map is not on the sheet: the map's
// WebGL canvas is drawn without preserveDrawingBuffer, so it cannot be copied to an image cleanly.
import { useT } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { useExplorer } from '../../state/explorer';
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
  const today = formatDate(f.lang, new Date());
  return (
    <section className="comparison" data-testid="comparison" aria-labelledby="comparison-title">
      <div className="comparison-tools">
        <button type="button" onClick={() => useExplorer.getState().setCompareOpen(false)}>
          {f.t('explorer.compare.back')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {f.t('explorer.compare.print')}
        </button>
      </div>
      <h3 id="comparison-title">{f.t('explorer.compare.title')}</h3>
      <p className="print-only">
        {f.t('app.title')} · {f.t('explorer.compare.date', { date: today })} · {f.t('explorer.compare.noMap')}
      </p>
      {missing.map((id) => (
        <p key={id} className="notice" role="status">
          {f.t('explorer.compare.unknownPark', { id })}
        </p>
      ))}
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
    </section>
  );
}
