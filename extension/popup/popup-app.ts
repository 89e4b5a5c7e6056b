import { LitElement, html, css, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { browser } from '../browser-api.js';
import '../ui/aids-form.js';
import { t } from '../ui/i18n.js';
import { sendRequest } from '../ui/settings-client.js';
import { uiStyles } from '../ui/ui-styles.js';

type SiteState =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'site'; tabId: number; host: string; pattern: string; allowed: boolean };

/** The toolbar popup: whether aids may run on the current site, and the aids themselves. */
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
      }
    `,
  ];

  @state() private site: SiteState = { kind: 'loading' };

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadSite();
  }

  private async loadSite(): Promise<void> {
    // With activeTab, the popup may read the URL of the tab it was opened over, and nothing else.
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab?.id || !tab.url || !/^https?:/.test(tab.url)) {
      this.site = { kind: 'unsupported' };
      return;
    }
    const url = new URL(tab.url);
    const pattern = `${url.origin}/*`;
    const allowed = await browser.permissions.contains({ origins: [pattern] });
    this.site = { kind: 'site', tabId: tab.id, host: url.host, pattern, allowed };
  }

  private async allowSite(): Promise<void> {
    if (this.site.kind !== 'site') return;
    const { tabId, pattern } = this.site;
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (granted) await sendRequest({ type: 'site/activate', tabId });
    await this.loadSite();
  }

  private renderSite() {
    switch (this.site.kind) {
      case 'loading':
        return nothing;
      case 'unsupported':
        return html`<p class="site hint">${t('siteUnsupported')}</p>`;
      case 'site':
        return this.site.allowed
          ? html`<p class="site">${t('siteAllowed', this.site.host)}</p>`
          : html`<div class="site">
              <p>${t('siteNotAllowed', this.site.host)}</p>
              <button type="button" @click=${() => void this.allowSite()}>${t('allowSiteButton')}</button>
            </div>`;
    }
  }

  override render() {
    return html`
      <main>
        <h1>${t('popupHeading')}</h1>
        ${this.renderSite()}
        <rak-aids-form></rak-aids-form>
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rak-popup': PopupApp;
  }
}
