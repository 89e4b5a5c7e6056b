/**
 * The practice's configuration as a Lit controller: it watches the element's JSON block, re-reads the
 * configuration when a setting's property, the `config` property or the block changes, and reports each
 * problem once. The settings themselves are declared in settings.ts.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { enGBFirst } from '../content/en-GB-first.js';
import { loadEnglish } from '../content/locales.js';
import { loadedLaterSteps } from '../record-access-guide/steps.js';
import { errorMessage } from '../record-access-guide/host-guard.js';
import { defaultConfig, resolveConfig, type ContentIds, type PracticeConfig } from './config.js';
import { settingEntries, type SettingProperties } from './settings.js';

export type ConfigHost = ReactiveControllerHost & HTMLElement & SettingProperties & { config: unknown };

export interface ConfigOptions {
  /** A message for the webmaster, written once. */
  report(message: string): void;
}

/**
 * Until the whole English has arrived (fetched beside the first render), a `strings` id is kept whatever it
 * is: one the guide does not have is never looked up, and is reported once the ids are known.
 */
const ANY_ID: ContentIds = { has: () => true };

export class ConfigController implements ReactiveController {
  /** The checked configuration in use. */
  practice: PracticeConfig = defaultConfig();
  readonly #host: ConfigHost;
  readonly #options: ConfigOptions;
  /** The text of the JSON block child, if any. */
  #jsonText: string | null = null;
  #jsonChanged = false;
  #observer: MutationObserver | undefined;
  /** Known at once when another guide on the page has fetched the later steps already. */
  #contentIds: ContentIds = loadedLaterSteps()?.CONTENT_IDS ?? ANY_ID;
  #idsRequested = false;
  /** The ids arrived and a `strings` id they may not hold was kept: read again, to report it. */
  #idsArrived = false;

  constructor(host: ConfigHost, options: ConfigOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#readJsonBlock();
    try {
      // The element may be upgraded before the parser reaches its JSON child, or a page may add the block later.
      this.#observer ??= new MutationObserver(() => this.#readJsonBlock());
      this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    } catch (error) {
      // A page that broke MutationObserver only loses live updates of the JSON block.
      this.#options.report(`record-access-guide: later changes to the JSON config block will not be seen (MutationObserver: ${errorMessage(error)}).`);
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** After the first render: the ids of every text, to check `strings` against (a failed fetch is the locale's to report). */
  hostUpdated(): void {
    if (this.#idsRequested) return;
    this.#idsRequested = true;
    loadEnglish().then(
      ({ CONTENT_IDS }) => {
        this.#contentIds = CONTENT_IDS;
        if (Object.keys(this.practice.strings).some((id) => !Object.hasOwn(enGBFirst, id))) {
          this.#idsArrived = true;
          this.#host.requestUpdate();
        }
      },
      () => {},
    );
  }

  /** Whether an update changed anything the configuration is read from. */
  changed(changedProperties: ReadonlyMap<PropertyKey, unknown>): boolean {
    if (this.#jsonChanged || this.#idsArrived || changedProperties.has('config')) return true;
    for (const [name, setting] of settingEntries()) if ('path' in setting && 'attribute' in setting && changedProperties.has(name)) return true;
    return false;
  }

  /** Reads every source again; a failure (a hostile `config` object) is reported and the defaults used. */
  read(): PracticeConfig {
    this.#jsonChanged = false;
    this.#idsArrived = false;
    try {
      this.practice = this.#resolve();
    } catch (error) {
      // A hostile `config` object (a throwing getter, say) must not break the host page: report and use defaults.
      console.warn(`record-access-guide: the configuration could not be read (${error instanceof Error ? error.message : String(error)}). Using the defaults.`);
      this.practice = defaultConfig();
    }
    return this.practice;
  }

  #resolve(): PracticeConfig {
    const host = this.#host;
    const attributes: Record<string, string | null> = {};
    const contactAttributes: string[] = [];
    for (const [name, setting] of settingEntries()) {
      if (!('path' in setting) || !('attribute' in setting) || setting.attribute === undefined) continue;
      attributes[setting.attribute] = host[name as keyof SettingProperties] as string | null;
      if ('contact' in setting) contactAttributes.push(setting.attribute);
    }
    const { config, messages } = resolveConfig(
      { attributes, jsonText: this.#jsonText, property: host.config },
      this.#contentIds,
      enGBFirst.defaultPracticeName.text,
    );
    for (const message of messages) this.#options.report(message);
    if (Object.keys(config.contact).length === 0) {
      this.#options.report(
        `record-access-guide: no contact details are set (${contactAttributes.join(', ')}). The checklist can only tell patients to look the practice up; add at least a phone number.`,
      );
    }
    return config;
  }

  #readJsonBlock(): void {
    const block = this.#host.querySelector(':scope > script[type="application/json"]');
    const text = block?.textContent ?? null;
    if (text === this.#jsonText) return;
    this.#jsonText = text;
    this.#jsonChanged = true;
    this.#host.requestUpdate();
  }
}
