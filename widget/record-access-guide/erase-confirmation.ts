/**
 * "Are you sure?" before *Clear my answers* or *Start again* deletes the patient's answers: GOV.UK's pattern for
 * an action that cannot be undone, a question page with a warning button and a way back. Chosen over an undo
 * banner because clearing is often done for privacy on a shared device: an undo would have to keep the answers
 * it was asked to delete, and a banner that goes by itself is a time limit; a question keeps nothing and waits.
 * Focus goes to the question's heading; "No, go back" returns to the step with focus on the button pressed.
 * Quick exit never asks: it must be instant (see README, Saved progress).
 */
import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { TextLookup } from '../content/text.js';

/** What the patient asked to do: delete the answers and stay on the step, or delete them and go back to the start. */
export type EraseKind = 'clear' | 'start-again';

/** Where focus returns when the patient says no: the button they pressed (on the re-rendered step). */
const OPENER: Readonly<Record<EraseKind, string>> = { clear: '[part="saved-progress"] button', 'start-again': '#start-again' };

export class EraseConfirmation implements ReactiveController {
  /** The question being asked, or null when the step is shown. */
  asking: EraseKind | null = null;
  #focus: string | null = null;
  readonly #host: ReactiveControllerHost;
  readonly #root: () => ParentNode | undefined;

  constructor(host: ReactiveControllerHost, root: () => ParentNode | undefined) {
    this.#host = host;
    this.#root = root;
    host.addController(this);
  }

  ask(kind: EraseKind): void {
    this.asking = kind;
    this.#focus = '#step-heading';
    this.#host.requestUpdate();
  }

  /** "No, go back": the step again, nothing deleted, focus on the button that asked. */
  cancel(): void {
    if (this.asking === null) return;
    this.#focus = OPENER[this.asking];
    this.asking = null;
    this.#host.requestUpdate();
  }

  /** "Yes": ends the question and says what to do; the element deletes and moves focus as it always has. */
  confirm(): EraseKind | null {
    const kind = this.asking;
    this.asking = null;
    this.#focus = null;
    return kind;
  }

  /** The answers went another way (quick exit in another tab): drop the question without moving focus. */
  reset(): void {
    this.asking = null;
    this.#focus = null;
  }

  hostUpdated(): void {
    if (this.#focus === null) return;
    const target = this.#root()?.querySelector<HTMLElement>(this.#focus);
    this.#focus = null;
    target?.focus();
  }
}

export function renderEraseConfirmation(t: TextLookup, kind: EraseKind, onYes: () => void, onNo: () => void): TemplateResult {
  return html`
    <h2 id="step-heading" part="heading" tabindex="-1">${t(kind === 'clear' ? 'eraseClearHeading' : 'eraseStartAgainHeading')}</h2>
    <p>${t('eraseCannotUndo')}</p>
    <button type="button" class="button warning-button" part="button" @click=${onYes}>${t(kind === 'clear' ? 'eraseClearYes' : 'eraseStartAgainYes')}</button>
    <p><button type="button" class="link-button" @click=${onNo}>${t('eraseNo')}</button></p>
  `;
}

/** GOV.UK's warning button: red, white text (5.1:1 on the default error colour). */
export const eraseConfirmationStyles = css`
  .warning-button {
    background: var(--record-access-guide-error-color);
    color: var(--record-access-guide-button-text-color);
    box-shadow: 0 4px 0 #6b140e;
  }
`;
