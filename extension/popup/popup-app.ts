import { LitElement, html, css, nothing } from 'lit';
import { looksLikeDocument, readerPageFor } from '../reader/reader-address.js';
import { READER_STRINGS } from '../reader/strings.js';
import { customElement, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { browser } from '../browser-api.js';
import type { ReadAloudCommand, ReadAloudRefusal } from '../messages.js';
import { effectiveAids, type Aids } from '../settings/schema.js';
import { sitePattern } from '../site-pattern.js';
import '../ui/aids-form.js';
import { t } from '../ui/i18n.js';
import { sendRequest } from '../ui/settings-client.js';
import { SettingsController } from '../ui/settings-controller.js';
import { uiStyles } from '../ui/ui-styles.js';

type SiteState =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'site'; tabId: number; origin: string; host: string; pattern: string; allowed: boolean; document?: string };

/** The toolbar popup: aids on or off for the current site, whether it has its own settings, and the common aids. */
@customElement('rak-popup')
export class PopupApp extends LitElement {
  static override styles = [
    uiStyles,
    css`
      :host {
        padding: 1rem;
        min-width: 18rem;
        max-width: 26rem;
      }
      .site {
        margin-bottom: 1rem;
        padding-bottom: 0.5rem;
        border-bottom: 1px solid var(--rak-secondary-text);
      }
      .setting label {
        font-weight: 600;
      }
      .read-aloud {
        margin-bottom: 1rem;
        padding-bottom: 0.5rem;
        border-bottom: 1px solid var(--rak-secondary-text);
      }
      .read-aloud h2 {
        font-size: 1.1rem;
        margin: 0 0 0.5rem;
      }
      .read-aloud .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      input[type='checkbox'] {
        width: 1.5rem;
        height: 1.5rem;
        margin: 0;
        accent-color: var(--rak-accent);
      }
    `,
  ];

