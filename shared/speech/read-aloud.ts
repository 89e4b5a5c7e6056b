/**
 * Reads part of a page aloud and highlights, on the page itself, the sentence being read (and the
 * word, where the engine sends word boundaries), using the CSS Custom Highlight API over Ranges: the
 * page's DOM is never rewritten, so apps built with React and the like keep working.
 *
 * The caller provides the highlight colours, in the tree scope of the text (the page, or a shadow
 * root): see `readingHighlightCss`. Aborting `signal` stops speech and removes every highlight and
 * listener this added.
 */
import { SpeechEngine, type SpeechEngineOptions } from './engine.js';
import { SpeechStateEvent, SpeechUnitEvent, SpeechWordEvent } from './events.js';
import { TextMap, type TextMapOptions } from '../text/text-map.js';

export interface ReadAloudOptions extends Omit<SpeechEngineOptions, 'synthesizer'>, TextMapOptions {
  synthesizer: SpeechEngineOptions['synthesizer'];
  /** What to read. */
  root: Node;
  /** Where to start, as a DOM position (e.g. where the person clicked); default: the beginning. */
  from?: { node: Node; offset: number };
  /** Names of the two highlights in the document's highlight registry. */
  highlightName?: string;
  signal: AbortSignal;
}

export const DEFAULT_HIGHLIGHT = 'record-access-reading';

/** Highlight colours: black on yellow (19.6:1) for the sentence, underlined for the word; system colours when forced. */
export function readingHighlightCss(name = DEFAULT_HIGHLIGHT): string {
  return `::highlight(${name}) { background-color: #ffeb3b; color: #000000; }
::highlight(${name}-word) { text-decoration: underline 3px; text-underline-offset: 3px; }
@media (forced-colors: active) {
  ::highlight(${name}) { background-color: Highlight; color: HighlightText; }
}`;
}

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Scrolls the range into the middle of the view when it is not already in view. */
function keepInView(range: Range): void {
  const box = range.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= window.innerHeight) return;
  const target = range.startContainer.nodeType === Node.ELEMENT_NODE ? (range.startContainer as Element) : range.startContainer.parentElement;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
}

/** A read-aloud of one part of a page: listen to `engine` for progress, then `start()`. */
export class ReadAloud {
  readonly engine: SpeechEngine;
  readonly #options: ReadAloudOptions;
  readonly #name: string;
  readonly #canHighlight = highlightsSupported();
  #map: TextMap | undefined;

  constructor(options: ReadAloudOptions) {
    this.#options = options;
    this.#name = options.highlightName ?? DEFAULT_HIGHLIGHT;
    this.engine = new SpeechEngine(options);
    const onUnit = (event: Event): void => this.#highlightUnit(event as SpeechUnitEvent);
    const onWord = (event: Event): void => this.#highlightWord(event as SpeechWordEvent);
    // Stopped or finished: nothing stays highlighted.
    const onState = (): void => {
      if (this.engine.state === 'idle') this.#clear();
    };
    this.engine.addEventListener(SpeechUnitEvent.type, onUnit);
    this.engine.addEventListener(SpeechWordEvent.type, onWord);
    this.engine.addEventListener(SpeechStateEvent.type, onState);
    options.signal.addEventListener(
      'abort',
      () => {
        this.engine.stop();
        this.engine.removeEventListener(SpeechUnitEvent.type, onUnit);
        this.engine.removeEventListener(SpeechWordEvent.type, onWord);
        this.engine.removeEventListener(SpeechStateEvent.type, onState);
        this.#clear();
      },
      { once: true },
    );
  }

  /** The text being read, once `start()` has prepared it. */
  get map(): TextMap | undefined {
    return this.#map;
  }

  /**
   * Prepares the text (in slices, so a big page causes no long task) and starts reading from
   * `options.from`, or the start. Call it from a click or key press: browsers refuse unasked speech.
   */
  async start(): Promise<void> {
    const { root, skip, signal, from } = this.#options;
    let playing: Promise<void> | undefined;
    // Reading starts with the first slice of text; later slices extend it while the first sentences play.
    const map = await TextMap.buildInSlices(root, {
      ...(skip ? { skip } : {}),
      signal,
      onSlice: (partial) => {
        this.#map = partial;
        if (playing) return this.engine.extendText(partial.text, false);
        const offset = from ? partial.offsetOf(from.node, from.offset) : 0;
        // "Read from here" waits until the text up to that point has been prepared.
        if (offset !== undefined) playing = this.engine.play(partial.text, offset, { complete: false });
      },
    });
    this.#map = map;
    if (playing) this.engine.extendText(map.text, true);
    else await this.engine.play(map.text, from ? (map.offsetOf(from.node, from.offset) ?? 0) : 0);
    await playing;
  }

  #highlightUnit({ unit }: SpeechUnitEvent): void {
    if (!this.#canHighlight || !this.#map) return;
    CSS.highlights.delete(`${this.#name}-word`);
    const range = this.#map.rangeFor(unit.start, unit.end);
    if (!range) {
      CSS.highlights.delete(this.#name);
      return;
    }
    CSS.highlights.set(this.#name, new Highlight(range));
    keepInView(range);
  }

  #highlightWord({ start, end }: SpeechWordEvent): void {
    const range = this.#map?.rangeFor(start, end);
    if (this.#canHighlight && range) CSS.highlights.set(`${this.#name}-word`, new Highlight(range));
  }

  #clear(): void {
    if (!this.#canHighlight) return;
    CSS.highlights.delete(this.#name);
    CSS.highlights.delete(`${this.#name}-word`);
  }
}
