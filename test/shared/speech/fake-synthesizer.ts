import type { Synthesizer, UtteranceCallbacks, UtteranceRequest, VoiceInfo } from '../../../shared/speech/synthesizer.js';

export const BRITISH: VoiceInfo = { name: 'British', lang: 'en-GB', localService: true, default: false };
export const AMERICAN: VoiceInfo = { name: 'American', lang: 'en-US', localService: true, default: true };
export const CLOUD_BRITISH: VoiceInfo = { name: 'Cloud British', lang: 'en-GB', localService: false, default: false };

interface Spoken {
  request: UtteranceRequest;
  callbacks: UtteranceCallbacks;
  cancelled: boolean;
}

/** A synthesiser the test drives by hand; cancel() interrupts the utterance in flight, as Chromium does. */
export class FakeSynthesizer implements Synthesizer {
  spoken: Spoken[] = [];
  cancels = 0;
  #voices: VoiceInfo[];
  #listeners = new Set<() => void>();

  constructor(voices: VoiceInfo[] = [BRITISH, AMERICAN]) {
    this.#voices = voices;
  }

  voices(): VoiceInfo[] {
    return this.#voices;
  }

  setVoices(voices: VoiceInfo[]): void {
    this.#voices = voices;
    for (const listener of this.#listeners) listener();
  }

  onVoicesChanged(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  speak(request: UtteranceRequest, callbacks: UtteranceCallbacks): void {
    this.spoken.push({ request, callbacks, cancelled: false });
  }

  cancel(): void {
    this.cancels++;
    for (const s of this.spoken) {
      if (s.cancelled) continue;
      s.cancelled = true;
      s.callbacks.onError('interrupted');
    }
  }

  get last(): Spoken {
    const last = this.spoken.at(-1);
    if (!last) throw new Error('nothing has been spoken');
    return last;
  }

  get texts(): string[] {
    return this.spoken.map((s) => s.request.text);
  }

  /** The engine speaks the last utterance to the end. */
  finishLast(): void {
    const last = this.last;
    last.callbacks.onStart();
    last.cancelled = true;
    last.callbacks.onEnd();
  }
}

/** Timers the test fires by hand. */
export class ManualTimers {
  pending = new Map<number, { callback: () => void; ms: number }>();
  #next = 1;
  set = (callback: () => void, ms: number): unknown => {
    const id = this.#next++;
    this.pending.set(id, { callback, ms });
    return id;
  };
  clear = (handle: unknown): void => {
    this.pending.delete(handle as number);
  };
  fireAll(): void {
    const due = [...this.pending.values()];
    this.pending.clear();
    for (const t of due) t.callback();
  }
}
