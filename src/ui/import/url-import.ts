// "Add a layer from a URL" (issue 10 §1): a FlatGeobuf or GeoJSON file on any web server, the way an
// office publishes a layer that a link (`src=`) and an embed can show. A large indexed FlatGeobuf is
// read by the viewport over HTTP Range (viewport-layers.ts); anything else is fetched whole and
// imported as a dropped file is, in its turn in the import queue (queue.ts).
import type { MessageKey } from '../../i18n';
import { useUserLayers } from '../../state/user-layers';
import { chooseUrlReading } from '../../userlayers/url-reading';
import { importer, runImport } from './flow';
import { enqueueImport } from './queue';

/** The last part of a URL's path, decoded, as the layer's name (the URL itself when it has none). */
export function nameFromUrl(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop();
  try {
    return last ? decodeURIComponent(last) : url.host;
  } catch {
    return last ?? url.host;
  }
}

/**
 * Fetches a FlatGeobuf or GeoJSON file from `raw` (http or https only) and imports it as a layer that
 * a link can share (`src=`). A network or HTTP failure is a failure row naming the URL.
 */
export function importUrl(raw: string): Promise<void> {
  return enqueueImport(raw, async (release) => {
    try {
      await fetchAndImport(raw, release);
    } catch (e) {
      release();
      throw e;
    }
  });
}

/** importUrl in its turn; `release` as in runImport (called here unless runImport takes it over). */
async function fetchAndImport(raw: string, release: () => void): Promise<void> {
  let url: URL;
  try {
    url = new URL(raw.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
  } catch {
    useUserLayers.getState().fail(raw, 'userLayers.error.url', { file: raw });
    return release();
  }
  const name = nameFromUrl(url);
  const fail = (detail: string) =>
    useUserLayers.getState().fail(name, 'userLayers.error.fetch' as MessageKey, { file: name, detail });
  useUserLayers.getState().setJob({ fileName: name, progress: null });
  // A large indexed FlatGeobuf is read by the viewport over HTTP Range instead of downloaded whole.
  const reading = await chooseUrlReading(url.href, importer());
  if (reading.mode === 'viewport') {
    useUserLayers.getState().setJob(null);
    const { addViewportLayer } = await import('./viewport-layers');
    addViewportLayer(name, url.href, reading, importer());
    return release();
  }
  let blob: Blob;
  try {
    const res = await fetch(url);
    if (!res.ok) {
      useUserLayers.getState().setJob(null);
      fail(`HTTP ${res.status}`);
      return release();
    }
    // A missing file on a host that answers every path with its web page (a single-page app's
    // fallback, Vite's dev server, some static hosts' 404 pages sent with 200): say that, rather
    // than let the reader call the page invalid JSON.
    if (/^\s*(text\/html|application\/xhtml\+xml)/i.test(res.headers.get('content-type') ?? '')) {
      useUserLayers.getState().setJob(null);
      useUserLayers.getState().fail(name, 'userLayers.error.html' as MessageKey, { file: name });
      return release();
    }
    blob = await res.blob();
  } catch (e) {
    useUserLayers.getState().setJob(null);
    // fetch rejects with a TypeError, whose text is the browser's and in English ("Failed to
    // fetch"), when the server is unreachable or refuses CORS: say that in the user's language.
    if (e instanceof TypeError) {
      useUserLayers.getState().fail(name, 'userLayers.error.network' as MessageKey, { file: name });
      return release();
    }
    fail(e instanceof Error ? e.message : String(e));
    return release();
  }
  await runImport(blob, name, {}, url.href, release);
}
