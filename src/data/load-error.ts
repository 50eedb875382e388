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
