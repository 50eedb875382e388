// The analysis panel: a toggle button while closed; open, a sheet along the bottom of the map (clear
// of the layer panel on the left and, by its height, of the info panel on the right) with five tabs.
// Its height can be dragged (SheetResizer) and it folds to its header, for phones.
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { type MessageKey, useT } from '../../i18n';
import { ANALYSIS_TABS, type AnalysisTab, useAnalysis } from '../../state/analysis';
import { useSelection } from '../../state/selection';
import { rovingIndex } from '../roving';
import { AreasTab } from './AreasTab';
import { MeasureTab } from './MeasureTab';
import { NearestTab } from './NearestTab';
import { SheetResizer, usePublishSheetHeight } from './SheetResizer';
import { WhereTab } from './WhereTab';
import { WithinTab } from './WithinTab';

const CONTENT: Record<AnalysisTab, () => React.JSX.Element> = {
  areas: AreasTab,
  nearest: NearestTab,
  within: WithinTab,
  where: WhereTab,
  measure: MeasureTab,
};

export function AnalysisPanel() {
  const f = useT();
  const open = useAnalysis((s) => s.open);
  const tab = useAnalysis((s) => s.tab);
  const data = useAnalysis((s) => s.data);
  const setOpen = useAnalysis((s) => s.setOpen);
  const setTab = useAnalysis((s) => s.setTab);
  // Where the focus goes after the user opens or closes the panel: the active tab on opening, the
  // toggle on closing (the button that had the focus is gone from the page either way).
  const focusNext = useRef<'tab' | 'toggle' | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const [collapsed, setCollapsed] = useState(false);
  const [height, setHeight] = useState<number | null>(null);
  const percent = usePublishSheetHeight(panelRef, open);
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'tab' && open)
      document.getElementById(`analysis-tab-${useAnalysis.getState().tab}`)?.focus();
    else if (target === 'toggle' && !open) toggleRef.current?.focus();
  }, [open]);
  const userSetOpen = (next: boolean) => {
    focusNext.current = next ? 'tab' : 'toggle';
    setOpen(next);
  };

  if (!open) {
    return (
      <button
        type="button"
        className="analysis-toggle"
        data-testid="analysis-toggle"
        aria-label={f.t('analysis.toggle.aria')}
        aria-expanded={false}
        ref={toggleRef}
        onClick={() => userSetOpen(true)}
      >
        {f.t('analysis.toggle')}
      </button>
    );
  }

  // Arrow keys, Home and End move between tabs (the WAI-ARIA tabs pattern).
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const next = rovingIndex(e.key, ANALYSIS_TABS.indexOf(tab), ANALYSIS_TABS.length, 'horizontal');
    if (next === null) return;
    e.preventDefault();
    const id = ANALYSIS_TABS[next]!;
    setTab(id);
    document.getElementById(`analysis-tab-${id}`)?.focus();
  };

  // Escape inside the panel closes it; App takes it instead while something inner is open (a
  // measure drawing, the chooser, the info panel), so Escape closes the innermost thing first.
  const onPanelKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || e.defaultPrevented || useAnalysis.getState().measureDrawing) return;
    const { selected, choices } = useSelection.getState();
    if (selected || choices) return;
    e.preventDefault();
    e.nativeEvent.stopPropagation();
    userSetOpen(false);
  };

  const Content = CONTENT[tab];
  return (
    <section
      className={`analysis-panel${collapsed ? ' collapsed' : ''}`}
      data-testid="analysis-panel"
      aria-label={f.t('analysis.title')}
      ref={panelRef}
      style={height !== null && !collapsed ? { height } : undefined}
      onKeyDown={onPanelKey}
    >
      {!collapsed && <SheetResizer panel={panelRef} height={height} percent={percent} onHeight={setHeight} />}
      <header>
        <h2>{f.t('analysis.title')}</h2>
        <div role="tablist" aria-label={f.t('analysis.tabs')} className="analysis-tabs">
          {ANALYSIS_TABS.map((id) => (
            <button
              key={id}
              id={`analysis-tab-${id}`}
              type="button"
              role="tab"
              data-tab={id}
              aria-selected={id === tab}
              aria-controls="analysis-tabpanel"
              tabIndex={id === tab ? 0 : -1}
              onClick={() => setTab(id)}
              onKeyDown={onTabKey}
            >
              {f.t(`analysis.tab.${id}` as MessageKey)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="collapse"
          data-testid="analysis-collapse"
          aria-label={f.t(collapsed ? 'analysis.expand' : 'analysis.collapse')}
          aria-expanded={!collapsed}
          aria-controls="analysis-tabpanel"
          onClick={() => setCollapsed((c) => !c)}
        >
          <span aria-hidden="true">{collapsed ? '▴' : '▾'}</span>
        </button>
        <button
          type="button"
          className="close"
          data-testid="analysis-close"
          aria-label={f.t('analysis.close')}
          onClick={() => userSetOpen(false)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div
        className="analysis-body"
        id="analysis-tabpanel"
        role="tabpanel"
        aria-labelledby={`analysis-tab-${tab}`}
        data-tab={tab}
        hidden={collapsed}
      >
        {/* Filters change the map, the legend counts and the table, never an analysis (shown-features.ts). */}
        <p className="note filter-rule" data-testid="analysis-filter-rule">
          {f.t('filters.rule')}
        </p>
        {data === 'waiting' ? (
          <p className="note" role="status">
            <span className="spinner" aria-hidden="true" /> {f.t('analysis.waiting')}
          </p>
        ) : (
          <Content />
        )}
      </div>
    </section>
  );
}
