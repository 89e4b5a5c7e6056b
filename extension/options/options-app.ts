import { LitElement, html, css } from 'lit';
import { customElement } from 'lit/decorators.js';
import '../ui/aids-form.js';
import { t } from '../ui/i18n.js';
import { uiStyles } from '../ui/ui-styles.js';

/** The options page: every setting, with room to explain each one. */
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
    `,
  ];

  override render() {
    return html`
      <main>
        <h1>${t('optionsHeading')}</h1>
        <p>${t('optionsIntro')}</p>
        <rak-aids-form></rak-aids-form>
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rak-options': OptionsApp;
  }
}