  @state() private site: SiteState = { kind: 'loading' };
  /** What the last read-aloud request did, in words; shown in a polite live region. */
  @state() private readAloudNote = '';
  readonly #settings = new SettingsController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#loadSite();
  }

  async #loadSite(): Promise<void> {
    // With activeTab, the popup may read the URL of the tab it was opened over, and nothing else.
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab?.id || !tab.url || !/^https?:/.test(tab.url)) {
      this.site = { kind: 'unsupported' };
      return;
    }
    const url = new URL(tab.url);
    const pattern = sitePattern(url.origin);
    if (pattern === undefined) {
      this.site = { kind: 'unsupported' };
      return;
    }
    const allowed = await browser.permissions.contains({ origins: [pattern] });
    this.site = {
      kind: 'site',
      tabId: tab.id,
      origin: url.origin,
      host: url.host,
      pattern,
      allowed,
      ...(looksLikeDocument(tab.url) ? { document: tab.url } : {}),
    };
  }

  async #allowSite(): Promise<void> {
    if (this.site.kind !== 'site') return;
    const { tabId, pattern } = this.site;
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (granted) await sendRequest({ type: 'site/activate', tabId });
    await this.#loadSite();
  }

  #renderSite() {
    const settings = this.#settings.settings;
    switch (this.site.kind) {
      case 'loading':
        return nothing;
      case 'unsupported':
        return html`<p class="site hint">${t('siteUnsupported')}</p>`;
      case 'site': {
        const { origin, host, allowed } = this.site;
        if (!allowed) {
          return html`<div class="site">
            <p>${t('siteNotAllowed', host)}</p>
            <button type="button" @click=${() => void this.#allowSite()}>${t('allowSiteButton')}</button>
          </div>`;
        }
        const site = settings?.sites[origin];
        return html`<div class="site">
          <div class="setting">
            <input
              id="site-enabled"
              type="checkbox"
              .checked=${live(site?.enabled ?? true)}
              ?disabled=${!settings}
              @change=${(e: Event) => void this.#settings.send({ type: 'site/update', origin, enabled: (e.target as HTMLInputElement).checked })}
            />
            <label for="site-enabled">${t('siteSwitchLabel', host)}</label>
          </div>
          <div class="setting">
            <input
              id="site-own"
              type="checkbox"
              .checked=${live(site?.aids !== undefined)}
              ?disabled=${!settings}
              @change=${(e: Event) => void this.#settings.send({ type: 'site/update', origin, ownAids: (e.target as HTMLInputElement).checked })}
            />
            <label for="site-own">${t('ownSiteSettingsLabel', host)}</label>
          </div>
        </div>`;
      }
    }
  }

  async #readAloud(command: ReadAloudCommand): Promise<void> {
    if (this.site.kind !== 'site') return;
    const refusalNotes: Record<ReadAloudRefusal, string> = {
      'site-not-allowed': t('readAloudNotAllowed'),
      'not-running': t('readAloudNotRunning'),
      'aids-off': t('readAloudAidsOff'),
      'no-selection': t('readAloudNoSelection'),
      'not-a-web-page': t('aidsNotOnThisKindOfPage'),
    };
    this.readAloudNote = '';
    try {
      const outcome = await sendRequest({ type: 'readAloud/run', tabId: this.site.tabId, command });
      if (!outcome.ok) this.readAloudNote = refusalNotes[outcome.refusal];
      else if (command === 'read-from-here') this.readAloudNote = t('readAloudPickHint');
      else if (command === 'read-table') this.readAloudNote = t('readAloudTableHint');
    } catch {
      this.readAloudNote = t('readAloudNotRunning');
    }
  }

  /** Read-aloud buttons; disabled, with the reason beside them, where aids cannot run. */
  #renderReadAloud() {
    if (this.site.kind === 'loading') return nothing;
    const settings = this.#settings.settings;
    let reason = '';
    if (this.site.kind === 'unsupported') reason = t('readAloudUnsupported');
    else if (!this.site.allowed) reason = t('readAloudNotAllowed');
    else if (settings && !effectiveAids(settings, this.site.origin)) reason = t('readAloudAidsOff');
    const disabled = reason !== '';
    const buttons: [ReadAloudCommand, string][] = [
      ['read-main', t('readAloudPage')],
      ['read-selection', t('readAloudSelection')],
      ['read-from-here', t('readAloudFromHere')],
      ['read-table', t('readAloudTable')],
      ['stop', t('readAloudStopButton')],
    ];
    return html`<section class="read-aloud" aria-labelledby="read-aloud-heading">
      <h2 id="read-aloud-heading">${t('readAloudHeading')}</h2>
      ${disabled ? html`<p class="hint" id="read-aloud-reason">${reason}</p>` : nothing}
      <div class="buttons">
        ${buttons.map(
          ([command, label]) =>
            html`<button type="button" ?disabled=${disabled} aria-describedby=${disabled ? 'read-aloud-reason' : nothing} @click=${() => void this.#readAloud(command)}>
              ${label}
            </button>`,
        )}
      </div>
      <!-- A polite live region without the status role: the popup's one status is the aids form's "Saved." -->
      <p class="hint" aria-live="polite">${this.readAloudNote}</p>
    </section>`;
  }

  /** The form edits this site's own aids when it has them, else the global ones. */
  #renderForm() {
    const settings = this.#settings.settings;
    if (!settings) return this.#settings.loadFailed ? html`<p class="error">${t('settingsNotLoaded')}</p>` : nothing;
    const origin = this.site.kind === 'site' && this.site.allowed ? this.site.origin : undefined;
    const own = origin !== undefined && settings.sites[origin]?.aids !== undefined;
    const aids = own && origin ? { ...settings.global, ...settings.sites[origin]?.aids } : settings.global;
    const scopeNote = own && this.site.kind === 'site' ? t('scopeSite', this.site.host) : t('scopeGlobal');
    const save = (patch: Partial<Aids>): Promise<boolean> =>
      this.#settings.send({ type: 'settings/update', scope: own && origin ? { kind: 'site', origin } : { kind: 'global' }, patch });
    const off = origin !== undefined && effectiveAids(settings, origin) === undefined;
    return html`
      <p class="hint">${scopeNote}</p>
      ${off ? html`<p class="hint">${t('siteAidsOff')}</p>` : nothing}
      <rak-aids-form compact .aids=${aids} .save=${save}></rak-aids-form>
      ${this.#settings.syncProblem ? html`<p class="hint">${t('syncProblem')}</p>` : nothing}
      ${this.#settings.repaired ? html`<p class="error">${t('settingsRepaired')}</p>` : nothing}
    `;
  }

  override render() {
    return html`
      <main>
        <h1>${t('popupHeading')}</h1>
        ${this.#renderSite()} ${this.#renderReader()} ${this.#renderReadAloud()} ${this.#renderForm()}
        <p><a href="options.html" target="_blank" @click=${this.#openOptions}>${t('allSettingsLink')}</a></p>
      </main>
    `;
  }

  /** On a PDF or picture open in the tab, on an allowed site: open it in the document reader. */
  #renderReader() {
    if (this.site.kind !== 'site' || !this.site.allowed || !this.site.document) return nothing;
    const src = this.site.document;
    return html`<p><button type="button" @click=${() => void this.#openReader(src)}>${READER_STRINGS.openInReader}</button></p>`;
  }

  async #openReader(src: string): Promise<void> {
    await browser.tabs.create({ url: readerPageFor(browser.runtime.getURL(''), src) });
    window.close();
  }

  #openOptions(event: Event): void {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rak-popup': PopupApp;
  }
}
