/**
 * How each step looks. Each view takes the current state and returns its heading text and body; the
 * element adds the frame (Back, step count, error summary, quick exit). All text comes through `t`, and
 * is bound as text, so practice configuration can never become markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { PracticeConfig } from '../config/config.js';
import type { ContentKey } from '../content/en-GB.js';
import type { TextLookup } from '../content/text.js';
import type { GlossaryTexts } from '../content/locales.js';
import { answeredQuestions, needsConsent, QUESTIONS, type ValidationError } from '../journey/journey.js';
import { SUPPORT_OPTIONS, type JourneyContext, type JourneyState, type ServiceId, type StepId, type StopReason } from '../journey/types.js';
import { buildChecklistDocument, practiceContacts, SUPPORT_NEED_TEXT, type ContactLine } from './checklist-document.js';
import { linkTerms } from './term-links.js';

export interface ViewContext {
  t: TextLookup;
  config: PracticeConfig;
  state: JourneyState;
  journey: JourneyContext;
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

/** The NHS website's list of short forms in health records (the `nhsAbbreviations` source). */
const NHS_ABBREVIATIONS_URL =
  'https://www.nhs.uk/nhs-app/nhs-app-help-and-support/health-records-in-the-nhs-app/abbreviations-commonly-found-in-medical-records/';

export const SERVICE_TEXT: Record<ServiceId, ContentKey> = {
  record: 'serviceRecord',
  appointments: 'serviceAppointments',
  prescriptions: 'servicePrescriptions',
  messages: 'serviceMessages',
};

/** Label and (optional) hint for every option of every question. */
const OPTION_TEXT: Record<string, { label: ContentKey; hint?: ContentKey; childHint?: ContentKey }> = {
  myself: { label: 'whoMyself' },
  child: { label: 'whoChild', hint: 'whoChildHint' },
  adult: { label: 'whoAdult', hint: 'whoAdultHint' },
  '16-plus': { label: 'age16Plus', hint: 'age16PlusHintSelf', childHint: 'age16PlusHintChild' },
  '13-to-15': { label: 'age13To15', hint: 'age13To15HintSelf', childHint: 'age13To15HintChild' },
  'under-13': { label: 'ageUnder13', hint: 'ageUnder13HintSelf', childHint: 'ageUnder13HintChild' },
  continue: { label: 'decideContinue' },
  stop: { label: 'decideStop' },
  talk: { label: 'decideTalk', hint: 'decideTalkHint' },
  yes: { label: 'identityYes' },
  no: { label: 'identityNo' },
  'cannot-register': { label: 'leavingCannotRegister' },
  confidentiality: { label: 'leavingConfidentiality' },
  'access-needs': { label: 'leavingAccessNeeds' },
  worried: { label: 'leavingWorried' },
  'no-point': { label: 'leavingNoPoint' },
  other: { label: 'leavingOther' },
};

/** The consent question shares `yes` with photo ID, so its options have their own words. */
const CONSENT_TEXT: Record<string, { label: ContentKey; hint: ContentKey }> = {
  yes: { label: 'consentYes', hint: 'consentYesHint' },
  lpa: { label: 'consentLpa', hint: 'consentLpaHint' },
  deputy: { label: 'consentDeputy', hint: 'consentDeputyHint' },
  neither: { label: 'consentNeither', hint: 'consentNeitherHint' },
};

function optionText(step: StepId, value: string): { label: ContentKey; hint?: ContentKey; childHint?: ContentKey } | undefined {
  return step === 'consent' ? CONSENT_TEXT[value] : OPTION_TEXT[value];
}

const ERROR_TEXT: Record<ValidationError, ContentKey> = {
  'who-required': 'errorWho',
  'age-required': 'errorAge',
  'consent-required': 'errorConsent',
  'services-required': 'errorServices',
  'record-required': 'errorRecord',
  'identity-required': 'errorIdentity',
  'unknown-option': 'errorWho',
};

/** Whether the patient is asking for someone else: then the record is theirs, never "your record". */
function forSomeoneElse(ctx: ViewContext): boolean {
  return ctx.state.answers.who === 'child' || ctx.state.answers.who === 'adult';
}

