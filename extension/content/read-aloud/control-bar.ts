/**
 * The small read-aloud control bar shown on the page while reading: plain DOM in a shadow root
 * (custom elements do not exist in content scripts), fixed at the bottom, so the page's styles cannot
 * reach it and it cannot reach the page's. It never takes focus by itself; `focus()` is called only
 * when the person started from the keyboard and the bar is where they expect to be.
 */
import type { SpeechState } from '../../../shared/speech/events.js';
import { READING_RATES, type ReadingRate } from '../../settings/schema.js';
import type { MessageKey } from '../../ui/i18n.js';
import { attachUiRoot } from '../ui-root.js';

/** Looks up a UI string (browser.i18n in the extension; a plain table in tests). */
export type Strings = (key: MessageKey, substitution?: string) => string;

export interface ControlBarActions {
  playPause(): void;
  previous(): void;
  next(): void;
  stop(): void;
  rate(rate: ReadingRate): void;
}

/** Marks the bar's host element, so reading skips it and tests can find it. */
export const CONTROL_BAR_ATTRIBUTE = 'data-record-access-aids-read-aloud';

const BAR_CSS = `
:host { all: initial; }
.bar {
  position: fixed; inset: auto 0 0 0; z-index: 2147483647;
  display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem;
  padding: 0.5rem; box-sizing: border-box; max-width: 100vw;
  font: 16px/1.4 system-ui, sans-serif; color: #0b0c0c; background: #ffffff;
  border-top: 3px solid #0b0c0c;
}
button, select {
  font: inherit; min-height: 44px; min-width: 44px; padding: 0.25rem 0.75rem;
  color: #ffffff; background: #1d4f91; border: 2px solid #1d4f91; border-radius: 4px; cursor: pointer;
}
select { color: #0b0c0c; background: #ffffff; border-color: #0b0c0c; }
button:disabled { color: #ffffff; background: #505a5f; border-color: #505a5f; cursor: not-allowed; }
button:focus-visible, select:focus-visible { outline: 3px solid #0b0c0c; outline-offset: 2px; box-shadow: 0 0 0 6px #ffdd00; }
label { display: inline-flex; align-items: center; gap: 0.25rem; }
.status { flex: 1 1 12rem; margin: 0; min-width: 0; overflow-wrap: anywhere; }
@media (forced-colors: active) {
  .bar { border-top-color: CanvasText; background: Canvas; color: CanvasText; }
  button, select { border-color: ButtonText; }
  button:focus-visible, select:focus-visible { outline-color: Highlight; box-shadow: none; }
}
`;

function button(label: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

/**
 * The bar is fixed over the bottom of the page. Scroll padding as tall as the bar makes the browser
 * scroll a newly focused element clear of it instead of under it, and as much padding below the page
 * lets even the last link scroll that far (WCAG 2.2 SC 2.4.11, focus not obscured).
 */
function keepFocusClearOf(bar: HTMLElement, signal: AbortSignal): void {
  const clearance = document.createElement('style');
  clearance.dataset.recordAccessAid = 'read-aloud';
  (document.head ?? document.documentElement).append(clearance);
  const fit = () => {
    const height = Math.ceil(bar.getBoundingClientRect().height);
    clearance.textContent = `html { scroll-padding-bottom: ${height}px !important; padding-bottom: ${height}px !important; }`;
  };
  const resize = new ResizeObserver(fit);
  resize.observe(bar);
  signal.addEventListener(
    'abort',
    () => {
      resize.disconnect();
      clearance.remove();
    },
    { once: true },
  );
}

export class ControlBar {
  /** The element in the page; its shadow root holds the bar. */
  readonly host: HTMLElement;
  readonly #playPause: HTMLButtonElement;
  readonly #previous: HTMLButtonElement;
  readonly #next: HTMLButtonElement;
  readonly #stop: HTMLButtonElement;
  readonly #rate: HTMLSelectElement;
  readonly #status: HTMLElement;
  readonly #shadow: ShadowRoot;
  readonly #t: Strings;

  /** Builds the bar and shows it until `signal` aborts, which removes it entirely. */
  constructor(actions: ControlBarActions, rate: ReadingRate, strings: Strings, signal: AbortSignal) {
    const t = strings;
    this.#t = strings;
    this.host = document.createElement('div');
    this.host.setAttribute(CONTROL_BAR_ATTRIBUTE, '');
    // Closed, so the page cannot change what the bar says (ui-root.ts); assistive technology still sees it.
    this.#shadow = attachUiRoot(this.host);
    const style = document.createElement('style');
    style.textContent = BAR_CSS;
    const bar = document.createElement('div');
    bar.className = 'bar';
    bar.setAttribute('role', 'region');
    bar.setAttribute('aria-label', t('readAloudBarLabel'));
    this.#previous = button(t('readAloudPrevious'), () => actions.previous());
    this.#playPause = button(t('readAloudPause'), () => actions.playPause());
    this.#next = button(t('readAloudNext'), () => actions.next());
    this.#stop = button(t('readAloudStop'), () => actions.stop());
    const rateLabel = document.createElement('label');
    rateLabel.textContent = t('readAloudSpeed');
    this.#rate = document.createElement('select');
    for (const value of READING_RATES) {
      const option = document.createElement('option');
      option.value = String(value);
      option.textContent = `${value}×`;
      option.selected = value === rate;
      this.#rate.append(option);
    }
    this.#rate.addEventListener('change', () => {
      const chosen = READING_RATES.find((value) => String(value) === this.#rate.value);
      if (chosen !== undefined) actions.rate(chosen);
    });
    rateLabel.append(this.#rate);
    this.#status = document.createElement('p');
    this.#status.className = 'status';
    this.#status.setAttribute('role', 'status');
    bar.append(this.#previous, this.#playPause, this.#next, this.#stop, rateLabel, this.#status);
    // Esc anywhere in the bar stops reading, as it closes other transient controls.
    bar.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      actions.stop();
    });
    this.#shadow.append(style, bar);
    document.documentElement.append(this.host);
    signal.addEventListener('abort', () => this.host.remove(), { once: true });
    keepFocusClearOf(bar, signal);
  }

  /** Shows what reading is doing; `sentence` counts from 1 within what is being read. */
  showState(state: SpeechState, sentence: number | undefined): void {
    const reading = state === 'playing' || state === 'paused';
    this.#playPause.textContent = state === 'paused' ? this.#t('readAloudPlay') : this.#t('readAloudPause');
    this.#playPause.disabled = !reading;
    this.#previous.disabled = !reading;
    this.#next.disabled = !reading;
    this.host.dataset.state = state;
    if (sentence !== undefined) this.host.dataset.sentence = String(sentence);
    if (state === 'loading') this.say(this.#t('readAloudPreparing'));
    else if (state === 'paused' && sentence !== undefined) this.say(this.#t('readAloudPausedAt', String(sentence)));
    else if (state === 'playing' && sentence !== undefined) this.say(this.#t('readAloudReadingSentence', String(sentence)));
  }

  /** Puts `message` in the polite live status. */
  say(message: string): void {
    this.#status.textContent = message;
  }

  /** Whether keyboard focus is in the bar. */
  hasFocus(): boolean {
    return this.#shadow.activeElement !== null;
  }

  /** Moves focus to the main button: only when the person started from the keyboard. */
  focus(): void {
    (this.#playPause.disabled ? this.#stop : this.#playPause).focus();
  }
}
