// Runs a stepwise computation in slices of about SLICE_MS, yielding to the browser between them, so a large
// deck's history never blocks input for long (the budget: no task over 100 ms).

/** Longest run of steps before the browser gets the main thread back. */
export const SLICE_MS = 25;

/** Drives `steps` to its end, pausing every SLICE_MS; resolves with its return value. */
export async function runSliced<T>(steps: Generator<void, T>): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
}
