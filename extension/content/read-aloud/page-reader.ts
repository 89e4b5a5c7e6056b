/**
 * Read-aloud on a web page, for the content script: the page's main content, the selection, from a
 * clicked point, or a table row by row with its headers. One reading at a time; each has its own
 * AbortController, and aborting it stops speech and removes the highlight, its styles, the control bar
 * and every listener. It only ever starts from a person's request (popup, control bar or shortcut).
 */
import { SpeechFinishedEvent, SpeechProblemEvent, SpeechStateEvent, SpeechUnitEvent, type SpeechProblem } from '../../../shared/speech/events.js';
import { ReadAloud, readingHighlightCss, type PreparedText } from '../../../shared/speech/read-aloud.js';
import { WebSpeechSynthesizer, type Synthesizer } from '../../../shared/speech/synthesizer.js';
import { findMainContent } from '../../../shared/text/main-content.js';
import { TableText } from '../../../shared/text/table-text.js';
import type { ReadAloudCommand, ReadAloudOutcome } from '../../messages.js';
import type { MessageKey } from '../../ui/i18n.js';
import type { Aids, ReadingRate } from '../../settings/schema.js';
import { installPageStyle } from '../page-style.js';
import { CONTROL_BAR_ATTRIBUTE, ControlBar, type Strings } from './control-bar.js';
import { pickPoint, type PickedPoint } from './pick.js';

/** The words for each speech problem the shared engine reports (shared/ has codes, not words). */
export const SPEECH_PROBLEM_MESSAGES: Record<SpeechProblem, MessageKey> = {
  'no-voice': 'readAloudProblemNoVoice',
  'not-allowed': 'readAloudProblemNotAllowed',
  'synthesis-failed': 'readAloudProblemSynthesisFailed',
};

/** What to read: a part of the page with optional start and end positions, or a prepared text. */
type Reading = { root: Node; from?: { node: Node; offset: number }; to?: { node: Node; offset: number } } | { root: PreparedText };

export interface PageReaderOptions {
  /** The site's portal profile selectors for its main content, best first. */
  mainContentSelectors: readonly string[];
  /** The aids that apply on this site now, or undefined when the person has switched aids off here. */
  aids: () => Aids | undefined;
  /** UI strings: browser.i18n in the extension. */
  strings: Strings;
  /** The synthesiser; tests give a fake one. */
  synthesizer?: () => Synthesizer;
  /** How long to wait for voices before saying there are none (the engine's default otherwise). */
  voiceWaitMs?: number;
}

interface Session {
  controller: AbortController;
  bar: ControlBar;
  reader?: ReadAloud;
  /** What had focus before the bar took it, to give it back on stop. */
  returnFocus?: HTMLElement;
}

const isTable = (element: Element | null | undefined): element is HTMLTableElement => element?.tagName === 'TABLE';

export class PageReader {
  readonly #options: PageReaderOptions;
  #session: Session | undefined;
  #rate: ReadingRate | undefined;

  constructor(options: PageReaderOptions) {
    this.#options = options;
  }

  /** The control bar's element while one is shown (for tests and for reading around it). */
  get barHost(): HTMLElement | undefined {
    return this.#session?.bar.host;
  }

