import { LitElement, html, css, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { browser } from '../browser-api.js';
import { hostPatterns, PORTALS, type PortalProfile } from '../portals/profiles.js';
import { WebSpeechSynthesizer, type VoiceInfo } from '../../shared/speech/synthesizer.js';
import { isOnDevice, waitForVoices } from '../../shared/speech/voices.js';
import { READER_PAGE } from '../reader/reader-address.js';
import { READER_STRINGS } from '../reader/strings.js';
import { READING_RATES, type Aids } from '../settings/schema.js';
import '../ui/aids-form.js';
import { t } from '../ui/i18n.js';
import { readSettingsFile, settingsFileText } from '../ui/settings-file.js';
import { settingsProblemText } from '../settings/problem-text.js';
import { SettingsController } from '../ui/settings-controller.js';
import { uiStyles } from '../ui/ui-styles.js';

interface Shortcut {
  description: string;
  shortcut: string;
}

/** The options page: every aid, sites with their own settings, known portals, shortcuts and backup. */
@customElement('rak-options')
export class OptionsApp extends LitElement {
  static override styles = [
    uiStyles,
    css`
      :host {
        max-width: 40rem;
        margin: 0 auto;
        padding: 1.5rem 1rem;
      }
      ul.plain {
        list-style: none;
        padding: 0;
        margin: 0 0 1rem;
      }
      ul.plain > li {
        margin-bottom: 0.75rem;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      .error-summary {
        border: 4px solid var(--rak-error);
        padding: 0.75rem 1rem;
        margin-bottom: 1rem;
      }
      .error-summary h3 {
        margin: 0 0 0.5rem;
        font-size: 1.125rem;
      }
      .field {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        gap: 0.25rem;
        margin-top: 1rem;
      }
      label {
        font-weight: 600;
      }
    `,
  ];

  readonly #settings = new SettingsController(this);
  @state() private granted = new Set<string>();
  @state() private portalStatus = '';
  @state() private shortcuts: Shortcut[] = [];
  @state() private importStatus = '';
  @state() private importErrors?: string[];
  /** Local English voices for the read-aloud voice choice; undefined until the browser has listed them. */
  @state() private voices?: VoiceInfo[];
  #stopWatchingVoices?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#loadPortals();
    // Voices arrive late in Chromium (seconds with speech-dispatcher, more on a busy machine), so the list
    // follows every change; after 5 s with none the page says so. Only on-device voices are offered: text read
    // aloud never leaves the device.
    const synthesizer = new WebSpeechSynthesizer();
    const list = (voices: VoiceInfo[]): void => {
      this.voices = voices.filter((voice) => isOnDevice(voice) && /^en([-_]|$)/i.test(voice.lang)).sort((a, b) => a.name.localeCompare(b.name));
    };
    this.#stopWatchingVoices = synthesizer.onVoicesChanged(() => list(synthesizer.voices()));
    void waitForVoices(synthesizer, 5000).then(list);
    void browser.commands.getAll().then(
      (commands) =>
        (this.shortcuts = commands.map((c) => ({
          // The browser's own "open the popup" command has no description of ours.
          description: c.name === '_execute_action' || !c.description ? t('commandOpenPopup') : c.description,
          shortcut: c.shortcut ?? '',
        }))),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatchingVoices?.();
  }

  async #loadPortals(): Promise<void> {
    const granted = new Set<string>();
    for (const portal of PORTALS) {
      if (await browser.permissions.contains({ origins: hostPatterns(portal) })) granted.add(portal.id);
    }
    this.granted = granted;
  }

  /** Must run straight from the click: permissions.request needs the user's gesture. */
  async #allowPortal(portal: PortalProfile): Promise<void> {
    const allowed = await browser.permissions.request({ origins: hostPatterns(portal) });
    this.portalStatus = allowed ? '' : t('portalNotGranted', portal.name);
    await this.#loadPortals();
  }

  #exportSettings(): void {
    const settings = this.#settings.settings;
    if (!settings) return;
    // A local object URL: the file is made in the browser and nothing goes over the network.
    const url = URL.createObjectURL(new Blob([settingsFileText(settings)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'record-access-aids-settings.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  async #importSettings(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    this.importStatus = '';
    const result = readSettingsFile(await file.text());
    input.value = '';
    if (!result.ok) {
      this.importErrors = [t(result.error), ...result.problems.map(settingsProblemText)];
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
      return;
    }
    const saved = await this.#settings.send({ type: 'settings/import', stored: result.stored });
    this.importErrors = saved ? undefined : [t('settingNotSaved')];
    this.importStatus = saved ? t('importDone') : '';
  }

  #renderReadAloud(aids: Aids, save: (patch: Partial<Aids>) => Promise<boolean>) {
    const voices = this.voices ?? [];
    const savedMissing = aids.readingVoice !== '' && !voices.some((voice) => voice.name === aids.readingVoice);
    return html`
      <div class="field">
        <label for="reading-rate">${t('readAloudRateLabel')}</label>
        <select id="reading-rate" @change=${(e: Event) => {
          const rate = READING_RATES.find((value) => String(value) === (e.target as HTMLSelectElement).value);
          if (rate !== undefined) void save({ readingRate: rate });
        }}>
          ${READING_RATES.map((rate) => html`<option value=${String(rate)} ?selected=${rate === aids.readingRate}>${rate}×</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="reading-voice">${t('readAloudVoiceLabel')}</label>
        <select id="reading-voice" aria-describedby="reading-voice-hint" @change=${(e: Event) => void save({ readingVoice: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${aids.readingVoice === ''}>${t('readAloudVoiceAutomatic')}</option>
          ${savedMissing ? html`<option value=${aids.readingVoice} selected>${aids.readingVoice}</option>` : nothing}
          ${voices.map((voice) => html`<option value=${voice.name} ?selected=${voice.name === aids.readingVoice}>${voice.name} (${voice.lang})</option>`)}
        </select>
        <p class="hint" id="reading-voice-hint">${this.voices && voices.length === 0 ? t('readAloudNoVoices') : t('readAloudVoiceHint')}</p>
      </div>
    `;
  }

  #renderSites() {
    const sites = Object.entries(this.#settings.settings?.sites ?? {});
    if (sites.length === 0) return html`<p class="hint">${t('sitesNone')}</p>`;
    return html`<ul class="plain">
      ${sites.map(([origin, site]) => {
        const host = new URL(origin).host;
        return html`<li>
          <p><strong>${host}</strong> ${site.enabled ? nothing : t('siteAidsOff')} ${site.aids ? t('siteOwnAids') : nothing}</p>
          <div class="row">
            <button type="button" @click=${() => void this.#settings.send({ type: 'site/update', origin, enabled: !site.enabled })}>
              ${t(site.enabled ? 'siteTurnOff' : 'siteTurnOn', host)}
            </button>
            ${
              site.aids
                ? html`<button type="button" @click=${() => void this.#settings.send({ type: 'site/update', origin, ownAids: false })}>${t('siteUseGlobal', host)}</button>`
                : nothing
            }
          </div>
        </li>`;
      })}
    </ul>`;
  }

  #renderPortals() {
    return html`<p>${t('portalsIntro')}</p>
      <ul class="plain">
        ${PORTALS.map(
          (portal) => html`<li class="row">
            ${
              this.granted.has(portal.id)
                ? html`<span><strong>${portal.name}</strong>: ${t('portalAllowed')}</span>`
                : html`<button type="button" @click=${() => void this.#allowPortal(portal)}>${t('portalAllowButton', portal.name)}</button>`
            }
          </li>`,
        )}
      </ul>
      <p role="status">${this.portalStatus}</p>`;
  }

  #renderBackup() {
    return html`
      ${
        this.importErrors
          ? html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="import-error-heading">
            <h3 id="import-error-heading" class="error">${t('importErrorHeading')}</h3>
            <ul>
              ${this.importErrors.map((e) => html`<li>${e}</li>`)}
            </ul>
          </div>`
          : nothing
      }
      <button type="button" ?disabled=${!this.#settings.settings} @click=${() => this.#exportSettings()}>${t('exportButton')}</button>
      <div class="field">
        <label for="import-file">${t('importLabel')}</label>
        <input id="import-file" type="file" accept="application/json,.json" @change=${(e: Event) => void this.#importSettings(e.target as HTMLInputElement)} />
      </div>
      <p role="status">${this.importStatus}</p>
    `;
  }

  override render() {
    const settings = this.#settings.settings;
    const save = (patch: Partial<Aids>): Promise<boolean> => this.#settings.send({ type: 'settings/update', scope: { kind: 'global' }, patch });
    return html`
      <main>
        <h1>${t('optionsHeading')}</h1>
        <p>${t('optionsIntro')}</p>
        <p><a href=${READER_PAGE} target="_blank" rel="noopener">${READER_STRINGS.openFileInReader}</a><br /><span class="hint">${READER_STRINGS.openFileInReaderHint}</span></p>
        ${this.#settings.syncProblem ? html`<p class="error">${t('syncProblem')}</p>` : nothing}
        ${this.#settings.repaired ? html`<p class="error">${t('settingsRepaired')}</p>` : nothing}
        <section aria-labelledby="global-heading">
          <h2 id="global-heading">${t('globalAidsHeading')}</h2>
          ${
            settings
              ? html`<rak-aids-form .aids=${settings.global} .save=${save}></rak-aids-form>`
              : this.#settings.loadFailed
                ? html`<p class="error">${t('settingsNotLoaded')}</p>`
                : nothing
          }
        </section>
        ${
          settings
            ? html`<section aria-labelledby="read-aloud-heading">
              <h2 id="read-aloud-heading">${t('readAloudHeading')}</h2>
              ${this.#renderReadAloud(settings.global, save)}
            </section>`
            : nothing
        }
        <section aria-labelledby="sites-heading">
          <h2 id="sites-heading">${t('sitesHeading')}</h2>
          ${this.#renderSites()}
        </section>
        <section aria-labelledby="portals-heading">
          <h2 id="portals-heading">${t('portalsHeading')}</h2>
          ${this.#renderPortals()}
        </section>
        <section aria-labelledby="shortcuts-heading">
          <h2 id="shortcuts-heading">${t('shortcutsHeading')}</h2>
          <ul>
            ${this.shortcuts.map((s) => html`<li>${s.description}: <kbd>${s.shortcut || t('shortcutNotSet')}</kbd></li>`)}
          </ul>
          <p class="hint">${t('shortcutsHint')}</p>
        </section>
        <section aria-labelledby="backup-heading">
          <h2 id="backup-heading">${t('backupHeading')}</h2>
          ${this.#renderBackup()}
        </section>
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rak-options': OptionsApp;
  }
}
