// The panels the first paint does not need, each in its own chunk (React.lazy + import()), so the
// full viewer draws its map sooner and an embed never downloads them. Each one renders nothing until
// its chunk has arrived (a panel opened by a link shows a moment later; nothing else waits on it).
import { lazy, Suspense } from 'react';

const LazyAnalysis = lazy(async () => ({
  default: (await import('../analysis/AnalysisPanel')).AnalysisPanel,
}));
const LazyTable = lazy(async () => ({ default: (await import('../table/TablePanel')).TablePanel }));
const LazyChoropleth = lazy(async () => ({
  default: (await import('../choropleth/ChoroplethPanel')).ChoroplethPanel,
}));
const LazyTime = lazy(async () => ({ default: (await import('../time/TimePanel')).TimePanel }));
const LazyExplorer = lazy(async () => ({
  default: (await import('../investors/ExplorerPanel')).ExplorerPanel,
}));
const LazyExplorerToggle = lazy(async () => ({
  default: (await import('../investors/ExplorerPanel')).ExplorerToggle,
}));

export function AnalysisPanel() {
  return (
    <Suspense fallback={null}>
      <LazyAnalysis />
    </Suspense>
  );
}

export function TablePanel() {
  return (
    <Suspense fallback={null}>
      <LazyTable />
    </Suspense>
  );
}

export function ChoroplethPanel() {
  return (
    <Suspense fallback={null}>
      <LazyChoropleth />
    </Suspense>
  );
}

export function TimePanel() {
  return (
    <Suspense fallback={null}>
      <LazyTime />
    </Suspense>
  );
}

export function ExplorerPanel() {
  return (
    <Suspense fallback={null}>
      <LazyExplorer />
    </Suspense>
  );
}

export function ExplorerToggle() {
  return (
    <Suspense fallback={null}>
      <LazyExplorerToggle />
    </Suspense>
  );
}
