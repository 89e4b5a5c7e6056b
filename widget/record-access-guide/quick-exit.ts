/**
 * Quick exit's leaving, as a Lit controller: it leaves the top-level page (so a guide in a frame does not leave
 * the practice's page on screen), after going back over the page's own history entries where it can (see
 * StepHistory.leave), so Back from the other site does not return here. Where a sandboxed frame may not
 * navigate the top page, the patient is told what to do instead and a second press leaves the frame.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The window quick exit should navigate: the top one, from a frame too. */
export function exitTarget(): Window {
  try {
    return window.top ?? window;
  } catch {
    return window;
  }
}

/** Replaces `target`'s page with `url`; false when the browser refused (a sandboxed frame may not navigate the top page). */
export function leaveFor(url: string, target: Window): boolean {
  try {
    target.location.replace(url);
    return true;
  } catch {
    return false;
  }
}

/** Leaves for `url` in `target`, tidying history first where it can (StepHistory once its code has arrived). */
export interface Leaver {
  leave(url: string, target: Window): Promise<boolean>;
}

export interface QuickExitOptions {
  /** The top page could not be left: the element shows and focuses the `quickExitBlocked` message. */
  onBlocked(): void;
  /** Back to a copy of this page kept after quick exit (the back-forward cache): the element starts again. */
  onReturned(): void;
}

export class QuickExitController implements ReactiveController {
  /** Quick exit was pressed: the guide shows nothing more (a copy of the page kept for Back shows no answers). */
  leaving = false;
  /** Quick exit could not leave the top page: what to do instead is shown; a second press leaves the frame. */
  blocked = false;
  readonly #host: ReactiveControllerHost;
  readonly #options: QuickExitOptions;
  readonly #onPageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted || !this.leaving) return;
    this.leaving = false;
    this.blocked = false;
    this.#options.onReturned();
  };

  constructor(host: ReactiveControllerHost, options: QuickExitOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    try {
      window.addEventListener('pageshow', this.#onPageShow);
    } catch {
      // A page that broke addEventListener: only the blank guide after a back-forward cache return is lost.
    }
  }

  hostDisconnected(): void {
    try {
      window.removeEventListener('pageshow', this.#onPageShow);
    } catch {
      // As above.
    }
  }

  /**
   * Leaves for `url` once `erased` settles (capped at 300 ms: a stuck database never holds the patient here).
   * A second press after the top page refused leaves this frame at least.
   */
  leave(url: string, erased: Promise<unknown>, leaver: Leaver | null): void {
    if (this.blocked) {
      leaveFor(url, window);
      return;
    }
    this.leaving = true;
    this.#host.requestUpdate();
    const go = async (): Promise<void> => {
      const left = await (leaver ? leaver.leave(url, exitTarget()) : Promise.resolve(leaveFor(url, exitTarget())));
      if (left) return;
      this.leaving = false;
      this.blocked = true;
      this.#options.onBlocked();
      this.#host.requestUpdate();
    };
    void Promise.race([erased, new Promise((resolve) => setTimeout(resolve, 300))]).then(go, go);
  }

  /** A new step: the blocked message has been read. */
  stepShown(): void {
    this.blocked = false;
  }
}
