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
import { DEFAULT_HIGHLIGHT } from './highlight-css.js';

/**
 * Text already prepared for reading, with its own way back to the page: e.g. a table read row by
 * row with its headers, whose spoken words ("Result: 45") are not the page's characters.
 */
export interface PreparedText {
  text: string;
  /** The part of the page to highlight while [start, end) of `text` is read. */
  rangeFor(start: number, end: number): Range | undefined;
}

export interface ReadAloudOptions extends Omit<SpeechEngineOptions, 'synthesizer'>, TextMapOptions {
  synthesizer: SpeechEngineOptions['synthesizer'];
  /** What to read: a part of the page, or a prepared text (then `root`, `from`, `to` and `skip` are not used). */
  root: Node | PreparedText;
  /** Where to start, as a DOM position (e.g. where the person clicked); default: the beginning. */
  from?: { node: Node; offset: number };
  /** Where to stop, as a DOM position (e.g. the end of a selection); default: the end of `root`. */
  to?: { node: Node; offset: number };
  /** Names of the two highlights in the document's highlight registry. */
  highlightName?: string;
  signal: AbortSignal;
}

// The highlight's look lives in its own small module, so a page can style it without loading the reader.
export { DEFAULT_HIGHLIGHT, readingHighlightCss } from './highlight-css.js';

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
  #map: TextMap | PreparedText | undefined;

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
  get map(): TextMap | PreparedText | undefined {
    return this.#map;
  }

  /**
   * Prepares the text (in slices, so a big page causes no long task) and starts reading from
   * `options.from`, or the start. Call it from a click or key press: browsers refuse unasked speech.
   */
  async start(): Promise<void> {
    const { root, skip, signal, from, to } = this.#options;
    if (!(root instanceof Node)) {
      this.#map = root;
      await this.engine.play(root.text, 0);
      return;
    }
    let playing: Promise<void> | undefined;
    /** Where reading stops, once the text up to `to` has been prepared. */
    let end: number | undefined;
    let complete = false;
    // Reading starts with the first slice of text; later slices extend it while the first sentences play.
    const offer = (map: TextMap, last: boolean): void => {
      if (complete) return;
      this.#map = map;
      if (to && end === undefined) end = map.offsetOf(to.node, to.offset);
      complete = last || end !== undefined;
      const text = end === undefined ? map.text : map.text.slice(0, end);
      if (playing) return this.engine.extendText(text, complete);
      const offset = from ? map.offsetOf(from.node, from.offset) : 0;
      // "Read from here" waits until the text up to that point has been prepared.
      if (offset !== undefined) playing = this.engine.play(text, offset, { complete });
      else if (complete) playing = this.engine.play(text, 0);
    };
    const map = await TextMap.buildInSlices(root, { ...(skip ? { skip } : {}), signal, onSlice: (partial) => offer(partial, false) });
    offer(map, true);
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
