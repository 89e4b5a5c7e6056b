/**
 * Uptake events as a Lit controller. With no endpoint configured it does nothing at all: no listener, no
 * database, no request. With one, it follows the guide's events and sends one body when the visit ends
 * (see payload.ts for why one): at once when the patient finishes or leaves by the guide's own buttons,
 * otherwise when the page is hidden for good (`pagehide`), with the last step they saw.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { UptakeBeacon } from './beacon.js';
import { UPTAKE_EVENT_NAMES, outcomeOf, uptakeBody, type VisitOutcome } from './payload.js';
import { UptakeQueue, queueScope } from './queue.js';

export class UptakeController implements ReactiveController {
  #beacon: UptakeBeacon | null = null;
  #scope = '';
  /** Where the visit has got to; null until the patient moves past the first page. */
  #outcome: VisitOutcome | null = null;
  /** This visit's body has gone (or is queued): nothing more is sent from this page load. */
  #sent = false;
  readonly #onEvent = (event: Event): void => {
    if (this.#sent) return;
    const outcome = outcomeOf(event);
    if (!outcome) return;
    this.#outcome = outcome;
    if (outcome.event !== 'rag-step-change') this.#sendOutcome();
  };
  readonly #onPageHide = (): void => this.#sendOutcome();
  readonly #onOnline = (): void => void this.#beacon?.flush();

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Starts, changes or stops sending. `practice` names the practice (ODS code or name). Repeat calls with the same values do nothing. */
  configure(endpoint: string | null, practice: string): void {
    const scope = endpoint === null ? '' : queueScope(endpoint, practice);
    if (scope === this.#scope) return;
    this.#stop();
    this.#scope = scope;
    if (endpoint === null) return;
    this.#beacon = new UptakeBeacon(endpoint, new UptakeQueue(scope));
    this.#listen();
    void this.#beacon.flush();
  }

  #sendOutcome(): void {
    if (this.#sent || !this.#outcome || !this.#beacon) return;
    this.#sent = true;
    void this.#beacon.deliver(JSON.stringify(uptakeBody(this.#outcome, new Date())));
  }

  #listen(): void {
    for (const name of UPTAKE_EVENT_NAMES) this.#host.addEventListener(name, this.#onEvent);
    window.addEventListener('online', this.#onOnline);
    window.addEventListener('pagehide', this.#onPageHide);
  }

  #unlisten(): void {
    for (const name of UPTAKE_EVENT_NAMES) this.#host.removeEventListener(name, this.#onEvent);
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener('pagehide', this.#onPageHide);
  }

  #stop(): void {
    this.#unlisten();
    this.#beacon = null;
    this.#scope = '';
  }

  hostConnected(): void {
    if (this.#beacon) this.#listen();
  }

  hostDisconnected(): void {
    // The guide taken off the page ends the visit too.
    this.#sendOutcome();
    this.#unlisten();
  }
}
