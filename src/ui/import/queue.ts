// Imports run one at a time, in the order the user gave the files (issue 10 §1). Before, a file
// dropped while another was still being read cancelled the first, and a dropped batch whose first
// file asked a question (a CSV's columns, a projected file's CRS) had that question wiped by the next
// file: the user lost a file without being told. Now every import waits its turn, the files waiting
// are listed by name under the progress bar, and a question holds the queue until it is answered
// (the files behind it wait: one question at a time, about one named file).
import { create } from 'zustand';

/** The names of the imports waiting their turn, in order (rendered as text). */
export const useImportQueue = create<{ waiting: { id: number; name: string }[] }>()(() => ({
  waiting: [],
}));

let tail: Promise<void> = Promise.resolve();
let nextId = 1;

/**
 * Runs `job` after every import queued before it has been released. `job` gets `release`, to call
 * once the file needs nothing more from the user: at once when it ends (success or failure), or
 * later, when a question it asked is answered. The promise returned settles when `job`'s own promise
 * does (the part before any question), so a caller awaiting an import sees its question on screen.
 * A job that throws releases the queue.
 */
export function enqueueImport(name: string, job: (release: () => void) => Promise<void>): Promise<void> {
  const id = nextId++;
  useImportQueue.setState((s) => ({ waiting: [...s.waiting, { id, name }] }));
  let release!: () => void;
  const released = new Promise<void>((r) => {
    release = r;
  });
  const turn = tail;
  tail = turn.then(() => released);
  return turn.then(async () => {
    useImportQueue.setState((s) => ({ waiting: s.waiting.filter((w) => w.id !== id) }));
    try {
      await job(release);
    } catch (e) {
      release();
      throw e;
    }
  });
}
