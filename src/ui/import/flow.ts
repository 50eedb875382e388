// The import flow behind the import UI (issue 10 §1): a file (dropped, picked or fetched from a URL)
// goes through the engine's worker with progress and cancel; a question (a file over the size limit,
// a CSV's coordinate columns, a projected file's CRS) waits for the user; a result becomes a layer;
// a failure becomes a row naming the file and the problem. Nothing already loaded is touched.
// Imports take turns (queue.ts): a file dropped during another's import waits, it never cancels it.
import { create } from 'zustand';
import { createImportClient, type ImportClient } from '../../import/client';
import type { CrsChoiceId } from '../../import/crs';
import type { ImportResult } from '../../import/types';
import { removeBigLayer } from '../../state/big-layers';
import { useBigLayers } from '../../state/big-layers-store';
import { addUserLayer, useUserLayers } from '../../state/user-layers';
import { bigReceiver } from './big-import';
import { enqueueImport } from './queue';

export type Question =
  | { kind: 'large'; file: Blob; name: string; url?: string; size: number; limit: number }
  | {
      kind: 'csv';
      file: Blob;
      name: string;
      url?: string;
      result: ImportResult;
      /** A large CSV is on the map already, as this layer: "swap" replaces it. */
      replaces?: string;
    }
  | { kind: 'crs'; result: ImportResult; url?: string };

export const useImportQuestion = create<{ question: Question | null }>()(() => ({ question: null }));
/** Lets the next queued import start once the question on screen is answered. */
let releaseQuestion: (() => void) | null = null;
const ask = (question: Question, release: () => void) => {
  releaseQuestion = release;
  useImportQuestion.setState({ question });
};
/** Takes the question off the screen; returns the release of its import (null when none). */
function takeQuestion(): (() => void) | null {
  const release = releaseQuestion;
  releaseQuestion = null;
  useImportQuestion.setState({ question: null });
  return release;
}

