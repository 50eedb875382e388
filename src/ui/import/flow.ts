// The import flow behind the import UI (issue 10 §1): a file (dropped, picked or fetched from a URL)
// goes through the engine's worker with progress and cancel; a question (a file over the size limit,
// a CSV's coordinate columns, a projected file's CRS) waits for the user; a result becomes a layer;
// a failure becomes a row naming the file and the problem. Nothing already loaded is touched.
import { create } from 'zustand';
import type { MessageKey } from '../../i18n';
import { createImportClient, type ImportClient } from '../../import/client';
import type { CrsChoiceId } from '../../import/crs';
import type { ImportResult } from '../../import/types';
import { addUserLayer, useUserLayers } from '../../state/user-layers';
import { chooseUrlReading } from '../../userlayers/url-reading';
import { bigReceiver } from './big-import';

export type Question =
  | { kind: 'large'; file: Blob; name: string; url?: string; size: number; limit: number }
  | { kind: 'csv'; file: Blob; name: string; url?: string; result: ImportResult }
  | { kind: 'crs'; result: ImportResult; url?: string };

export const useImportQuestion = create<{ question: Question | null }>()(() => ({ question: null }));
const ask = (question: Question | null) => useImportQuestion.setState({ question });

let client: ImportClient | null = null;
let controller: AbortController | null = null;
const importer = () => {
  client ??= createImportClient();
  return client;
};

/** Replaces the worker client (tests pass one over the engine's API in-process). */
export function setImportClient(c: ImportClient | null): void {
  client = c;
}

/** Cancels the import under way (its worker job ends with `import.error.cancelled`). */
export function cancelImport(): void {
  controller?.abort();
}

async function finish(result: ImportResult, file: Blob | null, url?: string): Promise<void> {
  if (result.crsQuestion) return ask({ kind: 'crs', result, url });
  if (result.csv && file) return ask({ kind: 'csv', file, name: result.fileName, url, result });
  await addUserLayer(result.fileName, result.features, url, result);
}

/**
 * Imports `file` under `name`. `options.allowLarge` after the user agreed to a large file;
 * `options.csvColumns` after the user changed a CSV's columns. `url`: where it was fetched from.
 */
export async function importBlob(
  file: Blob,
  name: string,
  options: { allowLarge?: boolean; csvColumns?: { lon?: string; lat?: string; wkt?: string } } = {},
  url?: string,
): Promise<void> {
  const users = useUserLayers.getState();
  if (users.job) cancelImport();
  ask(null);
  controller = new AbortController();
  const mine = controller;
  users.setJob({ fileName: name, progress: null });
  // A file of BIG_LAYER_FEATURES or more arrives as binary chunks while it is read.
  const big = bigReceiver(name, url);
  try {
    const outcome = await importer().importFile(file, {
      name,
      signal: mine.signal,
      onProgress: (progress) => {
        if (controller === mine) useUserLayers.getState().setJob({ fileName: name, progress });
      },
      onChunk: big.onChunk,
      ...options,
    });
    if (controller === mine) useUserLayers.getState().setJob(null);
    if (outcome.ok && outcome.result.binary) return await big.finish(outcome.result.binary, outcome.result);
    await big.abort();
    if (outcome.ok) {
      // A CSV whose columns the user already confirmed is not asked about again.
      const result = options.csvColumns ? { ...outcome.result, csv: undefined } : outcome.result;
      await finish(result, file, url);
      return;
    }
    const { key, params } = outcome.error;
    if (key === 'import.error.tooLarge') {
      ask({ kind: 'large', file, name, url, size: Number(params.size), limit: Number(params.limit) });
      return;
    }
    useUserLayers.getState().fail(name, key, params);
  } catch (e) {
    if (controller === mine) useUserLayers.getState().setJob(null);
    await big.abort();
    useUserLayers.getState().fail(name, 'import.error.internal', {
      file: name,
      detail: e instanceof Error ? e.message : String(e),
    });
  } finally {
    if (controller === mine) controller = null;
  }
}

/** The user's answer to the question on screen. */
export async function answer(
  reply: { kind: 'large' } | { kind: 'csv'; swap: boolean } | { kind: 'crs'; choice: CrsChoiceId } | null,
): Promise<void> {
  const q = useImportQuestion.getState().question;
  ask(null);
  if (!q || !reply || reply.kind !== q.kind) return;
  if (q.kind === 'large') return importBlob(q.file, q.name, { allowLarge: true }, q.url);
  if (q.kind === 'csv' && reply.kind === 'csv') {
    const csv = q.result.csv!;
    if (!reply.swap) return finish({ ...q.result, csv: undefined }, null, q.url);
    return importBlob(
      q.file,
      q.name,
      { allowLarge: true, csvColumns: { lon: csv.lat, lat: csv.lon } },
      q.url,
    );
  }
  if (q.kind === 'crs' && reply.kind === 'crs') {
    // A large projected file is converted into chunks once the user has named its CRS.
    const big = bigReceiver(q.result.fileName, q.url);
    const outcome = await importer().applyCrs(q.result, reply.choice, big.onChunk);
    if (outcome.ok && outcome.result.binary) return big.finish(outcome.result.binary, outcome.result);
    await big.abort();
    if (outcome.ok) return finish({ ...outcome.result, csv: undefined }, null, q.url);
    useUserLayers.getState().fail(q.result.fileName, outcome.error.key, outcome.error.params);
  }
}

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
export async function importUrl(raw: string): Promise<void> {
  let url: URL;
  try {
    url = new URL(raw.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
  } catch {
    useUserLayers.getState().fail(raw, 'userLayers.error.url', { file: raw });
    return;
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
    return;
  }
  let blob: Blob;
  try {
    const res = await fetch(url);
    if (!res.ok) {
      useUserLayers.getState().setJob(null);
      return fail(`HTTP ${res.status}`);
    }
    blob = await res.blob();
  } catch (e) {
    useUserLayers.getState().setJob(null);
    // fetch rejects with a TypeError, whose text is the browser's and in English ("Failed to
    // fetch"), when the server is unreachable or refuses CORS: say that in the user's language.
    if (e instanceof TypeError) {
      useUserLayers.getState().fail(name, 'userLayers.error.network' as MessageKey, { file: name });
      return;
    }
    return fail(e instanceof Error ? e.message : String(e));
  }
  await importBlob(blob, name, {}, url.href);
}