/** The message for a validation error on the current step. */
export function errorText(ctx: ViewContext): string {
  if (!ctx.error) return '';
  if (ctx.error === 'age-required' && ctx.state.answers.who === 'child') return ctx.t('errorAgeChild');
  if (ctx.error === 'unknown-option') {
    // Only a tampered form can send an unknown value; ask again in the words of this step's question.
    const own = `${ctx.state.current}-required` as ValidationError;
    return ctx.t(ERROR_TEXT[own] ?? 'errorWho');
  }
  return ctx.t(ERROR_TEXT[ctx.error]);
}

/** The id of the first input of the current question: where the error summary's link takes focus. */
export function firstFieldId(ctx: ViewContext): string | null {
  const question = QUESTIONS[ctx.state.current];
  const first = question?.options(ctx.journey)[0];
  return question && first ? `${ctx.state.current}-${first}` : null;
}

/** The heading of each step, also used in the "Step N of M: title" announcement. */
export function stepTitle(step: StepId, ctx: ViewContext): string {
  const { t } = ctx;
  const who = ctx.state.answers.who;
  switch (step) {
    case 'start':
      return t('startHeading');
    case 'who':
      return t('whoHeading');
    case 'proxy':
      return t(who === 'adult' ? 'proxyAdultHeading' : 'proxyChildHeading');
    case 'age':
      return t(who === 'child' ? 'ageHeadingChild' : 'ageHeadingSelf');
    case 'consent':
      return t(who === 'child' ? 'consentHeadingChild' : 'consentHeadingAdult');
    case 'services':
      return t('servicesHeading');
    case 'record':
      return t(forSomeoneElse(ctx) ? 'recordHeadingProxy' : 'recordHeading');
    case 'identity':
      return t('identityHeading');
    case 'check':
      return t('checkHeading');
    case 'next-steps':
      return t('nextHeading');
    case 'leaving':
      return t('leavingHeading');
  }
}

function heading(text: string): TemplateResult {
  return html`<h2 id="step-heading" part="heading" tabindex="-1">${text}</h2>`;
}

function paragraphs(ctx: ViewContext, keys: readonly ContentKey[]): TemplateResult[] {
  return keys.map((key) => html`<p>${ctx.t(key, { practice: ctx.practice })}</p>`);
}

/**
 * A question in the GOV.UK/NHS pattern: a fieldset whose legend is the page heading (or a plain question
 * when the step has its own heading above), hint, inline error and the options.
 */
function question(ctx: ViewContext, options: { legendIsHeading: boolean; legend: string; hint?: string }): TemplateResult {
  const step = ctx.state.current;
  const definition = QUESTIONS[step];
  if (!definition) return html``;
  const current = ctx.state.answers[definition.field];
  const chosen: readonly string[] = ctx.draft ?? (Array.isArray(current) ? current : current === undefined ? [] : [current]);
  const error = errorText(ctx);
  const describedBy = [options.hint ? `${step}-hint` : '', error ? `${step}-error` : ''].filter(Boolean).join(' ');
  const checkbox = definition.kind === 'checkbox';
  const hint = [options.hint, checkbox ? ctx.t('selectAllThatApply') : ''].filter(Boolean).join(' ');
  return html`
    <div class="form-group ${error ? 'form-group--error' : ''}">
      <fieldset aria-describedby=${describedBy || nothing}>
        <legend class=${options.legendIsHeading ? 'legend-heading' : 'legend-question'}>
          ${options.legendIsHeading ? heading(options.legend) : options.legend}
        </legend>
        ${hint ? html`<div class="hint" id="${step}-hint">${hint}</div>` : nothing}
        ${error ? html`<p class="error-message" id="${step}-error"><span class="visually-hidden">${ctx.t('errorPrefix')} </span>${error}</p>` : nothing}
        <div class="choices">
          ${definition.options(ctx.journey).map((value) => {
            const id = `${step}-${value}`;
            const labels = optionText(step, value);
            const label = labels ? ctx.t(labels.label) : SERVICE_TEXT[value as ServiceId] ? ctx.t(SERVICE_TEXT[value as ServiceId]) : value;
            const hintKey = ctx.state.answers.who === 'child' && labels?.childHint ? labels.childHint : labels?.hint;
            return html`
              <div class="choice">
                <input
                  type=${checkbox ? 'checkbox' : 'radio'}
                  id=${id}
                  name=${definition.field}
                  value=${value}
                  .checked=${live(chosen.includes(value))}
                  aria-describedby=${hintKey ? `${id}-hint` : nothing}
                />
                <label for=${id}>${label}</label>
                ${hintKey ? html`<div class="hint choice-hint" id="${id}-hint">${ctx.t(hintKey)}</div>` : nothing}
              </div>
            `;
          })}
        </div>
      </fieldset>
    </div>
  `;
}

