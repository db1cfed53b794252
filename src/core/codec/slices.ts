/**
 * Long work in slices, so a page stays responsive while a large file is read. The work is a
 * generator that yields its progress (0 to 1) after each small step; `runSteps` runs it to the end
 * at once, `runInSlices` a few milliseconds at a time with a turn for the page in between. One
 * reader, two ways to run it. No DOM.
 */

export interface SliceOptions {
  /** Called between slices with the share of the work done so far, from 0 to 1 (1 at the end). */
  onProgress?: (share: number) => void;
  /** Stops the work between two slices: the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** The longest a slice works before it gives the page a turn, in milliseconds. */
const SLICE_MS = 8;

/** Runs steps to the end at once and returns their result. */
export function runSteps<T>(steps: Generator<number, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs steps in slices of about 8 ms, each a task of its own; resolves to their result. */
export async function runInSlices<T>(
  steps: Generator<number, T, void>,
  options: SliceOptions = {},
): Promise<T> {
  const { onProgress, signal } = options;
  let sliceEnd = performance.now() + SLICE_MS;
  for (;;) {
    const step = steps.next();
    if (step.done) {
      onProgress?.(1);
      return step.value;
    }
    if (performance.now() >= sliceEnd) {
      onProgress?.(step.value);
      await nextTask();
      signal?.throwIfAborted();
      sliceEnd = performance.now() + SLICE_MS;
    }
  }
}

/**
 * A new task, so the page can handle input and paint before the next slice. A message, not
 * setTimeout (nested timeouts wait at least 4 ms each) nor scheduler.yield (Chromium runs its
 * continuations ahead of painting, for up to 100 ms).
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
