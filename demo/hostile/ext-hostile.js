// Shared by the hostile fixture pages for the Record Access Aids extension's hardening tests.
// Fictional pages: nothing here is a real portal or a real patient.
// Records, in the page's own world, every long task and long animation frame, so a test can ask the
// page how long its main thread was ever blocked after a moment it names.
(() => {
  const blocks = [];
  const watch = (type) => {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const block = { type, start: entry.startTime, duration: entry.duration };
          // A long animation frame says which scripts ran in it and when rendering began, for diagnosis.
          if (type === 'long-animation-frame') {
            block.styleAndLayoutMs = entry.startTime + entry.duration - entry.styleAndLayoutStart;
            block.scripts = entry.scripts.map((script) => `${script.invoker} ${script.sourceURL.split('/').pop()} ${Math.round(script.duration)} ms`);
          }
          blocks.push(block);
        }
      }).observe({ type, buffered: true });
    } catch {
      // This browser does not report that entry type; the other one still counts.
    }
  };
  watch('longtask');
  watch('long-animation-frame');
  // Kept before any fixture script breaks them, so the tests' probes work on every page.
  const nativeNow = performance.now.bind(performance);
  const NativePromise = Promise;
  const nativeFrame = requestAnimationFrame.bind(window);
  window.hostileFixture = {
    /** The longest block (ms) of one type ('longtask' or 'long-animation-frame') that started at or after `since` (a performance.now() value). */
    longestBlockSince: (since, type) => blocks.filter((b) => b.start >= since && b.type === type).reduce((max, b) => Math.max(max, b.duration), 0),
    now: () => nativeNow(),
    /** The longest blocks since `since`, longest first, with what a long animation frame knows of them. */
    blocksSince: (since) =>
      blocks
        .filter((b) => b.start >= since)
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 5),
    /** Resolves after the page has rendered a frame and run a task: proof that it still answers. */
    nextFrame: () => new NativePromise((resolve) => nativeFrame(() => setTimeout(resolve, 0))),
  };
})();