/** A line, as a link when it has an address; links to other sites open in a new tab. */
function line(item: ContactLine): TemplateResult {
  if (!item.url) return html`${item.text}`;
  const external = item.url.startsWith('https:') || item.url.startsWith('http:');
  return external ? html`<a href=${item.url} target="_blank" rel="noopener noreferrer">${item.text}</a>` : html`<a href=${item.url}>${item.text}</a>`;
}

function contactList(ctx: ViewContext): TemplateResult {
  const { lines } = practiceContacts(ctx.t, ctx.config, ctx.practice);
  return html`<ul class="list contact-list">${lines.map((item) => html`<li>${line(item)}</li>`)}</ul>`;
}

function startView(ctx: ViewContext): TemplateResult {
  return html`
    ${heading(stepTitle('start', ctx))}
    <p>${ctx.t('startIntro')}</p>
    <p>${ctx.t('startOffers', { practice: ctx.practice })}</p>
    <ul class="list">
      ${ctx.journey.services.map((service) => html`<li>${ctx.t(SERVICE_TEXT[service])}</li>`)}
    </ul>
    ${paragraphs(ctx, ['startFree', 'startHours', 'startHow', 'startHelp'])}
  `;
}

function proxyView(ctx: ViewContext): TemplateResult {
  const basis: ContentKey[] = needsConsent(ctx.state.answers) ? ['proxyConsent'] : ['proxyChildResponsibility', 'proxyChildSay'];
  const keys: ContentKey[] = ['proxyName', ...basis, 'proxyPractice', 'proxyApp', 'proxyLimits', 'proxySamePractice'];
  return html`${heading(stepTitle('proxy', ctx))}${paragraphs(ctx, keys)}`;
}

const RECORD_PARTS: readonly [ContentKey, ContentKey, ContentKey][] = [
  ['recordSummaryTitle', 'recordSummaryText', 'recordSummaryExample'],
  ['recordImmunisationsTitle', 'recordImmunisationsText', 'recordImmunisationsExample'],
  ['recordResultsTitle', 'recordResultsText', 'recordResultsExample'],
  ['recordNotesTitle', 'recordNotesText', 'recordNotesExample'],
  ['recordLettersTitle', 'recordLettersText', 'recordLettersExample'],
];

