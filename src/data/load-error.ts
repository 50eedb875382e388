// Why a catalog or layer did not load, as a kind the UI words in the user's language; the error's
// message keeps the technical detail (URL, HTTP status, what the reader found) for the curious.

export const LOAD_ERROR_KINDS = ['network', 'http', 'format', 'missing'] as const;
export type LoadErrorKind = (typeof LOAD_ERROR_KINDS)[number];

export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/** The kind of any error from loading; an unexpected one counts as a bad file. */
export function loadErrorKind(err: unknown): LoadErrorKind {
  return err instanceof LoadError ? err.kind : 'format';
}

/**
 * Whether `response` is an HTML page: what a dev server or a static host with a single-page-app
 * fallback sends for a file it does not have (status 200), so the data was not built or not deployed.
 * Reported as 'http' (the server lacks the file), not as a damaged file (a newcomer read "the file is
 * damaged" for a catalog.json that did not exist).
 */
export function isHtmlPage(response: Response): boolean {
  return /^text\/html\b/i.test(response.headers.get('content-type') ?? '');
}
