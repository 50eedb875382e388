// papaparse over a CSV's text in pieces, so a large CSV's import shows progress and can be cancelled
// while it is parsed. One Papa.parse call over the whole text used to run from the first byte to
// the last without a break: the worker sent no progress (the bar sat still until the whole file
// was parsed) and could not see a Cancel message until it ended.
//
// Each piece is parsed by papaparse's own chunked reading (`chunk` with `chunkSize`: a row split
// between two pieces is joined with the next piece by papaparse itself, quoted line breaks
// included); after each piece the rows so far are reported, and the parser is paused and resumed
// from a macrotask, which lets the worker's message loop run (the Cancel arrives as a message). A
// piece of CSV_CHUNK_CHARS (1 Mi characters) parses in about 20–30 ms, so a report per piece is a
// few dozen messages per second at most. The cost: papaparse joins each piece's unfinished last
// row to the next and waits a timer per piece; on a 35 MB CSV of 300,000 rows (Node, this machine)
// the parse took 0.95–1.5 s in pieces against 0.7–0.85 s in one call.
import Papa from 'papaparse';

/** Characters of CSV text papaparse parses between two progress reports and cancel checks. */
export const CSV_CHUNK_CHARS = 1 << 20;

export interface CsvRows {
  /** Every non-empty row, the header first, as papaparse gives them. */
  rows: string[][];
  /** The delimiter used (the given one, or papaparse's guess from the text's first rows). */
  delimiter: string;
}

export interface CsvParseOptions {
  /** The delimiter ('' or absent: guessed by papaparse from the text's first rows, as before). */
  delimiter?: string;
  /** Characters per piece (tests use small pieces); CSV_CHUNK_CHARS by default. */
  chunkChars?: number;
  /** Aborting rejects the parse with `signal.reason` at the next break between pieces. */
  signal?: AbortSignal;
  /**
   * Called after each piece: `chars` of the text parsed so far (UTF-16 code units, the end of the
   * last whole row) and `rows` read so far (the header included).
   */
  onPiece?: (chars: number, rows: number) => void;
}

/**
 * Parses `text` (no BOM) into rows, as `Papa.parse(text, { header: false, skipEmptyLines: true,
 * delimiter })` would, in pieces with a break between them. Rejects with `signal.reason` when the
 * signal aborts (checked after each piece); papaparse's row errors (a missing closing quote…) are
 * not errors here, as before: such a row is kept as papaparse read it.
 */
export function parseCsvRows(text: string, options: CsvParseOptions = {}): Promise<CsvRows> {
  const { signal, onPiece } = options;
  // The delimiter and line break are guessed once, from the text's start as papaparse's chunked
  // reading at CSV_CHUNK_CHARS would (its guesses read the first ten rows and the first MiB), so a
  // smaller piece size reads the same rows; given to every piece, they are never guessed again.
  const start = Papa.parse<string[]>(text.slice(0, CSV_CHUNK_CHARS), {
    header: false,
    skipEmptyLines: true,
    delimiter: options.delimiter ?? '',
    preview: 10,
  }).meta;
  const { delimiter } = start;
  const linebreak = (['\r\n', '\n', '\r'] as const).find((b) => b === start.linebreak);
  return new Promise<CsvRows>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const rows: string[][] = [];
    let settled = false;
    Papa.parse<string[]>(text, {
      header: false,
      skipEmptyLines: true,
      delimiter,
      ...(linebreak ? { newline: linebreak } : {}),
      chunkSize: options.chunkChars ?? CSV_CHUNK_CHARS,
      // The typings say `chunk` is for files; papaparse's StringStreamer reads a string in
      // `chunkSize` pieces the same way (the overload for files and strings types it).
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        // A loop, not push(...data): a piece may hold more rows than a call's argument limit.
        for (const row of results.data) rows.push(row);
        onPiece?.(results.meta.cursor, rows.length);
        // Paused after every piece, the last too: papaparse calls `complete` once that is resumed.
        parser.pause();
        setTimeout(() => {
          if (settled) return;
          if (signal?.aborted) {
            // Left paused: nothing holds the parser, and its rows go with it.
            settled = true;
            reject(signal.reason);
          } else parser.resume();
        }, 0);
      },
      complete: () => {
        if (settled) return;
        settled = true;
        resolve({ rows, delimiter });
      },
    });
  });
}

/**
 * The UTF-8 byte length of `s.slice(from, to)`, for text that is well-formed UTF-16 (as a fatal
 * UTF-8 decode gives): 1 byte below U+0080, 2 below U+0800, 4 for a surrogate pair, else 3.
 */
export function utf8Length(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
