// Byte ranges of a remote file over HTTP, whatever way the server answers a Range request.
//
// The package's HttpReader asks for a fixed-size first range (about 13 kB: header plus the top of
// the index), which runs past the end of a small file. Servers answer that, and ranges in general,
// in several ways, all seen in practice:
// - strictly (RFC 9110 §14): 206 with the part that exists, or 416 when the range starts past the
//   end, with `Content-Range: bytes */size`; some answer 416 to any range that overshoots;
// - loosely: 206 with more bytes than asked, or a Content-Range other than the one asked for (a
//   block-aligned start, the whole file);
// - not at all: 200 with the whole file.
// Every answer is placed by its Content-Range (or, without one, at the asked start), cut to what
// was asked, and a whole file, once received, serves every later range from memory: it is never
// downloaded twice. A 200 to a range request marks the origin as one that ignores Range
// (range-support.ts): later reads from it ask for the whole file at once, or reuse the copy kept,
// and `rangeUnsupported` tells the caller, which should say so (the whole file was downloaded).
import { keepWholeFile, keptWholeFile, markRangesUnsupported, rangesUnsupported } from './range-support';
import { FlatGeobufError, type TransferStats } from './types';

interface ContentRange {
  start: number | null;
  end: number | null;
  total: number | null;
}

/** `bytes a-b/n`, `bytes a-b/*` or `bytes * /n` (RFC 9110 §14.4); null when absent or unreadable. */
function parseContentRange(header: string | null): ContentRange | null {
  const m = /^\s*bytes\s+(?:(\d+)-(\d+)|\*)\s*\/\s*(\d+|\*)\s*$/i.exec(header ?? '');
  if (!m) return null;
  const num = (s: string | undefined) => (s === undefined || s === '*' ? null : Number(s));
  return { start: num(m[1]), end: num(m[2]), total: num(m[3]) };
}

export class RangeClient {
  /** The whole file, once a server sent it (200, or a 206 that covers it). */
  private whole: Uint8Array | null = null;
  /** The file's size, once a Content-Range or a whole body told it. */
  private size: number | null = null;
  /** Requests made (for tests: a whole file is fetched once). */
  requests = 0;
  bytesFetched = 0;
  /** True when this origin answered a range request with the whole file (now or before). */
  rangeUnsupported = false;

  constructor(
    private readonly url: string,
    private readonly signal: AbortSignal | undefined,
  ) {
    if (rangesUnsupported(url)) {
      this.rangeUnsupported = true;
      const kept = keptWholeFile(url);
      if (kept) this.keepWhole(kept);
    }
  }

  stats(): TransferStats {
    return {
      requests: this.requests,
      bytesFetched: this.bytesFetched,
      rangeUnsupported: this.rangeUnsupported,
      wholeFile: this.whole !== null,
    };
  }

  /**
   * Bytes [begin, begin + length) of the file, fewer only where the file ends. Throws
   * FlatGeobufError for an HTTP error or an answer that cannot be placed in the file.
   */
  async getRange(begin: number, length: number): Promise<ArrayBuffer> {
    if (this.whole) return copy(this.whole, begin, length);
    if (this.size !== null) length = Math.max(0, Math.min(length, this.size - begin));
    if (length <= 0) return new ArrayBuffer(0);
    // Known to ignore Range: do not ask for a part we would get the whole file for.
    if (this.rangeUnsupported) return this.getWhole(begin, length);
    const response = await this.fetch({ Range: `bytes=${begin}-${begin + length - 1}` });
    const range = parseContentRange(response.headers.get('Content-Range'));
    if (response.status === 416) {
      await response.body?.cancel().catch(() => {});
      if (range?.total != null && (this.size === null || range.total < this.size)) {
        this.size = range.total;
        return this.getRange(begin, length); // now cut to the size the server gave
      }
      return this.getWhole(begin, length);
    }
    if (!response.ok) throw this.httpError(response);
    const body = await this.bodyOf(response);
    if (response.status !== 206) {
      // Range ignored: this is the whole file. Use it, and do not ask this origin for ranges again.
      this.rangeUnsupported = true;
      markRangesUnsupported(this.url, body);
      this.keepWhole(body);
      return copy(body, begin, length);
    }
    const start = range?.start ?? begin;
    if (range?.total != null) this.size = range.total;
    if (start === 0 && this.size !== null && body.length >= this.size) {
      this.keepWhole(body.subarray(0, this.size));
      return copy(this.whole!, begin, length);
    }
    const wanted = this.size === null ? length : Math.min(length, this.size - begin);
    // An answer that starts after the asked start, or stops short of what exists, cannot be used:
    // ask for the whole file instead (once).
    if (start > begin || start + body.length < begin + wanted) {
      if (this.size === null && start <= begin && start + body.length > begin) {
        // No size known and the body stops early: where the file ends (a strict 206).
        return copy(body, begin - start, length);
      }
      return this.getWhole(begin, length);
    }
    return copy(body, begin - start, wanted);
  }

  private async getWhole(begin: number, length: number): Promise<ArrayBuffer> {
    const response = await this.fetch({});
    if (!response.ok || response.status === 206) {
      if (response.ok) await response.body?.cancel().catch(() => {});
      throw this.httpError(response, response.ok ? 'a partial answer to a request for the whole file' : '');
    }
    const body = await this.bodyOf(response);
    keepWholeFile(this.url, body);
    this.keepWhole(body);
    return copy(this.whole!, begin, length);
  }

  private async bodyOf(response: Response): Promise<Uint8Array> {
    const body = new Uint8Array(await response.arrayBuffer());
    this.bytesFetched += body.length;
    return body;
  }

  private keepWhole(body: Uint8Array): void {
    this.whole = body;
    this.size = body.length;
  }

  private fetch(headers: Record<string, string>): Promise<Response> {
    this.requests++;
    return fetch(this.url, { headers, signal: this.signal });
  }

  private httpError(response: Response, what = ''): FlatGeobufError {
    return new FlatGeobufError(
      `${this.url}: HTTP ${response.status} ${response.statusText}${what ? ` (${what})` : ''}`.trim(),
      response.ok ? undefined : response.status,
    );
  }
}

/** A fresh ArrayBuffer of bytes [offset, offset + length), cut at the end of `bytes`. */
function copy(bytes: Uint8Array, offset: number, length: number): ArrayBuffer {
  const from = Math.max(0, Math.min(offset, bytes.length));
  const to = Math.max(from, Math.min(offset + length, bytes.length));
  return bytes.slice(from, to).buffer;
}
