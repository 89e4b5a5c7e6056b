/**
 * Waits, in the browser under test, until `check` passes.
 *
 * The limit is time, not a count of tries: a cold CI machine loads a lazy chunk
 * (Listen, Welsh) far slower than a warm laptop, and a count of 5 ms sleeps
 * becomes a hidden speed budget. Budgets belong in the benchmarks.
 */
export async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
