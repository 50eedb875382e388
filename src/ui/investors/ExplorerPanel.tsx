// The investors' panel: the park explorer (filters, sort, cards), the site-score ranking or the
// charts, the parks picked for comparison (2–4; a fifth is refused with a message) and the
// comparison view.
// Escape closes the comparison first, then the panel, and the focus returns to the toggle.
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n';
import { useExplorer } from '../../state/explorer';
import { MAX_COMPARED_PARKS } from '../../state/investor-url';
import { useLayers } from '../../state/layers';
import { ChartsView } from './ChartsView';
import { ComparisonView } from './ComparisonView';
import { ParkList } from './ParkList';
import { ScorePanel } from './ScorePanel';
import './investors.css';

export const EXPLORER_TOGGLE_ID = 'explorer-toggle';

/** The button in the side panel that opens and closes the explorer. */
export function ExplorerToggle() {
  const f = useT();
  const open = useExplorer((s) => s.open);
  return (
    <button
      type="button"
      id={EXPLORER_TOGGLE_ID}
      className="explorer-toggle"
      aria-expanded={open}
      aria-controls="explorer-panel"
      onClick={() => useExplorer.getState().setOpen(!open)}
    >
      {f.t('explorer.open')}
    </button>
  );
}

function parkName(id: string, f: ReturnType<typeof useT>): string {
  const feature = useLayers.getState().layers.parks.features.find((x) => x.properties?.id === id);
  return (feature && f.name(feature.properties)) || id;
}

/** The message of a refused pick (a fifth park, or one already picked). */
export function RefusalMessage() {
  const f = useT();
  const refusal = useExplorer((s) => s.refusal);
  const linkRefused = useExplorer((s) => s.linkRefused);
  return (
    <>
      {refusal && (
        <p className="notice" role="alert" data-testid="pick-refused">
          {f.t(
            refusal.reason === 'comparison_full' ? 'siteScore.compare.full' : 'siteScore.compare.already',
            {
              max: MAX_COMPARED_PARKS,
              park: parkName(refusal.id, f),
            },
          )}
        </p>
      )}
      {linkRefused.length > 0 && (
        <p className="notice" role="status">
          {f.t('siteScore.compare.refused', { max: MAX_COMPARED_PARKS, parks: linkRefused.join(', ') })}
        </p>
      )}
    </>
  );
}

export function ExplorerPanel() {
  const f = useT();
  const open = useExplorer((s) => s.open);
  const view = useExplorer((s) => s.view);
  const picked = useExplorer((s) => s.picked);
  const compareOpen = useExplorer((s) => s.compareOpen);
  const heading = useRef<HTMLHeadingElement>(null);
  const s = useExplorer.getState;

  useEffect(() => {
    if (open) heading.current?.focus({ preventScroll: true });
  }, [open]);

  // Leaving the comparison (its Back button, Escape) removes the focused element with it: the focus
  // goes back to the button that opens the comparison, not to the page's start.
  const wasComparing = useRef(compareOpen);
  useEffect(() => {
    const left = wasComparing.current && !compareOpen;
    wasComparing.current = compareOpen;
    if (left && open && (!document.activeElement || document.activeElement === document.body)) {
      document.querySelector<HTMLElement>('[data-testid="compare-open"]')?.focus();
    }
  }, [compareOpen, open]);

  if (!open) return null;
  const close = () => {
    s().setOpen(false);
    document.getElementById(EXPLORER_TOGGLE_ID)?.focus();
  };
  return (
    <aside
      id="explorer-panel"
      className={`explorer-panel ${compareOpen ? 'comparing' : ''}`}
      data-testid="explorer-panel"
      aria-labelledby="explorer-title"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        if (s().compareOpen) s().setCompareOpen(false);
        else close();
      }}
    >
      <header className="explorer-header">
        <h2 id="explorer-title" ref={heading} tabIndex={-1}>
          {f.t('explorer.title')}
        </h2>
        <button type="button" className="close" aria-label={f.t('explorer.close')} onClick={close}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <fieldset className="explorer-views">
        <legend className="visually-hidden">{f.t('explorer.view')}</legend>
        {(['list', 'score', 'charts'] as const).map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={view === v && !compareOpen}
            data-view={v}
            onClick={() => {
              s().setCompareOpen(false);
              s().setView(v);
            }}
          >
            {f.t(`explorer.view.${v}`)}
          </button>
        ))}
      </fieldset>
      <div className="explorer-compare-bar">
        <span>{f.t('explorer.picked', { count: picked.length })}</span>
        <button
          type="button"
          data-testid="compare-open"
          disabled={picked.length < 2}
          onClick={() => s().setCompareOpen(true)}
        >
          {f.t('explorer.compare.open', { count: picked.length })}
        </button>
        {picked.length < 2 && <span className="hint">{f.t('explorer.compare.needTwo')}</span>}
      </div>
      <RefusalMessage />
      {compareOpen ? (
        <ComparisonView />
      ) : view === 'list' ? (
        <ParkList />
      ) : view === 'score' ? (
        <ScorePanel />
      ) : (
        <ChartsView />
      )}
    </aside>
  );
}
