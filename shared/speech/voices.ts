import type { VoiceInfo } from './synthesizer.js';

/**
 * Picks the voice to read with, from local voices only: the one the person chose if it is still there,
 * else one for the exact language (en-GB), else the same base language (en), preferring the
 * system default within each group. Undefined when there is no local voice at all.
 */
export function chooseVoice(voices: readonly VoiceInfo[], lang: string, preferredName?: string): VoiceInfo | undefined {
  const local = voices.filter((v) => v.localService);
  if (preferredName) {
    const chosen = local.find((v) => v.name === preferredName);
    if (chosen) return chosen;
  }
  const normalise = (tag: string) => tag.replace('_', '-').toLowerCase();
  const wanted = normalise(lang);
  const base = wanted.split('-')[0] ?? wanted;
  const exact = local.filter((v) => normalise(v.lang) === wanted);
  const sameBase = local.filter((v) => normalise(v.lang).split('-')[0] === base);
  for (const group of [exact, sameBase]) {
    const pick = group.find((v) => v.default) ?? group[0];
    if (pick) return pick;
  }
  return undefined;
}

/** Resolves with the voices once the synthesiser has any, or with none after `timeoutMs` (voices load late in Chromium). */
export function waitForVoices(
  source: { voices(): VoiceInfo[]; onVoicesChanged(listener: () => void): () => void },
  timeoutMs: number,
): Promise<VoiceInfo[]> {
  const now = source.voices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const stop = source.onVoicesChanged(() => {
      const voices = source.voices();
      if (voices.length === 0) return;
      clearTimeout(timer);
      stop();
      resolve(voices);
    });
    const timer = setTimeout(() => {
      stop();
      resolve(source.voices());
    }, timeoutMs);
  });
}
