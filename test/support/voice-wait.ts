/**
 * The speech engine waits VOICE_WAIT_MS (15 s) for voices to appear before saying there are none, and
 * the guide gives tests no way to pass a shorter wait (a webmaster has no reason to set one). Tests of
 * the no-voice path call this first: for the rest of the test, a timer of exactly that length fires
 * after `firesAfterMs` instead, so the path is the product's own, without 15 s of waiting per test.
 */
import { VOICE_WAIT_MS } from '../../shared/speech/engine.js';

/** Shortens the engine's voice wait until the returned function is called (call it in `afterEach` or a `finally`). */
export function shortenVoiceWait(firesAfterMs = 50): () => void {
  const original = window.setTimeout;
  const shortened = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) =>
    original(handler, timeout === VOICE_WAIT_MS ? firesAfterMs : timeout, ...rest)) as typeof window.setTimeout;
  window.setTimeout = shortened;
  return () => {
    if (window.setTimeout === shortened) window.setTimeout = original;
  };
}
