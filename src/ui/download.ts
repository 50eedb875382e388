// The app's one way to save a file: a Blob behind a temporary object URL and a hidden link. The URL
// is revoked later, not at once: the browser reads it after this task.

/** Saves `data` (text, bytes or a Blob) as `fileName` with the MIME type `mime`. */
export function download(fileName: string, data: BlobPart | Blob, mime: string): void {
  const blob = data instanceof Blob ? data : new Blob([data], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
