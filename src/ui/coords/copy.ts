// Copying text with the asynchronous Clipboard API. Browsers refuse it on an insecure page, without
// a user gesture, or when the person denied the permission; the caller then selects the text for
// Ctrl+C and says so.

/** The part of `navigator.clipboard` used here (a parameter, so tests can hand in their own). */
export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

/** 'copied' when the clipboard took the text, 'failed' when there is none or it refused. */
export async function copyText(
  text: string,
  clipboard: ClipboardLike | undefined = typeof navigator === 'undefined' ? undefined : navigator.clipboard,
): Promise<'copied' | 'failed'> {
  try {
    if (!clipboard) return 'failed';
    await clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}

/** Selects the text of `el` (after a refused copy, so Ctrl+C copies it). */
export function selectText(el: Element | null): void {
  if (!el || typeof window === 'undefined') return;
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
}
