/**
 * The speech engine waits VOICE_WAIT_MS (15 s) for voices to appear before saying there are none, and
 * the guide gives tests no way to pass a shorter wait (a webmaster has no reason to set one). Tests of
 * the no-voice path shorten it: for the rest of the test, a timer of exactly that length fires after
 * `firesAfterMs` instead, so the path is the product's own, without 15 s of waiting per test.
 */
import { VOICE_WAIT_MS } from '../../shared/speech/engine.js';

/**
 * Makes every timer of `waitMs` in this window fire after `firesAfterMs`; returns the undo. Self-contained, so
 * Playwright can run it in a page too (`page.addInitScript(shortenTimersOf, { waitMs: VOICE_WAIT_MS, ... })`).
 */
export function shortenTimersOf({ waitMs, firesAfterMs }: { waitMs: number; firesAfterMs: number }): () => void {
  const original = window.setTimeout;
  const shortened = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) =>
    original(handler, timeout === waitMs ? firesAfterMs : timeout, ...rest)) as typeof window.setTimeout;
  window.setTimeout = shortened;
  return () => {
    if (window.setTimeout === shortened) window.setTimeout = original;
  };
}

/** Shortens the engine's voice wait until the returned function is called (call it in `afterEach` or a `finally`). */
export function shortenVoiceWait(firesAfterMs = 50): () => void {
  return shortenTimersOf({ waitMs: VOICE_WAIT_MS, firesAfterMs });
}
