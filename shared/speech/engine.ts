/**
 * Reads text aloud through a Synthesizer: one utterance per unit (see TextUnits), with progress
 * events for highlighting, and play, pause, resume, stop, skip and rate.
 *
 * Why one utterance per unit: engines report progress reliably only at utterance start and end (word
 * boundaries are missing on many), and short utterances avoid the stalls some engines have on long ones.
 * Why pause is "stop, then start the unit again": pause/resume is unsupported or broken on several
 * engines (speech-dispatcher on Linux among them); restarting a sentence works everywhere.
 */
import { SpeechFinishedEvent, SpeechProblemEvent, SpeechStateEvent, SpeechUnitEvent, SpeechWordEvent, type SpeechProblem, type SpeechState } from './events.js';
import type { Synthesizer, VoiceInfo } from './synthesizer.js';
import { TextUnits, type TextUnit } from './text-units.js';
import { chooseVoice, isOnDevice, waitForVoices } from './voices.js';

export interface SpeechEngineOptions {
  synthesizer: Synthesizer;
  /** BCP 47 language of the text, e.g. 'en-GB' (also used to choose the voice). */
  lang?: string;
  /** 0.5 to 2. */
  rate?: number;
  /** A voice the person chose; used when it is still installed and local. */
  voiceName?: string;
  /** How long to wait for voices to appear before saying there are none (speech-dispatcher needs seconds). */
  voiceWaitMs?: number;
  /** Timers, replaceable in tests. */
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** Speech rates, by characters per second at rate 1: generous, so slow voices are not cut off. */
const SLOWEST_CHARS_PER_SECOND = 8;
/**
 * How long to wait for the first voices before saying there are none. Firefox on Linux lists
 * speech-dispatcher's voices only once a page has asked, all at once, seconds later: 8.7 s was measured on a
 * busy 2-core machine (test/firefox/guide.spec.ts), so 5 s told people with voices that they had none.
 */
export const VOICE_WAIT_MS = 15_000;
const STALL_GRACE_MS = 4000;
const MAX_RETRIES = 1;

export function clampRate(rate: number): number {
  return Number.isFinite(rate) ? Math.min(2, Math.max(0.5, rate)) : 1;
}

/**
 * Holds its EventTarget rather than extending it: in Firefox content scripts an object built by a
 * subclass of a DOM class such as EventTarget is the DOM object alone, and the subclass's own methods
 * (play, stop...) are missing from it.
 */
export class SpeechEngine {
  readonly #events = new EventTarget();
  readonly #synth: Synthesizer;
  readonly #lang: string;
  readonly #voiceWaitMs: number;
  readonly #setTimer: (callback: () => void, ms: number) => unknown;
  readonly #clearTimer: (handle: unknown) => void;
  #rate: number;
  #voiceName: string | undefined;
  #units: TextUnits | undefined;
  #current: TextUnit | undefined;
  #state: SpeechState = 'idle';
  /** Identifies the utterance in flight; callbacks from cancelled utterances carry an older one and are ignored. */
  #utteranceId = 0;
  #watchdog: unknown;
  #retries = 0;
  /** False while the text is still being prepared and more may be appended (see `extendText`). */
  #complete = true;
  /** The offset reading is waiting at, for text that has not been prepared yet. */
  #waitingAt: number | undefined;
  /** Counts play() calls, so one that was overtaken while waiting for voices gives up. */
  #playId = 0;

  constructor(options: SpeechEngineOptions) {
    this.#synth = options.synthesizer;
    this.#lang = options.lang ?? 'en-GB';
    this.#rate = clampRate(options.rate ?? 1);
    this.#voiceName = options.voiceName;
    this.#voiceWaitMs = options.voiceWaitMs ?? VOICE_WAIT_MS;
    this.#setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.#clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  }

  /** Listens for the engine's events (SpeechUnitEvent.type, SpeechStateEvent.type, ...). */
  addEventListener(type: string, listener: (event: Event) => void, options?: AddEventListenerOptions): void {
    this.#events.addEventListener(type, listener, options);
  }

  removeEventListener(type: string, listener: (event: Event) => void): void {
    this.#events.removeEventListener(type, listener);
  }

  #emit(event: Event): void {
    this.#events.dispatchEvent(event);
  }

  get state(): SpeechState {
    return this.#state;
  }

  /** The unit being read, or paused at. */
  get current(): TextUnit | undefined {
    return this.#current;
  }

  get rate(): number {
    return this.#rate;
  }

