import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Request, SettingsResult } from '../messages.js';
import type { Settings } from '../settings/schema.js';
import { onSettingsChanged } from '../settings/storage.js';
import { applyUiAids } from './apply-ui-aids.js';
import { sendRequest } from './settings-client.js';

type SettingsRequest = Exclude<Request, { type: 'site/activate' } | { type: 'readAloud/run' } | { type: 'fonts/get' }>;

/**
 * Holds the settings for a page (popup or options): loads them, follows changes made elsewhere
 * (a keyboard shortcut, another window), sends changes to the background, and keeps the page's own
 * look in step with the user's global aids.
 */
export class SettingsController implements ReactiveController {
  settings?: Settings;
  syncProblem?: string;
  /** Stored settings were damaged when this page opened; some were reset to their defaults. */
  repaired = false;
  loadFailed = false;
  readonly #host: ReactiveControllerHost;
  #lifetime?: AbortController;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#lifetime = new AbortController();
    onSettingsChanged((settings) => this.#set({ settings }), this.#lifetime.signal);
    sendRequest({ type: 'settings/get' })
      .then((result) => this.#set(result))
      .catch(() => {
        this.loadFailed = true;
        this.#host.requestUpdate();
      });
  }

  hostDisconnected(): void {
    this.#lifetime?.abort();
  }

  /** Sends a change; resolves to false (and keeps the old settings) when the background refused or failed. */
  async send(request: SettingsRequest): Promise<boolean> {
    try {
      this.#set(await sendRequest(request));
      return true;
    } catch {
      return false;
    }
  }

  #set(result: SettingsResult): void {
    this.settings = result.settings;
    if (result.syncProblem !== undefined) this.syncProblem = result.syncProblem;
    if (result.repaired) this.repaired = true;
    applyUiAids(result.settings.global);
    this.#host.requestUpdate();
  }
}
