// The analysis and investor runners (they feed the worker and hold comlink) as their own chunk. The
// full viewer starts them at once; an embed only when something needs the analysis: a selection
// (the info panel's figures) or a choropleth (its park metrics). An embed that only shows the map
// never downloads them.
import { useChoropleth } from '../../state/choropleth';
import { useSelection } from '../../state/selection';

let started = false;

function start(): void {
  if (started) return;
  started = true;
  void import('../analysis/runner').then((m) => m.startAnalysisRunner());
  void import('../investors/runner').then((m) => m.startInvestorRunner());
}

/** Starts the runners now (`lazy` false) or on the first selection or choropleth metric. */
export function startRunners(lazy: boolean): void {
  const needed = () => useSelection.getState().selected !== null || useChoropleth.getState().metric !== null;
  if (!lazy || needed()) {
    start();
    return;
  }
  const unsubs = [useSelection.subscribe(check), useChoropleth.subscribe(check)];
  function check() {
    if (!needed()) return;
    for (const u of unsubs) u();
    start();
  }
}
