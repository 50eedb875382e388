// A large layer from a URL, read by the viewport (issue 10 §2): each settled view reads the
// features in its box over HTTP Range in the import worker, and only those are drawn. A read the
// camera has moved away from is aborted (its requests too) and its chunks are never delivered. A
// server that ignores Range is detected on its first answer: the whole file is read once through
// the import path, a notice says so, and no range is asked for again.
//
// Lifecycle: `new ViewportSource(url, client, events, options)`, then `setView(bbox, zoom)` on every
// camera change (debounced here), `destroy()` when the layer is removed. The UI wiring: the map's
// view events call setView; `onChunks` replaces that layer's chunks in the big-layer store;
// `onNotice` shows (or with null, clears) a message under the layer.
import type { BinaryChunk } from '../data/binary/types';
import type { ViewportMessageKey } from '../i18n/viewport-messages';
import type { ImportClient } from '../import/client';
import type { Bbox, ReadFailure, UrlProbe } from '../import/rect-read';

/** A locale key with its parameters (`{file}` and the key's own). */
export interface ViewportNotice {
  key: ViewportMessageKey | ReadFailure['key'];
  params: Record<string, string | number>;
}

export interface ViewportSourceEvents {
  /**
   * Every feature of the layer in `bboxRead` (null: the whole file), in chunks whose ordinals run
   * 0 … n − 1 within this delivery: REPLACE the layer's chunks with these. Called once per read.
   */
  onChunks(chunks: BinaryChunk[], bboxRead: Bbox | null): void;
  /** A notice to show under the layer, or null to clear the one shown. */
  onNotice(notice: ViewportNotice | null): void;
}

export interface ViewportSourceOptions {
  /** The layer's name in notices (default: the URL's last path part). */
  name?: string;
  /** Below this zoom nothing is read and the user is asked to zoom in (see url-reading.ts). */
  minZoom?: number;
  /** Features in the file, for the zoom-in notice. */
  featureCount?: number;
  /** How long the view must stay still before it is read (ms). */
  debounceMs?: number;
  /**
   * The header the probe read (UrlProbe.header): every view's read reuses it instead of fetching
   * it again (two small range requests per read). Without it each read fetches it.
   */
  header?: UrlProbe['header'];
  /**
   * False when the probe found the server ignores Range (it sent the whole file, which the worker
   * kept): the first view then reads the layer whole at once, whatever the zoom, with its notice;
   * waiting for the user to zoom in would hold back a file already downloaded.
   */
  rangeSupported?: boolean;
}

type Client = Pick<ImportClient, 'readRect' | 'readWhole'>;

const contains = (outer: Bbox, inner: Bbox) =>
  outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];

/** The URL's last path part, decoded (the URL itself when it has none or cannot be parsed). */
function lastPathPart(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).pop() ?? url);
  } catch {
    return url;
  }
}

export class ViewportSource {
  /** 'whole' once the server was found to ignore Range: the whole layer is held, views are ignored. */
  state: 'ranges' | 'whole' | 'destroyed' = 'ranges';
  private timer: ReturnType<typeof setTimeout> | null = null;
  private reading: { bbox: Bbox; controller: AbortController } | null = null;
  /** The box of the last read delivered: views inside it need no read. */
  private held: Bbox | null = null;
  private notice: ViewportNotice['key'] | null = null;
  private readonly name: string;
  private readonly minZoom: number;
  private readonly debounceMs: number;

  constructor(
    private readonly url: string,
    private readonly client: Client,
    private readonly events: ViewportSourceEvents,
    private readonly options: ViewportSourceOptions = {},
  ) {
    this.name = options.name ?? lastPathPart(url);
    this.minZoom = options.minZoom ?? 0;
    this.debounceMs = options.debounceMs ?? 200;
  }

  /**
   * The camera's view: `bbox` [minLon, minLat, maxLon, maxLat] (WGS 84) at `zoom`. Aborts the read
   * under way unless its box holds the new view; reads the new view once it has been still for
   * `debounceMs`; below `minZoom` reads nothing and notices `viewport.notice.zoomIn`. On a server
   * known to ignore Range (`rangeSupported: false`) the first view reads the whole layer instead.
   */
  setView(bbox: Bbox, zoom: number): void {
    if (this.state !== 'ranges') return;
    this.clearTimer();
    if (this.options.rangeSupported === false) {
      void this.readWhole();
      return;
    }
    if (zoom < this.minZoom) {
      this.abortRead();
      const params = { file: this.name, count: this.options.featureCount ?? '?' };
      this.show({ key: 'viewport.notice.zoomIn', params });
      return;
    }
    if (this.notice === 'viewport.notice.zoomIn') this.show(null);
    if (this.reading && contains(this.reading.bbox, bbox)) return;
    this.abortRead();
    if (this.held && contains(this.held, bbox)) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.read(bbox);
    }, this.debounceMs);
  }

  /** Stops every read and timer; no callback is called afterwards. */
  destroy(): void {
    this.state = 'destroyed';
    this.clearTimer();
    this.abortRead();
  }

  private async read(bbox: Bbox): Promise<void> {
    const controller = new AbortController();
    const mine = { bbox, controller };
    this.reading = mine;
    const chunks: BinaryChunk[] = [];
    const outcome = await this.client.readRect(this.url, bbox, {
      signal: controller.signal,
      onChunk: (c) => {
        if (!controller.signal.aborted) chunks.push(c);
      },
      ...(this.options.header ? { header: this.options.header } : {}),
    });
    if (this.reading === mine) this.reading = null;
    if (controller.signal.aborted || this.state !== 'ranges') return;
    if (!outcome.ok) return this.show(outcome.error);
    if (outcome.stats.rangeUnsupported) return this.readWhole();
    this.held = bbox;
    if (this.notice?.startsWith('viewport.error') || this.notice?.startsWith('import.error')) this.show(null);
    this.events.onChunks(chunks, bbox);
  }

  /** The fallback for a server without Range: one whole read, then views are no longer read. */
  private async readWhole(): Promise<void> {
    this.state = 'whole';
    const controller = new AbortController();
    this.reading = { bbox: [-180, -90, 180, 90], controller };
    const chunks: BinaryChunk[] = [];
    const outcome = await this.client.readWhole(this.url, {
      signal: controller.signal,
      onChunk: (c) => {
        if (!controller.signal.aborted) chunks.push(c);
      },
    });
    this.reading = null;
    if (controller.signal.aborted) return;
    if (!outcome.ok) return this.show(outcome.error);
    this.events.onChunks(chunks, null);
    this.show({ key: 'viewport.notice.wholeFile', params: { file: this.name } });
  }

  private show(notice: ViewportNotice | null): void {
    if (this.state === 'destroyed') return;
    this.notice = notice?.key ?? null;
    this.events.onNotice(notice);
  }

  private abortRead(): void {
    this.reading?.controller.abort();
    this.reading = null;
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