/** What you will see, then whether to go on. Short on the page; examples and the rest behind <details>. */
function recordView(ctx: ViewContext): TemplateResult {
  const { t } = ctx;
  const { who, age } = ctx.state.answers;
  const proxy = forSomeoneElse(ctx);
  const under16 = age === '13-to-15' || age === 'under-13' ? (who === 'myself' ? 'recordUnder16' : who === 'child' ? 'recordUnder16Child' : null) : null;
  return html`
    ${heading(stepTitle('record', ctx))}
    <p>${t(proxy ? 'recordIntroProxy' : 'recordIntro')}</p>
    <details>
      <summary>${t('recordExamples')}</summary>
      <dl class="record-parts">
        ${RECORD_PARTS.map(([title, text, example]) => {
          const linked = linkTerms(t, t(example), example, ctx.glossary);
          return html`
            <div class="record-part">
              <dt>${t(title)}</dt>
              <dd>
                <p>${t(text)}</p>
                <p class="example"><span class="example-label">${t('exampleLabel')}</span> <span lang="en-GB">${linked.text}</span></p>
                ${linked.notes}
              </dd>
            </div>
          `;
        })}
      </dl>
    </details>
    <p>${t('recordNewEntries')}</p>
    ${under16 ? html`<p class="inset">${t(under16)}</p>` : nothing}
    <p>${t('recordResultsEarly')}</p>
    <details>
      <summary>${t('recordMore')}</summary>
      ${paragraphs(ctx, ['recordOlder', 'recordWithheld', 'recordNotIn', 'recordAbbreviations'])}
      <p><a href=${NHS_ABBREVIATIONS_URL} target="_blank" rel="noopener noreferrer">${t('recordAbbreviationsLink')}</a></p>
      ${paragraphs(ctx, ['recordWrong', 'recordComplain', 'recordMoving', 'recordSwitchOff', 'decidePast'])}
    </details>
    <h3>${t('decideHeading')}</h3>
    ${paragraphs(ctx, [proxy ? 'decidePressureProxy' : 'decidePressure', 'decideDevices'])}
    ${question(ctx, { legendIsHeading: false, legend: t('decideQuestion') })}
  `;
}

function identityView(ctx: ViewContext): TemplateResult {
  return html`
    ${heading(stepTitle('identity', ctx))}
    <p>${ctx.t('identityWhy')}</p>
    <ul class="list">
      ${(['identityPhoto', 'identityDetails', 'identityInPerson'] as const).map((key) => html`<li>${ctx.t(key)}</li>`)}
    </ul>
    ${question(ctx, { legendIsHeading: false, legend: ctx.t('identityQuestion'), hint: ctx.t('identityHint') })}
  `;
}

const CHECK_ROWS: Partial<Record<StepId, { key: ContentKey; change: ContentKey }>> = {
  who: { key: 'checkWho', change: 'checkChangeWho' },
  age: { key: 'checkAge', change: 'checkChangeAge' },
  consent: { key: 'checkConsent', change: 'checkChangeConsent' },
  services: { key: 'checkServices', change: 'checkChangeServices' },
  record: { key: 'checkDecision', change: 'checkChangeDecision' },
  identity: { key: 'checkIdentity', change: 'checkChangeIdentity' },
};

