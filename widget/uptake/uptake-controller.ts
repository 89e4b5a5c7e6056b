/**
 * Uptake events as a Lit controller: when the practice has configured an endpoint, each of the guide's
 * events is turned into a beacon body (payload.ts) and delivered. With no endpoint it does nothing at all:
 * no listener, no database, no request.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { UptakeBeacon } from './beacon.js';
import { UPTAKE_EVENT_NAMES, uptakeBody } from './payload.js';

export class UptakeController implements ReactiveController {
  private beacon: UptakeBeacon | null = null;
  private readonly onEvent = (event: Event): void => {
    const body = uptakeBody(event, new Date());
    if (body && this.beacon) void this.beacon.deliver(JSON.stringify(body));
  };
  private readonly onOnline = (): void => void this.beacon?.flush();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Starts, changes or stops sending. Repeat calls with the same endpoint do nothing. */
  configure(endpoint: string | null): void {
    if ((this.beacon?.endpoint ?? null) === endpoint) return;
    this.stop();
    if (endpoint === null) return;
    this.beacon = new UptakeBeacon(endpoint);
    this.listen();
    void this.beacon.flush();
  }

  private listen(): void {
    for (const name of UPTAKE_EVENT_NAMES) this.host.addEventListener(name, this.onEvent);
    window.addEventListener('online', this.onOnline);
  }

  private stop(): void {
    for (const name of UPTAKE_EVENT_NAMES) this.host.removeEventListener(name, this.onEvent);
    window.removeEventListener('online', this.onOnline);
    this.beacon = null;
  }

  hostConnected(): void {
    if (this.beacon) this.listen();
  }

  hostDisconnected(): void {
    for (const name of UPTAKE_EVENT_NAMES) this.host.removeEventListener(name, this.onEvent);
    window.removeEventListener('online', this.onOnline);
  }
}
