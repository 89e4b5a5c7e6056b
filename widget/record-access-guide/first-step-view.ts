/**
 * The start page's view, and what every step's view shares (the context it is drawn from, its heading):
 * built into the main script, so the first step is drawn with no other file. Every later step's view is in
 * step-views.ts, which comes with the later steps' English in their part (later-steps.ts; steps.ts).
 */
import { html, type TemplateResult } from 'lit';
import type { PracticeConfig } from '../config/config.js';
import type { ContentKey } from '../content/en-GB.js';
import type { GlossaryTexts } from '../content/locales.js';
import type { TextLookup } from '../content/text.js';
import type { ValidationError } from '../journey/journey.js';
import type { JourneyContext, JourneyState, ServiceId, StepId } from '../journey/types.js';

export interface ViewContext {
  t: TextLookup;
  config: PracticeConfig;
  state: JourneyState;
  /** What the practice offers, which decides the options shown (not the journey's state: that is `state`). */
  offered: JourneyContext;
  error: ValidationError | null;
  /** Options ticked on this step but not yet sent, which win over the saved answer when re-rendering. */
  draft: readonly string[] | null;
  /** The practice name to show, or the generic fallback. */
  practice: string;
  onChange(step: StepId): void;
  /** Glossary explanations in the current language (English where missing). */
  glossary: GlossaryTexts;
  /** "Made on <today>" in the current language, for the printed and downloaded checklist. */
  madeOn(): string;
  onPrint(): void;
  onDownload(): void;
}

/** An option's label, and its hint (another when the patient is asking for their child). */
export interface OptionText {
  label: ContentKey;
  hint?: ContentKey;
  childHint?: ContentKey;
}

/** What a step shows, and for a question, the words of its options, its error and its check-your-answers row. */
export interface StepView {
  /** The heading, also named on the "continue where you left off" page. */
  title(ctx: ViewContext): string;
  /** The step's content under the frame. */
  body(ctx: ViewContext): TemplateResult;
  /** The main button's label; null for a step without a form button. */
  primary: ContentKey | null;
}

export function heading(text: string): TemplateResult {
  return html`<h2 id="step-heading" part="heading" tabindex="-1">${text}</h2>`;
}

export function paragraphs(ctx: ViewContext, keys: readonly ContentKey[]): TemplateResult[] {
  return keys.map((key) => html`<p>${ctx.t(key, { practice: ctx.practice })}</p>`);
}

/** The labels of the services, also used on the start page. */
export const SERVICE_TEXT: Readonly<Record<ServiceId, OptionText>> = {
  record: { label: 'serviceRecord' },
  appointments: { label: 'serviceAppointments' },
  prescriptions: { label: 'servicePrescriptions' },
  messages: { label: 'serviceMessages' },
};

/** The start page (not counted as a step). */
export const START_VIEW: StepView = {
  title: (ctx) => ctx.t('startHeading'),
  primary: 'startNow',
  body: (ctx) => html`
    ${heading(ctx.t('startHeading'))}
    <p>${ctx.t('startIntro')}</p>
    <p>${ctx.t('startOffers', { practice: ctx.practice })}</p>
    <ul class="list">
      ${ctx.offered.services.map((service) => html`<li>${ctx.t(SERVICE_TEXT[service].label)}</li>`)}
    </ul>
    ${paragraphs(ctx, ['startFree', 'startHours', 'startHow', 'startHelp'])}
  `,
};
