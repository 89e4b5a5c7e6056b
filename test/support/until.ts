/**
 * Waits, in the browser under test, until `check` passes.
 *
 * The limit is time, not a count of tries: a cold CI machine loads a lazy chunk
 * (Listen, Welsh) far slower than a warm laptop, and a count of 5 ms sleeps
 * becomes a hidden speed budget. Budgets belong in the benchmarks.
 * `check` may be async (an IndexedDB read, say); it is asked again 5 ms after each answer.
 */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
