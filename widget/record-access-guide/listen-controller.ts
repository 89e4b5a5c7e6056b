/**
 * Listen as a Lit controller: reads the current step aloud when the patient presses Listen, and only then
 * fetches its speech code (a separate file). Stops on a new step, on quick exit and when the guide leaves
 * the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SpeechFinishedEvent, SpeechProblemEvent, SpeechStateEvent } from '../../shared/speech/events.js';
import type { Synthesizer } from '../../shared/speech/synthesizer.js';
import type { ContentKey } from '../content/en-GB.js';
import { SPEECH_PROBLEM_TEXT } from '../content/speech-problems.js';
import type { TextLookup } from '../content/text.js';
import { revealListenMessage } from './listen-view.js';
import { loadPart } from './part-loader.js';

/** The guide's own highlight name, so it never clashes with a read-aloud extension's on the same page. */
export const LISTEN_HIGHLIGHT = 'record-access-guide-reading';

export interface ListenOptions {
  /** What to read: the step's content. */
  root(): Element | null;
  synthesizer(): Synthesizer | undefined;
  /** Speed, 0.5 to 2 (`listen-rate`). */
  rate(): number;
  /** The guide's language: the voice is chosen for it (a Welsh voice for Welsh, where the device has one). */
  lang(): string;
  t(): TextLookup;
  /** Something to say to the patient in the live region. */
  announce(text: string): void;
}

export class ListenController implements ReactiveController {
  /** True while reading (the button then says Stop listening). */
  reading = false;
  /**
   * Why Listen last failed on this step, shown on screen beside the button (and announced once) until the
   * patient presses Listen again or moves on: not everyone hears or notices a live region.
   */
  problem: ContentKey | null = null;
  readonly #host: ReactiveControllerHost;
  readonly #options: ListenOptions;
  /** The reading under way; aborting it stops speech and removes the highlight. */
  #listening: AbortController | undefined;

  constructor(host: ReactiveControllerHost, options: ListenOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The Listen button: reads the step, or stops if it is reading. */
  toggle(): void {
    if (this.reading) {
      this.end();
      return;
    }
    const root = this.#options.root();
    if (!root) return;
    this.problem = null;
    const controller = new AbortController();
    this.#listening = controller;
    this.#setReading(true);
    this.#options.announce(this.#options.t()('listenStarted'));
    void this.#read(root, controller);
  }

  /**
   * Ends Listen on this step: speech, the highlight (aborting the reading removes both) and any problem shown.
   * The engine's `stop()` stops speech only.
   */
  end(): void {
    this.#stop();
    if (this.problem === null) return;
    this.problem = null;
    this.#host.requestUpdate();
  }

  /** Stops reading but keeps a problem on screen (reading ended by itself, or failed). */
  #stop(): void {
    this.#listening?.abort();
    this.#listening = undefined;
    this.#setReading(false);
  }

  /** Says what went wrong: on screen beside the button (brought into view), and once in the live region. */
  #fail(problem: ContentKey): void {
    this.problem = problem;
    this.#options.announce(this.#options.t()(problem));
    this.#host.requestUpdate();
    const root = this.#options.root();
    if (root) void this.#host.updateComplete.then(() => revealListenMessage(root));
  }

  hostDisconnected(): void {
    this.end();
  }

  #setReading(reading: boolean): void {
    if (this.reading === reading) return;
    this.reading = reading;
    this.#host.requestUpdate();
  }

  /** Fetches Listen's speech code on first use, then reads `root` until done or aborted. */
  async #read(root: Element, controller: AbortController): Promise<void> {
    const loaded = await loadPart('the read-aloud code', () => import('./listen-reader.js'));
    if (!loaded.ok) {
      // Missing, offline, or blocked by the page's security policy: say which, rather than leave a Stop button that does nothing.
      console.warn(loaded.message);
      if (this.#listening === controller) {
        this.#stop();
        this.#fail(loaded.failure === 'blocked' ? 'listenBlocked' : 'listenLoadFailed');
      }
      return;
    }
    const { createStepReader } = loaded.value;
    if (controller.signal.aborted) return;
    const reader = createStepReader({
      root,
      synthesizer: this.#options.synthesizer(),
      rate: this.#options.rate(),
      highlightName: LISTEN_HIGHLIGHT,
      lang: this.#options.lang(),
      signal: controller.signal,
    });
    reader.engine.addEventListener(SpeechStateEvent.type, () => {
      if (this.#listening === controller) this.#setReading(reader.engine.state !== 'idle');
    });
    // The engine reports a code; the guide says it in its own language.
    reader.engine.addEventListener(SpeechProblemEvent.type, (event) => {
      if (this.#listening !== controller) return;
      const { problem } = event as SpeechProblemEvent;
      // Refused speech leaves the engine paused: end it, so the button says Listen, as the message asks.
      if (problem === 'not-allowed') this.#stop();
      this.#fail(SPEECH_PROBLEM_TEXT[problem]);
    });
    reader.engine.addEventListener(SpeechFinishedEvent.type, () => {
      // After a skipped sentence the problem stays on screen: "Finished" is announced, not shown.
      this.#options.announce(this.#options.t()('listenFinished'));
      this.#stop();
    });
    reader.start().catch((error: unknown) => {
      if (!controller.signal.aborted) console.warn('record-access-guide: the step could not be read aloud.', error);
      if (this.#listening === controller) this.#stop();
    });
  }
}