function answerText(ctx: ViewContext, step: StepId): string {
  const definition = QUESTIONS[step];
  if (!definition) return '';
  const value = ctx.state.answers[definition.field];
  const values: readonly string[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  if (values.length === 0) return ctx.t('checkNone');
  return values
    .map((v) => {
      const labels = optionText(step, v);
      if (labels) return ctx.t(labels.label);
      const service = SERVICE_TEXT[v as ServiceId];
      return service ? ctx.t(service) : v;
    })
    .join(', ');
}

function checkView(ctx: ViewContext): TemplateResult {
  const steps = answeredQuestions(ctx.state.answers, ctx.journey).filter((step) => CHECK_ROWS[step]);
  return html`
    ${heading(stepTitle('check', ctx))}
    <dl class="summary-list">
      ${steps.map((step) => {
        const row = CHECK_ROWS[step] as { key: ContentKey; change: ContentKey };
        return html`
          <div class="summary-row">
            <dt>${ctx.t(row.key)}</dt>
            <dd>${answerText(ctx, step)}</dd>
            <dd class="summary-action">
              <button type="button" class="link-button" data-change=${step} @click=${() => ctx.onChange(step)}>
                ${ctx.t('change')}<span class="visually-hidden"> ${ctx.t(row.change)}</span>
              </button>
            </dd>
          </div>
        `;
      })}
    </dl>
  `;
}

function nextStepsView(ctx: ViewContext): TemplateResult {
  const checklist = buildChecklistDocument({ t: ctx.t, config: ctx.config, answers: ctx.state.answers, practice: ctx.practice });
  return html`
    ${heading(stepTitle('next-steps', ctx))}
    <div class="print-only practice-details">
      <p class="print-practice">${checklist.practice}</p>
      <p>${ctx.madeOn()}</p>
    </div>
    <p>${checklist.intro}</p>
    <ol class="checklist" part="checklist">
      ${checklist.entries.map((entry) => {
        const lines = [...entry.subItems.map((item) => html`<li>${item}</li>`), ...entry.links.map((link) => html`<li>${line(link)}</li>`)];
        return html`<li>${entry.text}${lines.length > 0 ? html`<ul class="list">${lines}</ul>` : nothing}</li>`;
      })}
    </ol>
    <h3>${checklist.contactHeading}</h3>
    <ul class="list contact-list">${checklist.contacts.map((item) => html`<li>${line(item)}</li>`)}</ul>
    ${checklist.details.length > 0 ? html`<ul class="list practice-details">${checklist.details.map((detail) => html`<li>${detail}</li>`)}</ul>` : nothing}
    <div class="checklist-actions">
      <button type="button" class="secondary-button" part="print-button" @click=${ctx.onPrint}>${ctx.t('printChecklist')}</button>
      <button type="button" class="secondary-button" part="download-button" aria-describedby="download-hint" @click=${ctx.onDownload}>
        ${ctx.t('downloadChecklist')}
      </button>
      <p class="hint" id="download-hint">${ctx.t('downloadChecklistHint')}</p>
    </div>
  `;
}

function leavingView(ctx: ViewContext): TemplateResult {
  return html`
    ${question(ctx, { legendIsHeading: true, legend: stepTitle('leaving', ctx), hint: ctx.t('leavingHint') })}
    <p>${ctx.t('leavingHelp', { practice: ctx.practice })}</p>
    ${contactList(ctx)}
  `;
}

const REASON_HELP: Partial<Record<StopReason, ContentKey>> = {
  'cannot-register': 'helpCannotRegister',
  confidentiality: 'helpConfidentiality',
  'access-needs': 'nextAskSupport',
  worried: 'helpWorried',
  'no-point': 'helpNoPoint',
};

/**
 * After "What is stopping you?": help that fits the reason given (the kinds of support for access needs,
 * the route without photo ID for someone who cannot sign up, and so on), then how to reach the practice.
 */
export function leavingHelpView(ctx: ViewContext, reason: StopReason | undefined): TemplateResult {
  const help = reason ? REASON_HELP[reason] : undefined;
  return html`
    <p>${ctx.t('leavingDone')}</p>
    ${help ? html`<p class="reason-help">${ctx.t(help, { practice: ctx.practice })}</p>` : nothing}
    ${reason === 'access-needs' ? html`<ul class="list">${SUPPORT_OPTIONS.map((need) => html`<li>${ctx.t(SUPPORT_NEED_TEXT[need])}</li>`)}</ul>` : nothing}
    <p>${ctx.t('leavingHelp', { practice: ctx.practice })}</p>
    ${contactList(ctx)}
  `;
}

/** The body of the current step (without the frame). */
export function stepBody(ctx: ViewContext): TemplateResult {
  const step = ctx.state.current;
  switch (step) {
    case 'start':
      return startView(ctx);
    case 'proxy':
      return proxyView(ctx);
    case 'record':
      return recordView(ctx);
    case 'identity':
      return identityView(ctx);
    case 'check':
      return checkView(ctx);
    case 'next-steps':
      return nextStepsView(ctx);
    case 'leaving':
      return leavingView(ctx);
    case 'consent':
      return question(ctx, { legendIsHeading: true, legend: stepTitle(step, ctx), hint: ctx.t('consentHint') });
    case 'who':
    case 'age':
    case 'services':
      return question(ctx, { legendIsHeading: true, legend: stepTitle(step, ctx) });
  }
}

/** The label of the main button on each step. */
export function primaryButtonKey(step: StepId): ContentKey | null {
  if (step === 'start') return 'startNow';
  if (step === 'check') return 'checkSubmit';
  if (step === 'leaving') return 'leavingSubmit';
  if (step === 'next-steps') return null;
  return 'continue';
}
