import { LitElement, html, css } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Settings } from '../settings/schema.js';
import { t } from './i18n.js';
import { sendRequest } from './settings-client.js';
import { uiStyles } from './ui-styles.js';

/**
 * The switches for each aid, shared by the popup and the options page. Reads settings from the
 * background and saves each change at once, announcing the result politely.
 */
@customElement('rak-aids-form')
export class AidsForm extends LitElement {
  static override styles = [
    uiStyles,
    css`
      .setting {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0 0.75rem;
        align-items: start;
        margin-bottom: 0.75rem;
      }
      input[type='checkbox'] {
        width: 1.75rem;
        height: 1.75rem;
        margin: 0;
        accent-color: var(--rak-accent);
      }
      label {
        font-weight: 600;
      }
      .setting .hint {
        grid-column: 2;
        margin: 0;
      }
    `,
  ];

  @state() private settings?: Settings;
  @state() private status = '';
  @state() private failed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    sendRequest({ type: 'settings/get' })
      .then((settings) => (this.settings = settings))
      .catch(() => {
        this.failed = true;
        this.status = t('settingNotSaved');
      });
  }

  private async save(patch: Partial<Settings>, input: HTMLInputElement): Promise<void> {
    try {
      this.settings = await sendRequest({ type: 'settings/update', patch });
      this.failed = false;
      this.status = t('settingSaved');
    } catch {
      input.checked = !input.checked;
      this.failed = true;
      this.status = t('settingNotSaved');
    }
  }

  override render() {
    return html`
      <div class="setting">
        <input
          id="high-contrast"
          type="checkbox"
          aria-describedby="high-contrast-hint"
          .checked=${this.settings?.highContrast ?? false}
          ?disabled=${!this.settings}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            void this.save({ highContrast: input.checked }, input);
          }}
        />
        <label for="high-contrast">${t('highContrastLabel')}</label>
        <p class="hint" id="high-contrast-hint">${t('highContrastHint')}</p>
      </div>
      <p role="status" class=${this.failed ? 'error' : 'hint'}>${this.status}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rak-aids-form': AidsForm;
  }
}
