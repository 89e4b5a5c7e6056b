import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { contrastRatio, parseColor } from '../../shared/a11y/contrast.js';
import {
  AID_CONTROLS,
  COLOUR_THEMES,
  SETTINGS,
  type Aids,
  type ColourThemeControl,
  type Message,
  type SelectControl,
  type SwitchControl,
} from '../aid-catalogue.js';
import { t } from './i18n.js';
import { uiStyles } from './ui-styles.js';

/** The words of a declared message, with its substitutions. */
const say = (message: Message): string => (typeof message === 'string' ? t(message) : t(message[0], message.slice(1)));

/** The contrast of two #rrggbb colours, or undefined if either does not parse. */
export function customContrast(text: string, background: string): number | undefined {
  const a = parseColor(text);
  const b = parseColor(background);
  return a && b ? contrastRatio(a, b) : undefined;
}

/**
 * The controls for every aid, shared by the popup (the aids most people need: `compact`) and the
 * options page (all of them). It shows `aids` and hands each change to `save`, announcing the result.
 */
@customElement('rak-aids-form')
export class AidsForm extends LitElement {
  static override styles = [
    uiStyles,
    css`
      :host {
        background: transparent;
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 0 0 1rem;
      }
      legend,
      .field > label,
      .setting label {
        font-weight: 600;
      }
      legend {
        padding: 0;
        margin-bottom: 0.25rem;
      }
      .choice {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0 0.75rem;
        align-items: start;
        margin-bottom: 0.5rem;
      }
      .choice label {
        font-weight: normal;
      }
      input[type='checkbox'],
      input[type='radio'] {
        width: 1.5rem;
        height: 1.5rem;
        margin: 0;
        accent-color: var(--rak-accent);
      }
      .setting .hint {
        grid-column: 2;
        margin: 0;
      }
      .field {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        gap: 0.25rem;
        margin-bottom: 1rem;
      }
      .colours {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
      }
      input[type='color'] {
        width: 4rem;
        height: 2.75rem;
        border: 2px solid var(--rak-text);
        border-radius: 4px;
        padding: 0.125rem;
        background: var(--rak-background);
      }
      .notice {
        border-left: 4px solid var(--rak-accent);
        padding-left: 0.75rem;
      }
    `,
  ];

  @property({ attribute: false }) aids?: Aids;
  /** The popup shows only the aids most people need. */
  @property({ type: Boolean }) compact = false;
  /** Saves a change; resolves to false when it could not be saved. */
  @property({ attribute: false }) save?: (patch: Partial<Aids>) => Promise<boolean>;

  @state() private status = '';
  @state() private failed = false;

  readonly #forcedColours = matchMedia('(forced-colors: active)');
  readonly #onForcedColoursChange = (): void => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    this.#forcedColours.addEventListener('change', this.#onForcedColoursChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#forcedColours.removeEventListener('change', this.#onForcedColoursChange);
  }

  async #change(patch: Partial<Aids>): Promise<void> {
    const saved = (await this.save?.(patch)) ?? false;
    this.failed = !saved;
    this.status = t(saved ? 'settingSaved' : 'settingNotSaved');
    // A failed save leaves the controls showing the stored settings, not what was clicked.
    if (!saved) this.requestUpdate();
  }

  #renderThemes(aids: Aids, control: ColourThemeControl) {
    const ratio = customContrast(aids.customText, aids.customBackground);
    return html`
      <fieldset>
        <legend>${t(control.legend)}</legend>
        ${this.#forcedColours.matches ? html`<p class="notice" id="forced-colours-notice">${t('forcedColoursNotice')}</p>` : nothing}
        ${COLOUR_THEMES.map(
          (theme) => html`<div class="choice">
            <input
              type="radio"
              name="colour-theme"
              id="theme-${theme}"
              .checked=${live(aids.colourTheme === theme)}
              @change=${() => void this.#change({ colourTheme: theme })}
            />
            <label for="theme-${theme}">${t(control.optionLabels[theme])}</label>
          </div>`,
        )}
        ${
          aids.colourTheme !== 'custom'
            ? nothing
            : this.compact
              ? html`<p class="hint">${t('customColoursInOptions')}</p>`
              : html`<div class="colours">
                  <div class="field">
                    <label for="custom-text">${t('customTextLabel')}</label>
                    <input id="custom-text" type="color" .value=${aids.customText} @change=${(e: Event) => void this.#change({ customText: (e.target as HTMLInputElement).value })} />
                  </div>
                  <div class="field">
                    <label for="custom-background">${t('customBackgroundLabel')}</label>
                    <input id="custom-background" type="color" .value=${aids.customBackground} @change=${(e: Event) => void this.#change({ customBackground: (e.target as HTMLInputElement).value })} />
                  </div>
                </div>
                <p id="contrast-readout" class=${ratio !== undefined && ratio < 4.5 ? 'error' : ''}>
                  ${ratio === undefined ? nothing : t('contrastReadout', ratio.toFixed(1))}
                  ${ratio !== undefined && ratio < 4.5 ? t('contrastWarning') : nothing}
                </p>`
        }
      </fieldset>
    `;
  }

  #renderSelect(aids: Aids, { setting, label, optionLabel }: SelectControl) {
    const value = aids[setting];
    const options = SETTINGS[setting].choices;
    const id = setting.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    // ?selected sets the first render; the live .value puts the stored choice back after a failed save.
    return html`<div class="field">
      <label for=${id}>${t(label)}</label>
      <select
        id=${id}
        .value=${live(say(optionLabel(value)))}
        @change=${(e: Event) => {
          const picked = options[(e.target as HTMLSelectElement).selectedIndex];
          if (picked !== undefined) void this.#change({ [setting]: picked });
        }}
      >
        ${options.map((o) => html`<option ?selected=${o === value}>${say(optionLabel(o))}</option>`)}
      </select>
    </div>`;
  }

  #renderSwitch(aids: Aids, { setting: key, label, hint }: SwitchControl) {
    return html`<div class="setting">
      <input
        id=${key}
        type="checkbox"
        aria-describedby=${hint ? `${key}-hint` : nothing}
        .checked=${live(aids[key])}
        @change=${(e: Event) => void this.#change({ [key]: (e.target as HTMLInputElement).checked })}
      />
      <label for=${key}>${t(label)}</label>
      ${hint ? html`<p class="hint" id="${key}-hint">${t(hint)}</p>` : nothing}
    </div>`;
  }

  override render() {
    const aids = this.aids;
    if (!aids) return nothing;
    // One control per aid declared in aid-catalogue.ts, in its order; the popup shows the switches marked inPopup.
    return html`
      ${AID_CONTROLS.map((control) => {
        switch (control.kind) {
          case 'colour-theme':
            return this.#renderThemes(aids, control);
          case 'select':
            return this.#renderSelect(aids, control);
          case 'switch':
            return this.compact && !control.inPopup ? nothing : this.#renderSwitch(aids, control);
        }
      })}
      <p role="status" class=${this.failed ? 'error' : 'hint'}>${this.status}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rak-aids-form': AidsForm;
  }
}
