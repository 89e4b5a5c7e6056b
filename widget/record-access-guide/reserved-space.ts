/**
 * Keeps the space a page reserved for the guide before its script arrived (README's embed snippet gives
 * `record-access-guide:not(:defined)` a min-height) until the patient first moves on, so the page below does
 * not jump up when the guide appears, when a language file arrives, or when saved answers are offered on a
 * shorter screen. Growing past the reservation is not prevented: only a reservation too small can shift
 * the page. After the patient's first step the guide is its natural height again (the browser does not count
 * a change right after the patient's own press as a layout shift).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ReservedSpace implements ReactiveController {
  /** The reserved height in CSS px, or 0 once released (or when nothing was reserved). */
  #height: number;
  readonly #base: () => HTMLElement | null;

  /**
   * Must be made in the element's constructor: while an element upgrades it still matches `:not(:defined)`,
   * so its box then is the space the page reserved. An element made by script before the page laid it out
   * (not connected) has none, and nothing is held.
   */
  constructor(host: ReactiveControllerHost & HTMLElement, base: () => HTMLElement | null) {
    this.#height = host.isConnected ? host.getBoundingClientRect().height : 0;
    this.#base = base;
    host.addController(this);
  }

  /** The patient has moved on: from now on the guide takes only the room it needs. */
  release(): void {
    this.#height = 0;
  }

  hostUpdated(): void {
    // Set through the CSSOM: allowed under a strict style-src, unlike a style attribute in the template.
    const base = this.#base();
    if (base) base.style.minHeight = this.#height > 0 ? `${this.#height}px` : '';
  }
}
