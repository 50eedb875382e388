import './ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadAll } from './state/loader';
import { applyHash, startUrlSync } from './state/url-sync';
import { startAnalysisRunner } from './ui/analysis/runner';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { startUserLayers } from './ui/import/start';
import { startInvestorRunner } from './ui/investors/runner';

// No favicon file ships with the app: declare an empty one so the browser does not request it.
if (!document.querySelector('link[rel~="icon"]')) {
  const icon = document.createElement('link');
  icon.rel = 'icon';
  icon.href = 'data:,';
  document.head.append(icon);
}

// The URL hash first (language, layers, view), then the data, then the UI.
const initial = applyHash(window.location.hash);
document.documentElement.lang = initial.lang ?? 'vi';
loadAll(document.baseURI);
startUrlSync();
startAnalysisRunner();
startInvestorRunner();
void startUserLayers(initial.src);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App initial={initial} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
