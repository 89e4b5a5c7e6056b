/**
 * What the speech engine needs from a synthesiser. The Web Speech API implements it in browsers;
 * tests drive a fake one, so queueing, pausing, stalls and missing voices can be tested exactly.
 */

export interface VoiceInfo {
  name: string;
  lang: string;
  /** True when the browser says the voice runs on this device. See `isOnDevice` for the one exception. */
  localService: boolean;
  default: boolean;
  /** The browser's identifier for the voice (`SpeechSynthesisVoice.voiceURI`). */
  voiceURI?: string;
}

export interface UtteranceRequest {
  text: string;
  lang: string;
  /** 0.5 to 2; 1 is the voice's normal speed. */
  rate: number;
  voice: VoiceInfo;
}

export interface UtteranceCallbacks {
  onStart(): void;
  onEnd(): void;
  /** `reason` is the engine's error code, e.g. 'synthesis-failed', 'not-allowed', 'interrupted'. */
  onError(reason: string): void;
  /** A word boundary, relative to the utterance text. Not every engine sends these. */
  onWord(charIndex: number, charLength: number | undefined): void;
}

export interface Synthesizer {
  voices(): VoiceInfo[];
  /** Calls `listener` when the voice list changes; returns a function that stops listening. */
  onVoicesChanged(listener: () => void): () => void;
  speak(request: UtteranceRequest, callbacks: UtteranceCallbacks): void;
  /** Stops the current utterance and drops any queued ones. */
  cancel(): void;
}

/** The browser's own speech synthesis (Web Speech API). */
export class WebSpeechSynthesizer implements Synthesizer {
  readonly #synthesis: SpeechSynthesis;

  constructor(synthesis: SpeechSynthesis = window.speechSynthesis) {
    this.#synthesis = synthesis;
  }

  voices(): VoiceInfo[] {
    return this.#synthesis.getVoices();
  }

  onVoicesChanged(listener: () => void): () => void {
    this.#synthesis.addEventListener('voiceschanged', listener);
    return () => this.#synthesis.removeEventListener('voiceschanged', listener);
  }

  speak(request: UtteranceRequest, callbacks: UtteranceCallbacks): void {
    const utterance = new SpeechSynthesisUtterance(request.text);
    utterance.lang = request.lang;
    utterance.rate = request.rate;
    const voice = this.#synthesis.getVoices().find((v) => v.name === request.voice.name && v.lang === request.voice.lang);
    if (voice) utterance.voice = voice;
    utterance.addEventListener('start', () => callbacks.onStart());
    utterance.addEventListener('end', () => callbacks.onEnd());
    utterance.addEventListener('error', (event) => callbacks.onError(event.error));
    utterance.addEventListener('boundary', (event) => {
      if (event.name === 'word') callbacks.onWord(event.charIndex, event.charLength);
    });
    this.#synthesis.speak(utterance);
  }

  cancel(): void {
    this.#synthesis.cancel();
  }
}