  /** Changes the speed; a unit being read starts again at the new speed. */
  set rate(rate: number) {
    this.#rate = clampRate(rate);
    if (this.#state === 'playing' && this.#current) this.#speak(this.#current);
  }

  set voiceName(name: string | undefined) {
    this.#voiceName = name;
    if (this.#state === 'playing' && this.#current) this.#speak(this.#current);
  }

  /** The local voices that can read this language, best first. */
  availableVoices(): VoiceInfo[] {
    const best = chooseVoice(this.#synth.voices(), this.#lang);
    const base = this.#lang.split('-')[0]?.toLowerCase() ?? '';
    return this.#synth
      .voices()
      .filter((v) => isOnDevice(v) && v.lang.toLowerCase().startsWith(base))
      .sort((a, b) => Number(b === best) - Number(a === best));
  }

  /**
   * Starts reading `text` from `offset` (default: the start). Call it from a click or key press:
   * browsers refuse speech that the person did not start.
   */
  async play(text: string, offset = 0, { complete = true }: { complete?: boolean } = {}): Promise<void> {
    this.#halt();
    const playId = ++this.#playId;
    this.#units = new TextUnits(text, this.#lang);
    this.#complete = complete;
    this.#waitingAt = undefined;
    const first = this.#units.at(offset);
    if (!first && complete) {
      this.#setState('idle');
      return;
    }
    this.#current = first;
    this.#setState('loading');
    const voices = await waitForVoices(this.#synth, this.#voiceWaitMs);
    // A stop (or another play) during the wait wins.
    if (this.#state !== 'loading' || playId !== this.#playId) return;
    if (!chooseVoice(voices, this.#lang, this.#voiceName)) {
      this.#setState('idle');
      this.#problem('no-voice');
      return;
    }
    this.#setState('playing');
    this.#speakFrom(offset);
  }

  /**
   * Gives the engine more of the text it is reading (the same text with more appended), so reading
   * can start before a long page is fully prepared. `complete` says this is all of it.
   */
  extendText(text: string, complete: boolean): void {
    if (!this.#units || !text.startsWith(this.#units.text)) return;
    this.#units = new TextUnits(text, this.#lang);
    this.#complete = complete;
    if (this.#waitingAt !== undefined && this.#state === 'playing') this.#speakFrom(this.#waitingAt);
  }

  /** Speaks the unit at `offset` if its text is ready, else waits there for `extendText`. */
  #speakFrom(offset: number): void {
    const unit = this.#units?.at(offset);
    if (unit && this.#units?.isSettled(unit, this.#complete)) {
      this.#waitingAt = undefined;
      this.#speak(unit);
    } else if (!this.#complete) {
      this.#waitingAt = offset;
    } else {
      this.#finish();
    }
  }

  pause(): void {
    if (this.#state !== 'playing') return;
    this.#halt();
    this.#setState('paused');
  }

  resume(): void {
    if (this.#state !== 'paused' || !this.#current) return;
    this.#setState('playing');
    this.#speak(this.#current);
  }

  /** Stops speech and forgets the place. Highlights and controls belong to the caller, whose `end()` removes them. */
  stop(): void {
    if (this.#state === 'idle') return;
    this.#halt();
    this.#current = undefined;
    this.#waitingAt = undefined;
    this.#setState('idle');
  }

  /** Skips to the next unit (keeps the paused or playing state). */
  next(): void {
    this.#skipTo(this.#current && this.#units?.after(this.#current));
  }

  /** Goes back to the previous unit. */
  previous(): void {
    this.#skipTo(this.#current && this.#units?.before(this.#current));
  }

  #skipTo(unit: TextUnit | undefined): void {
    if (!unit || this.#state === 'idle' || this.#state === 'loading') return;
    this.#current = unit;
    if (this.#state === 'playing') this.#speakFrom(unit.start);
    else this.#emit(new SpeechUnitEvent(unit));
  }

  #speak(unit: TextUnit): void {
    this.#halt();
    const voice = chooseVoice(this.#synth.voices(), this.#lang, this.#voiceName);
    if (!voice) {
      this.#setState('idle');
      this.#problem('no-voice');
      return;
    }
    const id = ++this.#utteranceId;
    const isCurrent = () => id === this.#utteranceId && this.#state === 'playing';
    this.#current = unit;
    this.#emit(new SpeechUnitEvent(unit));
    this.#armWatchdog(unit, id);
    this.#synth.speak(
      { text: unit.text, lang: this.#lang, rate: this.#rate, voice },
      {
        onStart: () => {
          // The engine is alive: from here the watchdog allows for the whole unit to be spoken.
          if (isCurrent()) this.#armWatchdog(unit, id);
        },
        onEnd: () => {
          if (!isCurrent()) return;
          this.#retries = 0;
          this.#advance(unit);
        },
        onError: (reason) => {
          if (!isCurrent()) return;
          if (reason === 'interrupted' || reason === 'canceled') return;
          if (reason === 'not-allowed') {
            this.#halt();
            this.#setState('paused');
            this.#problem('not-allowed');
            return;
          }
          this.#problem('synthesis-failed');
          this.#advance(unit);
        },
        onWord: (charIndex, charLength) => {
          if (!isCurrent()) return;
          const start = unit.start + charIndex;
          const length = charLength ?? /^\S*/.exec(unit.text.slice(charIndex))?.[0].length ?? 0;
          this.#emit(new SpeechWordEvent(start, Math.min(unit.end, start + length)));
        },
      },
    );
  }

  #advance(from: TextUnit): void {
    this.#speakFrom(from.end);
  }

  #finish(): void {
    this.#halt();
    this.#current = undefined;
    this.#waitingAt = undefined;
    this.#setState('idle');
    this.#emit(new SpeechFinishedEvent());
  }

  /** Recovers from an engine that neither ends nor fails a unit: try it once more, then skip it. */
  #armWatchdog(unit: TextUnit, id: number): void {
    this.#disarmWatchdog();
    const allowance = (unit.text.length / (SLOWEST_CHARS_PER_SECOND * this.#rate)) * 1000 + STALL_GRACE_MS;
    this.#watchdog = this.#setTimer(() => {
      if (id !== this.#utteranceId || this.#state !== 'playing') return;
      if (this.#retries < MAX_RETRIES) {
        this.#retries++;
        this.#speak(unit);
      } else {
        this.#retries = 0;
        this.#problem('synthesis-failed');
        this.#advance(unit);
      }
    }, allowance);
  }

  #disarmWatchdog(): void {
    if (this.#watchdog !== undefined) this.#clearTimer(this.#watchdog);
    this.#watchdog = undefined;
  }

  /** Silences the synthesiser and forgets the utterance in flight. */
  #halt(): void {
    this.#disarmWatchdog();
    this.#utteranceId++;
    this.#synth.cancel();
  }

  #setState(state: SpeechState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#emit(new SpeechStateEvent(state));
  }

  #problem(problem: SpeechProblem): void {
    this.#emit(new SpeechProblemEvent(problem, this.#lang));
  }
}