let client: ImportClient | null = null;
let controller: AbortController | null = null;
/** The worker client, made on first use. */
export const importer = (): ImportClient => {
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

/**
 * An AbortController that Cancel (cancelImport) aborts, for the steps before runImport in an
 * import's turn (a URL's probe and download); runImport then takes Cancel over with its own.
 */
export function cancellableStep(): AbortController {
  controller = new AbortController();
  return controller;
}

async function finish(
  result: ImportResult,
  file: Blob | null,
  url: string | undefined,
  release: () => void,
): Promise<void> {
  if (result.crsQuestion) return ask({ kind: 'crs', result, url }, release);
  if (result.csv && file) return ask({ kind: 'csv', file, name: result.fileName, url, result }, release);
  try {
    const id = await addUserLayer(result.fileName, result.features, url, result);
    useUserLayers.setState({ added: { id, fileName: result.fileName, count: result.features.length } });
  } finally {
    release();
  }
}

type ImportOptions = { allowLarge?: boolean; csvColumns?: { lon?: string; lat?: string; wkt?: string } };

/**
 * Imports `file` under `name` once the imports queued before it are done. `options.allowLarge`
 * after the user agreed to a large file; `options.csvColumns` after the user changed a CSV's
 * columns. `url`: where it was fetched from. Settles when the layer is added, the failure row shown,
 * or a question about the file is on screen.
 */
export function importBlob(
  file: Blob,
  name: string,
  options: ImportOptions = {},
  url?: string,
): Promise<void> {
  return enqueueImport(name, (release) => runImport(file, name, options, url, release));
}

/**
 * One import, in its turn; `release` lets the next one start (see queue.ts). `replaces`: the large
 * layer this import is to replace (a swap): a large layer it makes takes that layer's title.
 */
export async function runImport(
  file: Blob,
  name: string,
  options: ImportOptions,
  url: string | undefined,
  release: () => void,
  replaces?: string,
): Promise<void> {
  const users = useUserLayers.getState();
  controller = new AbortController();
  const mine = controller;
  // The size is known before the first byte is read (the bar said "0 / 0 byte" until then).
  users.setJob({ fileName: name, progress: { bytesRead: 0, totalBytes: file.size, featuresRead: 0 } });
  // A file of BIG_LAYER_FEATURES or more arrives as binary chunks while it is read.
  const big = bigReceiver(name, url, replaces);
  let read = false;
  try {
    const outcome = await importer().importFile(file, {
      name,
      signal: mine.signal,
      // Progress comes over its own Comlink channel: its last message can arrive after the result,
      // and must not put the finished job's bar (and a Cancel that does nothing) back.
      onProgress: (progress) => {
        if (controller === mine && !read) useUserLayers.getState().setJob({ fileName: name, progress });
      },
      onChunk: big.onChunk,
      ...options,
    });
    read = true;
    if (controller === mine) useUserLayers.getState().setJob(null);
    if (outcome.ok && outcome.result.binary) {
      await big.finish(outcome.result.binary, outcome.result);
      const added = big.layerId();
      if (added)
        useUserLayers.setState({ added: { id: added, fileName: name, count: outcome.result.binary.count } });
      // A large CSV is drawn as its chunks arrive, so its detected columns are confirmed afterwards.
      const { csv } = outcome.result;
      const replaces = big.layerId();
      if (csv && !csv.wkt && !options.csvColumns && replaces) {
        return ask({ kind: 'csv', file, name, url, result: outcome.result, replaces }, release);
      }
      return release();
    }
    await big.abort();
    if (outcome.ok) {
      // A CSV whose columns the user already confirmed is not asked about again.
      const result = options.csvColumns ? { ...outcome.result, csv: undefined } : outcome.result;
      return await finish(result, file, url, release);
    }
    const { key, params } = outcome.error;
    if (key === 'import.error.tooLarge') {
      const { size, limit } = params;
      return ask({ kind: 'large', file, name, url, size: Number(size), limit: Number(limit) }, release);
    }
    useUserLayers.getState().fail(name, key, params);
    release();
  } catch (e) {
    read = true;
    if (controller === mine) useUserLayers.getState().setJob(null);
    await big.abort();
    useUserLayers.getState().fail(name, 'import.error.internal', {
      file: name,
      detail: e instanceof Error ? e.message : String(e),
    });
    release();
  } finally {
    if (controller === mine) controller = null;
  }
}

/** The user's answer to the question on screen. */
export async function answer(
  reply: { kind: 'large' } | { kind: 'csv'; swap: boolean } | { kind: 'crs'; choice: CrsChoiceId } | null,
): Promise<void> {
  const q = useImportQuestion.getState().question;
  const release = takeQuestion() ?? (() => {});
  if (!q || !reply || reply.kind !== q.kind) {
    // "Never mind" about a large CSV already drawn takes it away again.
    if (q?.kind === 'csv' && q.replaces && !reply) await removeBigLayer(q.replaces);
    return release();
  }
  // The follow-up runs in the question's turn (the queue still waits on `release`).
  if (q.kind === 'large') return runImport(q.file, q.name, { allowLarge: true }, q.url, release);
  if (q.kind === 'csv' && reply.kind === 'csv') {
    const csv = q.result.csv!;
    if (!reply.swap) {
      if (q.replaces) return release();
      return finish({ ...q.result, csv: undefined }, null, q.url, release);
    }
    const columns = { lon: csv.lat, lat: csv.lon };
    if (!q.replaces)
      return runImport(q.file, q.name, { allowLarge: true, csvColumns: columns }, q.url, release);
    // The large layer read with the detected columns goes only once the swapped read has succeeded.
    const failed = useUserLayers.getState().failures.length;
    const before = new Set(Object.keys(useBigLayers.getState().layers));
    await runImport(q.file, q.name, { allowLarge: true, csvColumns: columns }, q.url, release, q.replaces);
    if (useUserLayers.getState().failures.length !== failed) return;
    // A swap that places no feature anywhere is not a better reading: keep the first, say so.
    const added = Object.values(useBigLayers.getState().layers).find((l) => !before.has(l.id));
    if (added && added.summary?.bbox === null && useBigLayers.getState().layers[q.replaces]?.summary?.bbox) {
      await removeBigLayer(added.id);
      useUserLayers.getState().fail(q.name, 'import.error.swapNowhere', { file: q.name });
      return;
    }
    await removeBigLayer(q.replaces);
    return;
  }
  if (q.kind !== 'crs' || reply.kind !== 'crs') return release();
  try {
    // A large projected file is converted into chunks once the user has named its CRS.
    const big = bigReceiver(q.result.fileName, q.url);
    const outcome = await importer().applyCrs(q.result, reply.choice, big.onChunk);
    if (outcome.ok && outcome.result.binary) return await big.finish(outcome.result.binary, outcome.result);
    await big.abort();
    if (outcome.ok) return await finish({ ...outcome.result, csv: undefined }, null, q.url, () => {});
    useUserLayers.getState().fail(q.result.fileName, outcome.error.key, outcome.error.params);
  } finally {
    release();
  }
}
