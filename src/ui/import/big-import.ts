// The import of a large file on the main thread (issue 10 §2): the worker sends the layer's chunks
// through `onChunk` as it reads (the first before the file is fully read), and its result carries the
// layer's summary instead of features. The first chunk makes the layer, so it is drawn at once; a
// failed or cancelled import takes the partial layer away again. Later chunks are handed to the
// stores together, at most every APPEND_MS: each hand-over re-renders the side panel and the map's
// input (≈ 10 ms a time in a CPU profile of a 1M import, 277 chunks: 2.4 s of React of the main
// thread's 5.5 s busy), and the main thread's time is what a 2-core machine shares with the
// worker that decodes.
import type { BinaryChunk, BinaryLayerSummary } from '../../data/binary/types';
import { whenBigLayerDrawn } from '../../state/big-drawn';
import { appendChunks, beginBigLayer, finishBigLayer, removeBigLayer } from '../../state/big-layers';
import type { ImportReport } from '../../state/user-layers';

/** How long arriving chunks wait to be handed to the stores together (see above). */
const APPEND_MS = 150;
/**
 * The longest the import waits for its first chunk to be drawn. The first draw of a session loads
 * deck.gl and sets up its WebGL: on the test machine's software WebGL 1–3 s, on a GPU a fraction
 * of a second; a background tab draws nothing, and its import goes on after this.
 */
const FIRST_DRAW_MS = 4000;

/**
 * Whether a map is on the page to draw the layer (MapLibre's container class). Asked of the page,
 * not of a registry in the map's code: that code is in the embed's first paint, where every byte is
 * counted, and the answer only matters here.
 */
const mapOnPage = (): boolean =>
  typeof document !== 'undefined' && document.querySelector('.maplibregl-map') !== null;

export interface BigReceiver {
  /**
   * Hand to the import client: each chunk as it arrives. The first one's promise resolves once the
   * map has drawn it (at once when no map is mounted); the others' at once.
   */
  onChunk: (chunk: BinaryChunk) => Promise<void> | undefined;
  /** The import succeeded with this summary: the layer is complete (and saved). */
  finish: (summary: BinaryLayerSummary, report?: ImportReport) => Promise<void>;
  /** The import failed or was cancelled: the chunks shown so far are removed. */
  abort: () => Promise<void>;
  /** The large layer made by the chunks (null before the first one). */
  layerId: () => string | null;
}

/**
 * A receiver for one import of `fileName` (from `url` when fetched). `replaces`: the layer this
 * import is to replace (its title goes to the new layer; the caller removes the old one).
 */
export function bigReceiver(fileName: string, url?: string, replaces?: string): BigReceiver {
  let id: string | null = null;
  let closed = false;
  let waiting: BinaryChunk[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const ended = new AbortController();
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (id !== null) appendChunks(id, waiting);
    waiting = [];
  };
  return {
    onChunk: (chunk) => {
      if (closed) return;
      if (id === null) {
        id = beginBigLayer(fileName, chunk, url, replaces);
        return mapOnPage() ? whenBigLayerDrawn(id, FIRST_DRAW_MS, ended.signal) : undefined;
      }
      waiting.push(chunk);
      timer ??= setTimeout(flush, APPEND_MS);
    },
    finish: async (summary, report) => {
      closed = true;
      flush();
      if (id !== null) await finishBigLayer(id, summary, report);
    },
    abort: async () => {
      closed = true;
      ended.abort();
      if (timer !== null) clearTimeout(timer);
      waiting = [];
      if (id !== null) await removeBigLayer(id);
      id = null;
    },
    layerId: () => id,
  };
}
