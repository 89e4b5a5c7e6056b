import type { VoiceInfo } from './synthesizer.js';

/**
 * Firefox on Linux speaks through speech-dispatcher, a service on this computer, and gives its voices
 * URIs with this prefix. It reports every one of them `localService: false`, because it cannot see
 * which synthesiser speech-dispatcher runs; Chromium reports the same voices `localService: true`.
 */
const SPEECH_DISPATCHER_URI = 'urn:moz-tts:speechd:';

/**
 * Whether a voice runs on this device, so text read with it does not leave it: the browser says so,
 * or it is one of Firefox's speech-dispatcher voices (see SECURITY.md, "Read aloud"). Network voices
 * (Chrome's "Google ..." voices, reported `localService: false` with no such URI) are never used.
 */
export function isOnDevice(voice: VoiceInfo): boolean {
  return voice.localService || (voice.voiceURI?.startsWith(SPEECH_DISPATCHER_URI) ?? false);
}

/**
 * Picks the voice to read with, from on-device voices only (`isOnDevice`): the one the person chose if it is still there,
 * else one for the exact language (en-GB), else the same base language (en), preferring the
 * system default within each group. Undefined when there is no local voice at all.
 */
export function chooseVoice(voices: readonly VoiceInfo[], lang: string, preferredName?: string): VoiceInfo | undefined {
  const local = voices.filter(isOnDevice);
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
export function waitForVoices(source: { voices(): VoiceInfo[]; onVoicesChanged(listener: () => void): () => void }, timeoutMs: number): Promise<VoiceInfo[]> {
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
