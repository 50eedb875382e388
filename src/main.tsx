import './ui/styles.css';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { loadFirstPaint, loadMessages } from './i18n';
import { useLanguage } from './state/language';
import { loadAll } from './state/loader';
import { readHash } from './state/url';
import { applyHash, startUrlSync } from './state/url-sync';
import { useUserLayers } from './state/user-layers-store';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { followHash } from './ui/embed/hash-follow';
import { startRunners } from './ui/lazy/runners';

// An embed without its side panel renders only the map and its overlay (EmbedApp); everything
// else, the full viewer. Each is its own chunk, so an embed never downloads the viewer's panels.
// Each waits for the locale tables it shows (i18n/tables.ts): the viewer for all of its language's,
// an embed only for the core (already here in Vietnamese; English is one chunk).
const linkLanguage = () => useLanguage.getState().pending ?? useLanguage.getState().lang;
const FullViewer = lazy(async () => {
  const [{ App }] = await Promise.all([import('./App'), loadMessages(linkLanguage())]);
  return { default: App };
});
const EmbedViewer = lazy(async () => {
  const [{ EmbedApp }] = await Promise.all([import('./ui/embed/EmbedApp'), loadFirstPaint(linkLanguage())]);
  return { default: EmbedApp };
});

// No favicon file ships with the app: declare an empty one so the browser does not request it.
if (!document.querySelector('link[rel~="icon"]')) {
  const icon = document.createElement('link');
  icon.rel = 'icon';
  icon.href = 'data:,';
  document.head.append(icon);
}

// The URL hash first (language, layers, view), then the data, then the UI.
const initial = applyHash(window.location.hash);
// What the link's hash had that was ignored or corrected, read now: the app soon writes its own.
const opened = readHash(window.location.hash);
document.documentElement.lang = initial.lang ?? 'vi';
loadAll(document.baseURI);
startUrlSync();
const embedOnly = initial.embed === true && initial.panel !== true;
startRunners(embedOnly);
// The full viewer listens in App; an embed from the start (its preview's hash may change at once).
if (embedOnly) followHash();
// Layers a link adds by URL (`src=`), in both; the imported layers kept in this browser only in the
// full viewer (an embed on a government page shows what its link says, not the visitor's files).
// The link's URLs are held in the address from now on, before the chunk that adds them arrives.
const linked = [...new Set(initial.src ?? [])];
if (linked.length > 0) useUserLayers.setState({ pendingSrc: linked });
if (initial.embed !== true || linked.length > 0) {
  void import('./ui/import/start').then((m) =>
    m.startUserLayers(linked, { restore: initial.embed !== true }),
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <Suspense fallback={null}>
          {embedOnly ? <EmbedViewer initial={initial} /> : <FullViewer initial={initial} opened={opened} />}
        </Suspense>
      </ErrorBoundary>
    </StrictMode>,
  );
}
