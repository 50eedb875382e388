// What we learned about servers that do not answer Range requests (200 with the whole file).
//
// Once an origin has answered a range request with the whole file, later reads from it ask for
// the whole file straight away (no Range header: no request whose answer we already know), and
// the last whole files downloaded are kept, so panning over a layer on such a server does not
// download it again. Kept per page (module state), as the browser's own connection state is.

/** How many whole files to keep (by URL). They can be large: only the most recent ones. */
const KEEP_WHOLE = 2;

const noRangeOrigins = new Set<string>();
const wholeFiles = new Map<string, Uint8Array>();

function originOf(url: string): string {
  try {
    return new URL(url, globalThis.location?.href).origin;
  } catch {
    return url;
  }
}

/** True once a server of this URL's origin has answered a range request with 200. */
export function rangesUnsupported(url: string): boolean {
  return noRangeOrigins.has(originOf(url));
}

/** Records that the origin of `url` ignores Range, and keeps the file it sent. */
export function markRangesUnsupported(url: string, whole: Uint8Array): void {
  noRangeOrigins.add(originOf(url));
  wholeFiles.delete(url);
  wholeFiles.set(url, whole);
  while (wholeFiles.size > KEEP_WHOLE) wholeFiles.delete(wholeFiles.keys().next().value!);
}

/** Keeps a whole file downloaded from an origin known to ignore Range. */
export function keepWholeFile(url: string, whole: Uint8Array): void {
  if (rangesUnsupported(url)) markRangesUnsupported(url, whole);
}

/** The whole file of `url` if it was kept, else null. */
export function keptWholeFile(url: string): Uint8Array | null {
  return wholeFiles.get(url) ?? null;
}

/** Forgets everything (tests; or after the user changes a server's address). */
export function forgetRangeSupport(): void {
  noRangeOrigins.clear();
  wholeFiles.clear();
}
