/**
 * Uptake events as a Lit controller: when the practice has configured an endpoint, each of the guide's
 * events is turned into a beacon body (payload.ts) and delivered. With no endpoint it does nothing at all:
 * no listener, no database, no request.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { UptakeBeacon } from './beacon.js';
import { UPTAKE_EVENT_NAMES, uptakeBody } from './payload.js';

/** The beacon's code (with its offline queue in IndexedDB) is a separate file, fetched only when there is an endpoint. */
const loadBeaconCode = () => import('./beacon.js');

export class UptakeController implements ReactiveController {
  private endpoint: string | null = null;
  private beacon: UptakeBeacon | null = null;
  /** Bodies of events that happened while the beacon's code was loading, sent once it has. */
  private waiting: string[] = [];
  private readonly onEvent = (event: Event): void => {
    const body = uptakeBody(event, new Date());
    if (!body) return;
    if (this.beacon) void this.beacon.deliver(JSON.stringify(body));
    else this.waiting.push(JSON.stringify(body));
  };
  private readonly onOnline = (): void => void this.beacon?.flush();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Starts, changes or stops sending. Repeat calls with the same endpoint do nothing. */
  configure(endpoint: string | null): void {
    if (this.endpoint === endpoint) return;
    this.stop();
    this.endpoint = endpoint;
    if (endpoint === null) return;
    this.listen();
    loadBeaconCode().then(
      ({ UptakeBeacon: Beacon }) => {
        if (this.endpoint !== endpoint) return;
        const beacon = new Beacon(endpoint);
        this.beacon = beacon;
        const waiting = this.waiting;
        this.waiting = [];
        void (async () => {
          for (const body of waiting) await beacon.deliver(body);
          await beacon.flush();
        })();
      },
      (error: unknown) => console.warn('record-access-guide: the code that sends uptake events could not be loaded; none will be sent from this page.', error),
    );
  }

  private listen(): void {
    for (const name of UPTAKE_EVENT_NAMES) this.host.addEventListener(name, this.onEvent);
    window.addEventListener('online', this.onOnline);
  }

  private stop(): void {
    for (const name of UPTAKE_EVENT_NAMES) this.host.removeEventListener(name, this.onEvent);
    window.removeEventListener('online', this.onOnline);
    this.endpoint = null;
    this.beacon = null;
    this.waiting = [];
  }

  hostConnected(): void {
    if (this.endpoint !== null) this.listen();
  }

  hostDisconnected(): void {
    for (const name of UPTAKE_EVENT_NAMES) this.host.removeEventListener(name, this.onEvent);
    window.removeEventListener('online', this.onOnline);
  }
}
