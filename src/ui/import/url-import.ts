// "Add a layer from a URL" (issue 10 §1): a FlatGeobuf or GeoJSON file on any web server, the way an
// office publishes a layer that a link (`src=`) and an embed can show. A large indexed FlatGeobuf is
// read by the viewport over HTTP Range (viewport-layers.ts); anything else is fetched whole and
// imported as a dropped file is, in its turn in the import queue (queue.ts), unless the probe of a
// `.fgb` already got the whole file from a server that ignores Range (then that copy is imported).
import type { MessageKey } from '../../i18n';
import type { ImportProgress } from '../../import/types';
import { useUserLayers } from '../../state/user-layers';
import { chooseUrlReading } from '../../userlayers/url-reading';
import { cancellableStep, importer, runImport } from './flow';
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
  const users = () => useUserLayers.getState();
  const fail = (detail: string) =>
    users().fail(name, 'userLayers.error.fetch' as MessageKey, { file: name, detail });
  // Cancel stops the probe and the download (their requests aborted), as it stops a file's reading.
  const { signal } = cancellableStep();
  const cancelled = () => {
    users().setJob(null);
    users().fail(name, 'import.error.cancelled', { file: name });
    release();
  };
  users().setJob({ fileName: name, progress: null, download: true });
  // A large indexed FlatGeobuf is read by the viewport over HTTP Range instead of downloaded whole.
  const reading = await chooseUrlReading(url.href, importer(), signal);
  if (signal.aborted) return cancelled();
  if (reading.mode === 'missing') {
    // The probe's answer already said so (the same words as the download's): not asked again.
    users().setJob(null);
    fail(`HTTP ${reading.status}`);
    return release();
  }
  if (reading.mode === 'viewport') {
    users().setJob(null);
    const { addViewportLayer } = await import('./viewport-layers');
    addViewportLayer(name, url.href, reading, importer());
    return release();
  }
  // A server that ignores Range sent the probe the whole file: import the worker's copy rather
  // than download it a second time.
  const kept = reading.kept ? await importer().keptFile(url.href) : null;
  if (signal.aborted) return cancelled();
  if (kept) return runImport(new Blob([kept as Uint8Array<ArrayBuffer>]), name, {}, url.href, release);
  let blob: Blob;
  try {
    const res = await fetch(url, { signal });
    if (!res.ok) {
      users().setJob(null);
      fail(`HTTP ${res.status}`);
      return release();
    }
    // A missing file on a host that answers every path with its web page (a single-page app's
    // fallback, Vite's dev server, some static hosts' 404 pages sent with 200): say that, rather
    // than let the reader call the page invalid JSON.
    if (/^\s*(text\/html|application\/xhtml\+xml)/i.test(res.headers.get('content-type') ?? '')) {
      users().setJob(null);
      users().fail(name, 'userLayers.error.html' as MessageKey, { file: name });
      return release();
    }
    blob = await downloadBody(res, signal, (progress) => {
      if (!signal.aborted) users().setJob({ fileName: name, progress, download: true });
    });
  } catch (e) {
    if (signal.aborted) return cancelled();
    users().setJob(null);
    // fetch rejects with a TypeError, whose text is the browser's and in English ("Failed to
    // fetch"), when the server is unreachable or refuses CORS: say that in the user's language.
    if (e instanceof TypeError) {
      users().fail(name, 'userLayers.error.network' as MessageKey, { file: name });
      return release();
    }
    fail(e instanceof Error ? e.message : String(e));
    return release();
  }
  await runImport(blob, name, {}, url.href, release);
}

/**
 * The response's body as a Blob, read piece by piece so `onProgress` can follow it (bytes so far;
 * `totalBytes` from Content-Length, 0 when the server gives none or compresses the body, whose
 * Content-Length then counts the compressed bytes). Rejects with the signal's reason when aborted.
 */
async function downloadBody(
  res: Response,
  signal: AbortSignal,
  onProgress: (progress: ImportProgress) => void,
): Promise<Blob> {
  const length = Number(res.headers.get('content-length'));
  const encoded = (res.headers.get('content-encoding') ?? 'identity') !== 'identity';
  const totalBytes = Number.isFinite(length) && length > 0 && !encoded ? length : 0;
  if (!res.body) return res.blob();
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let bytesRead = 0;
  onProgress({ bytesRead, totalBytes, featuresRead: 0 });
  const reader = res.body.getReader();
  try {
    for (;;) {
      signal.throwIfAborted();
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value as Uint8Array<ArrayBuffer>);
      bytesRead += value.length;
      onProgress({
        bytesRead,
        totalBytes: Math.max(totalBytes, totalBytes ? bytesRead : 0),
        featuresRead: 0,
      });
    }
  } finally {
    reader.releaseLock();
  }
  return new Blob(parts, { type: res.headers.get('content-type') ?? '' });
}