  /** Carries out one request; `focusBar` when it came from the keyboard. */
  run(command: ReadAloudCommand, focusBar: boolean): ReadAloudOutcome {
    if (command === 'stop') {
      this.end();
      return { ok: true };
    }
    if (command === 'pause-resume') {
      // Pausing never starts anything: with nothing being read it does nothing.
      if (this.#session) this.#playPause(this.#session);
      return { ok: true };
    }
    if (!this.#options.aids()) return { ok: false, refusal: 'aids-off' };
    switch (command) {
      case 'read-main':
        this.#read({ root: findMainContent(document, this.#options.mainContentSelectors) }, focusBar);
        return { ok: true };
      case 'read-selection': {
        const selection = document.getSelection();
        const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
        if (!range) return { ok: false, refusal: 'no-selection' };
        const common = range.commonAncestorContainer;
        const root = common.nodeType === Node.ELEMENT_NODE ? common : (common.parentNode ?? common);
        this.#read(
          { root, from: { node: range.startContainer, offset: range.startOffset }, to: { node: range.endContainer, offset: range.endOffset } },
          focusBar,
        );
        return { ok: true };
      }
      case 'read-from-here':
        this.#pick(focusBar, this.#options.strings('readAloudPickStart'), (point) => {
          const main = findMainContent(document, this.#options.mainContentSelectors);
          return { root: main.contains(point.node) ? main : document.body, from: { node: point.node, offset: point.offset } };
        });
        return { ok: true };
      case 'read-table': {
        const active = document.activeElement;
        const focused = active?.closest('table') ?? (active?.querySelectorAll('table').length === 1 ? active.querySelector('table') : null);
        if (isTable(focused)) this.#read({ root: new TableText(focused) }, focusBar);
        else
          this.#pick(focusBar, this.#options.strings('readAloudPickTable'), (point) => {
            const table = point.target.closest('table');
            return isTable(table) ? { root: new TableText(table) } : undefined;
          });
        return { ok: true };
      }
    }
  }

  /**
   * Ends the reading session (or picking): speech, the bar, highlights and listeners, everything it added to
   * the page. (The engine's `stop()` stops speech only; `end()` is what a person's Stop means.)
   */
  end(): void {
    const session = this.#session;
    if (!session) return;
    this.#session = undefined;
    const hadFocus = session.bar.hasFocus();
    session.controller.abort();
    if (hadFocus && session.returnFocus?.isConnected) session.returnFocus.focus();
  }

  #open(focusBar: boolean): Session {
    this.end();
    const controller = new AbortController();
    const rate = this.#rate ?? this.#options.aids()?.readingRate ?? 1;
    const bar = new ControlBar(
      {
        playPause: () => this.#session && this.#playPause(this.#session),
        previous: () => this.#session?.reader?.engine.previous(),
        next: () => this.#session?.reader?.engine.next(),
        stop: () => this.end(),
        rate: (chosen) => {
          // Kept for this page only: the content script does not write settings.
          this.#rate = chosen;
          if (this.#session?.reader) this.#session.reader.engine.rate = chosen;
        },
      },
      rate,
      this.#options.strings,
      controller.signal,
    );
    const session: Session = { controller, bar };
    if (focusBar) {
      const active = document.activeElement;
      if (active instanceof HTMLElement) session.returnFocus = active;
      bar.focus();
    }
    this.#session = session;
    return session;
  }

  #pick(focusBar: boolean, instruction: string, choose: (point: PickedPoint) => Reading | undefined): void {
    const session = this.#open(focusBar);
    session.bar.showState('idle', undefined);
    session.bar.say(instruction);
    const picking = new AbortController();
    session.controller.signal.addEventListener('abort', () => picking.abort(), { once: true });
    pickPoint({
      signal: picking.signal,
      ignore: (target) => target === session.bar.host,
      onCancel: () => this.end(),
      accept: (point) => {
        const reading = choose(point);
        if (!reading) {
          session.bar.say(this.#options.strings('readAloudNotATable'));
          return false;
        }
        picking.abort();
        this.#start(session, reading);
        return true;
      },
    });
  }

  #read(reading: Reading, focusBar: boolean): void {
    this.#start(this.#open(focusBar), reading);
  }

  #start(session: Session, reading: Reading): void {
    const { controller, bar } = session;
    const signal = controller.signal;
    const aids = this.#options.aids();
    installPageStyle('read-aloud', readingHighlightCss(), signal);
    const reader = new ReadAloud({
      ...reading,
      synthesizer: this.#options.synthesizer?.() ?? new WebSpeechSynthesizer(),
      rate: this.#rate ?? aids?.readingRate ?? 1,
      ...(aids?.readingVoice ? { voiceName: aids.readingVoice } : {}),
      lang: document.documentElement.lang || 'en-GB',
      ...(this.#options.voiceWaitMs === undefined ? {} : { voiceWaitMs: this.#options.voiceWaitMs }),
      skip: (element) => element.hasAttribute(CONTROL_BAR_ATTRIBUTE),
      signal,
    });
    session.reader = reader;
    // Sentences are numbered in the order of the text, counting those reached so far.
    const reached: number[] = [];
    let sentence: number | undefined;
    const engine = reader.engine;
    engine.addEventListener(SpeechUnitEvent.type, (event) => {
      const { start } = (event as SpeechUnitEvent).unit;
      let index = reached.indexOf(start);
      if (index < 0) {
        reached.push(start);
        reached.sort((a, b) => a - b);
        index = reached.indexOf(start);
      }
      sentence = index + 1;
      bar.showState(engine.state, sentence);
    });
    engine.addEventListener(SpeechStateEvent.type, () => bar.showState(engine.state, sentence));
    engine.addEventListener(SpeechProblemEvent.type, (event) => bar.say(this.#options.strings(SPEECH_PROBLEM_MESSAGES[(event as SpeechProblemEvent).problem])));
    engine.addEventListener(SpeechFinishedEvent.type, () => {
      if (this.#session === session) this.end();
    });
    bar.showState(engine.state, undefined);
    reader.start().catch((error: unknown) => {
      if (signal.aborted) return;
      console.error('Record Access Aids: could not read this page aloud.', error);
      bar.say(this.#options.strings('readAloudFailed'));
    });
  }

  #playPause(session: Session): void {
    const engine = session.reader?.engine;
    if (!engine) return;
    if (engine.state === 'playing') engine.pause();
    else if (engine.state === 'paused') engine.resume();
  }
}
