// Cancellation and progress for long work. `CancelSignal` is satisfied by an AbortSignal too. Work is
// done in chunks with a macrotask yield between them, so a worker can receive a cancel message.
import { CancelledError } from './result';

export interface CancelSignal {
  readonly aborted: boolean;
}

export class CancelToken implements CancelSignal {
  aborted = false;
  cancel(): void {
    this.aborted = true;
  }
}

export interface Progress {
  done: number;
  total: number;
}

export interface LongWorkOptions {
  signal?: CancelSignal;
  onProgress?: (p: Progress) => void;
  /** Items per chunk between yields (default 2000). */
  chunkSize?: number;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Calls fn(i) for i in [0, n) in chunks; throws CancelledError when the signal aborts. */
export async function forEachChunked(
  n: number,
  fn: (i: number) => void,
  options: LongWorkOptions = {},
): Promise<void> {
  const { signal, onProgress, chunkSize = 2000 } = options;
  for (let start = 0; start < n; start += chunkSize) {
    if (signal?.aborted) throw new CancelledError('cancelled');
    const end = Math.min(n, start + chunkSize);
    for (let i = start; i < end; i++) fn(i);
    onProgress?.({ done: end, total: n });
    if (end < n) await yieldToEventLoop();
  }
  if (signal?.aborted) throw new CancelledError('cancelled');
}
