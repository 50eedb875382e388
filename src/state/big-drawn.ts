// The rendezvous between a large import and the map that draws it (issue 10 §4: "the first features
// are drawn before the file is fully read"). The import's first chunk is answered only once the map
// has drawn it (big-import.ts), and the worker reads on after that answer (`transferring` in
// src/import/binary.ts). Without the wait, a 45 MB file was read and decoded in about a second while
// the first draw (deck.gl loaded, its WebGL set-up, the chunk's upload: 1–3 s on software WebGL)
// waited behind the main thread's work on the later chunks: the features appeared only when the file
// was read. The wait has a ceiling: a map in a background tab does not render at all.
// Loaded with the import and with deck.gl (big-draw.ts), never with the embed's first paint.

const waiting = new Map<string, Set<() => void>>();

/**
 * The map has drawn `layers` (by `id`) as they are now (each chunk near the view handed to
 * deck.gl, a frame rendered; a layer hidden or out of view counts as drawn): their waits end.
 */
export function bigLayersDrawn(layers: Iterable<{ id: string }>): void {
  for (const { id } of layers) {
    const ends = waiting.get(id);
    if (!ends) continue;
    waiting.delete(id);
    for (const end of ends) end();
  }
}

/**
 * Resolves once the map reports layer `id` drawn (bigLayersDrawn), after `ms` milliseconds at the
 * latest, or when `signal` aborts; never rejects.
 */
export function whenBigLayerDrawn(id: string, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const ends = waiting.get(id) ?? new Set<() => void>();
    waiting.set(id, ends);
    const end = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', end);
      ends.delete(end);
      if (ends.size === 0 && waiting.get(id) === ends) waiting.delete(id);
      resolve();
    };
    const timer = setTimeout(end, ms);
    signal?.addEventListener('abort', end);
    ends.add(end);
  });
}
