import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { enGB } from '../content/en-GB.js';
import { recordAccessGuideStyles } from './record-access-guide.styles.js';

/**
 * A guide a GP practice embeds on its website to help patients start using GP online services.
 *
 * This is the walking skeleton: it renders the first step of the journey. The questions, branches,
 * configuration and checklist come with the journey work.
 *
 * @tag record-access-guide
 *
 * @attr practice-name - The practice's name, shown as plain text. Defaults to "your GP practice".
 *
 * @csspart base - The box around the current step.
 * @csspart heading - The current step's heading.
 *
 * @cssproperty --record-access-guide-font-family - Font of all text.
 * @cssproperty --record-access-guide-text-color - Colour of all text; keep 4.5:1 or more against the background.
 * @cssproperty --record-access-guide-background - Background colour.
 * @cssproperty --record-access-guide-accent-color - Colour of the bar beside each step.
 */
export class RecordAccessGuide extends LitElement {
  static override styles = recordAccessGuideStyles;

  /** The practice's name, shown as plain text (never as markup). */
  @property({ attribute: 'practice-name' }) practiceName = '';

  override render() {
    const practice = this.practiceName.trim() || enGB.defaultPracticeName.text;
    return html`
      <section class="base" part="base" aria-labelledby="step-heading">
        <h2 id="step-heading" part="heading" tabindex="-1">${enGB.startHeading.text}</h2>
        <p>${enGB.startIntro.text}</p>
        <p>${enGB.startFree.text}</p>
        <p>${enGB.startHelp.text.replace('{practice}', practice)}</p>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'record-access-guide': RecordAccessGuide;
  }
}
