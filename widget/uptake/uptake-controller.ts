/**
 * Uptake events as a Lit controller. With no endpoint configured it does nothing at all: no listener, no
 * database, no request, and the sending code (sender.ts) is never fetched. With one, it follows the guide's
 * events and sends one body when the visit ends (see payload.ts for why one): at once when the patient finishes or leaves by the guide's own buttons,
 * otherwise when the page is hidden for good (`pagehide`), with the last step they saw.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { GUIDE_EVENT_NAMES } from '../record-access-guide/events.js';
import type { UptakeBeacon } from './beacon.js';
import type { VisitOutcome } from './payload.js';

type Sender = typeof import('./sender.js');
/** The sending code (payload, beacon, offline queue) is a separate file, fetched only when there is an endpoint. */
const loadSender = (): Promise<Sender> => import('./sender.js');

export class UptakeController implements ReactiveController {
  #beacon: UptakeBeacon | null = null;
  /** The endpoint and practice sending is set up for; '' when it is off. */
  #configured = '';
  /** The sending code, once it has arrived. */
  #sender: Sender | null = null;
  /** The guide's events seen before the sending code arrived, read when it does. */
  #early: Event[] = [];
  /** The page was hidden before the sending code arrived: send what the visit came to as soon as it does. */
  #hiddenEarly = false;
  /** Where the visit has got to; null until the patient moves past the first page. */
  #outcome: VisitOutcome | null = null;
  /** This visit's body has gone (or is queued): nothing more is sent from this page load. */
  #sent = false;
  readonly #onEvent = (event: Event): void => {
    if (this.#sent) return;
    if (!this.#sender) {
      this.#early.push(event);
      return;
    }
    const outcome = this.#sender.outcomeOf(event);
    if (!outcome) return;
    this.#outcome = outcome;
    if (outcome.event !== 'rag-step-change') this.#sendOutcome();
  };
  readonly #onPageHide = (): void => {
    if (this.#sender) this.#sendOutcome();
    else this.#hiddenEarly = true;
  };
  readonly #onOnline = (): void => void this.#beacon?.flush();

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Starts, changes or stops sending. `practice` names the practice (ODS code or name). Repeat calls with the same values do nothing. */
  configure(endpoint: string | null, practice: string): void {
    const configured = endpoint === null ? '' : `${endpoint}\n${practice}`;
    if (configured === this.#configured) return;
    this.#stop();
    this.#configured = configured;
    if (endpoint === null) return;
    this.#listen();
    loadSender().then(
      (sender) => {
        if (this.#configured !== configured) return;
        this.#sender = sender;
        this.#beacon = new sender.UptakeBeacon(endpoint, new sender.UptakeQueue(sender.queueScope(endpoint, practice)));
        // Events from before it arrived, in order: a visit that has already ended is sent now.
        const early = this.#early;
        this.#early = [];
        for (const event of early) this.#onEvent(event);
        if (this.#hiddenEarly) this.#sendOutcome();
        void this.#beacon.flush();
      },
      (error: unknown) => console.warn('record-access-guide: the code that sends uptake events could not be loaded; none will be sent from this page.', error),
    );
  }

  #sendOutcome(): void {
    if (this.#sent || !this.#outcome || !this.#beacon || !this.#sender) return;
    this.#sent = true;
    void this.#beacon.deliver(JSON.stringify(this.#sender.uptakeBody(this.#outcome, new Date())));
  }

  #listen(): void {
    for (const name of GUIDE_EVENT_NAMES) this.#host.addEventListener(name, this.#onEvent);
    window.addEventListener('online', this.#onOnline);
    window.addEventListener('pagehide', this.#onPageHide);
  }

  #unlisten(): void {
    for (const name of GUIDE_EVENT_NAMES) this.#host.removeEventListener(name, this.#onEvent);
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener('pagehide', this.#onPageHide);
  }

  #stop(): void {
    this.#unlisten();
    this.#beacon = null;
    this.#configured = '';
    this.#sender = null;
    this.#early = [];
    this.#hiddenEarly = false;
  }

  hostConnected(): void {
    if (this.#configured !== '') this.#listen();
  }

  hostDisconnected(): void {
    // The guide taken off the page ends the visit too.
    this.#sendOutcome();
    this.#unlisten();
  }
}
