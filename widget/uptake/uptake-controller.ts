/**
 * Uptake events as a Lit controller. With no endpoint configured it does nothing at all: no listener, no
 * database, no request, and the beacon's code is never fetched. With one, it follows the guide's events and
 * sends one body when the visit ends (see payload.ts for why one): at once when the patient finishes or
 * leaves by the guide's own buttons, otherwise when the page is hidden for good (`pagehide`), with the last
 * step they saw.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { UptakeBeacon } from './beacon.js';
import { UPTAKE_EVENT_NAMES, outcomeOf, uptakeBody, type VisitOutcome } from './payload.js';

/** The beacon's code (with its offline queue in IndexedDB) is a separate file, fetched only when there is an endpoint. */
const loadBeaconCode = () => Promise.all([import('./beacon.js'), import('./queue.js')]);

export class UptakeController implements ReactiveController {
  /** The endpoint and practice sending is set up for; '' when it is off. */
  private configured = '';
  private beacon: UptakeBeacon | null = null;
  /** Where the visit has got to; null until the patient moves past the first page. */
  private outcome: VisitOutcome | null = null;
  /** This visit's body has gone (or is queued): nothing more is sent from this page load. */
  private sent = false;
  /** The visit ended while the beacon's code was still on its way: send as soon as it arrives. */
  private sendWhenLoaded = false;
  private readonly onEvent = (event: Event): void => {
    if (this.sent) return;
    const outcome = outcomeOf(event);
    if (!outcome) return;
    this.outcome = outcome;
    if (outcome.event !== 'rag-step-change') this.sendOutcome();
  };
  private readonly onPageHide = (): void => this.sendOutcome();
  private readonly onOnline = (): void => void this.beacon?.flush();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Starts, changes or stops sending. `practice` names the practice (ODS code or name). Repeat calls with the same values do nothing. */
  configure(endpoint: string | null, practice: string): void {
    const configured = endpoint === null ? '' : `${endpoint}\n${practice}`;
    if (configured === this.configured) return;
    this.stop();
    this.configured = configured;
    if (endpoint === null) return;
    this.listen();
    loadBeaconCode().then(
      ([{ UptakeBeacon: Beacon }, { UptakeQueue: Queue, queueScope }]) => {
        if (this.configured !== configured) return;
        this.beacon = new Beacon(endpoint, new Queue(queueScope(endpoint, practice)));
        if (this.sendWhenLoaded) this.sendOutcome();
        void this.beacon.flush();
      },
      (error: unknown) => console.warn('record-access-guide: the code that sends uptake events could not be loaded; none will be sent from this page.', error),
    );
  }

  private sendOutcome(): void {
    if (this.sent || !this.outcome || this.configured === '') return;
    if (!this.beacon) {
      this.sendWhenLoaded = true;
      return;
    }
    this.sent = true;
    void this.beacon.deliver(JSON.stringify(uptakeBody(this.outcome, new Date())));
  }

  private listen(): void {
    for (const name of UPTAKE_EVENT_NAMES) this.host.addEventListener(name, this.onEvent);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('pagehide', this.onPageHide);
  }

  private unlisten(): void {
    for (const name of UPTAKE_EVENT_NAMES) this.host.removeEventListener(name, this.onEvent);
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('pagehide', this.onPageHide);
  }

  private stop(): void {
    this.unlisten();
    this.beacon = null;
    this.configured = '';
    this.sendWhenLoaded = false;
  }

  hostConnected(): void {
    if (this.configured !== '') this.listen();
  }

  hostDisconnected(): void {
    // The guide taken off the page ends the visit too.
    this.sendOutcome();
    this.unlisten();
  }
}
