/**
 * How each step looks, one entry per step in STEP_VIEWS: its heading, body, main button and, for a question,
 * the label of every option, the text of its error and its row on check your answers. The entries are typed
 * from the journey's declarations (QUESTION_STEPS), so a step without a view, an option without a label or
 * an error without text does not compile. The element adds the frame (Back, step count, error summary,
 * quick exit). All text comes through `t`, and is bound as text, so practice configuration can never become
 * markup. This file comes with the later steps' part (later-steps.ts); the start page's view, in the main
 * script, is first-step-view.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ContentKey } from '../content/en-GB.js';
import { answeredQuestions, needsConsent, QUESTIONS, type OptionOf, type QuestionStepId } from '../journey/journey.js';
import { SUPPORT_OPTIONS, type StepId, type StopReason } from '../journey/types.js';
import { buildChecklistDocument, practiceContacts, SUPPORT_NEED_TEXT, type ContactLine } from './checklist-document.js';
import { heading, paragraphs, SERVICE_TEXT, START_VIEW, type OptionText, type StepView, type ViewContext } from './first-step-view.js';
import { linkTerms } from './term-links.js';

export { SERVICE_TEXT, type ViewContext };

/** The NHS website's list of short forms in health records (the `nhsAbbreviations` source). */
const NHS_ABBREVIATIONS_URL =
  'https://www.nhs.uk/nhs-app/nhs-app-help-and-support/health-records-in-the-nhs-app/abbreviations-commonly-found-in-medical-records/';

interface QuestionView<S extends QuestionStepId> extends StepView {
  options: Readonly<Record<OptionOf<S>, OptionText>>;
  /** The text of this step's error: nothing chosen, or (only from a tampered form) a value it does not offer. */
  error(ctx: ViewContext): ContentKey;
  /** Its row on check your answers: the row's title and the hidden words after "Change". */
  check?: { key: ContentKey; change: ContentKey };
}

type StepViews = { readonly [S in StepId]: S extends QuestionStepId ? QuestionView<S> : StepView };

/** Whether the patient is asking for someone else: then the record is theirs, never "your record". */
function forSomeoneElse(ctx: ViewContext): boolean {
  return ctx.state.answers.who === 'child' || ctx.state.answers.who === 'adult';
}

/** The words of option `value` of the current question, if it is one. */
function optionText(step: StepId, value: string): OptionText | undefined {
  const view: StepView & { options?: Readonly<Record<string, OptionText>> } = STEP_VIEWS[step];
  return view.options && Object.hasOwn(view.options, value) ? view.options[value] : undefined;
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
          ${definition.options(ctx.offered).map((value) => {
            const id = `${step}-${value}`;
            const labels = optionText(step, value);
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
                <label for=${id}>${labels ? ctx.t(labels.label) : value}</label>
                ${hintKey ? html`<div class="hint choice-hint" id="${id}-hint">${ctx.t(hintKey)}</div>` : nothing}
              </div>
            `;
          })}
        </div>
      </fieldset>
    </div>
  `;
}

/** A question that is the whole step: its legend is the page heading. */
function questionPage(ctx: ViewContext, hint?: ContentKey): TemplateResult {
  const view = STEP_VIEWS[ctx.state.current];
  return question(ctx, { legendIsHeading: true, legend: view.title(ctx), ...(hint ? { hint: ctx.t(hint) } : {}) });
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

function answerText(ctx: ViewContext, step: StepId): string {
  const definition = QUESTIONS[step];
  if (!definition) return '';
  const value = ctx.state.answers[definition.field];
  const values: readonly string[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  if (values.length === 0) return ctx.t('checkNone');
  return values
    .map((v) => {
      const labels = optionText(step, v);
      return labels ? ctx.t(labels.label) : v;
    })
    .join(', ');
}

function checkView(ctx: ViewContext): TemplateResult {
  const steps = answeredQuestions(ctx.state.answers, ctx.offered);
  return html`
    ${heading(STEP_VIEWS.check.title(ctx))}
    <dl class="summary-list">
      ${steps.map((step) => {
        const row = checkRow(step);
        if (!row) return nothing;
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

function checkRow(step: StepId): { key: ContentKey; change: ContentKey } | undefined {
  const view: StepView & { check?: { key: ContentKey; change: ContentKey } } = STEP_VIEWS[step];
  return view.check;
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

/** Every step, in journey order: each one's view in one place. */
export const STEP_VIEWS: StepViews = {
  start: START_VIEW,
  who: {
    title: (ctx) => ctx.t('whoHeading'),
    primary: 'continue',
    body: (ctx) => questionPage(ctx),
    options: { myself: { label: 'whoMyself' }, child: { label: 'whoChild', hint: 'whoChildHint' }, adult: { label: 'whoAdult', hint: 'whoAdultHint' } },
    error: () => 'errorWho',
    check: { key: 'checkWho', change: 'checkChangeWho' },
  },
  age: {
    title: (ctx) => ctx.t(ctx.state.answers.who === 'child' ? 'ageHeadingChild' : 'ageHeadingSelf'),
    primary: 'continue',
    body: (ctx) => questionPage(ctx),
    options: {
      '16-plus': { label: 'age16Plus', hint: 'age16PlusHintSelf', childHint: 'age16PlusHintChild' },
      '13-to-15': { label: 'age13To15', hint: 'age13To15HintSelf', childHint: 'age13To15HintChild' },
      'under-13': { label: 'ageUnder13', hint: 'ageUnder13HintSelf', childHint: 'ageUnder13HintChild' },
    },
    error: (ctx) => (ctx.state.answers.who === 'child' ? 'errorAgeChild' : 'errorAge'),
    check: { key: 'checkAge', change: 'checkChangeAge' },
  },
  proxy: {
    title: (ctx) => ctx.t(ctx.state.answers.who === 'adult' ? 'proxyAdultHeading' : 'proxyChildHeading'),
    primary: 'continue',
    body: (ctx) => {
      const basis: ContentKey[] = needsConsent(ctx.state.answers) ? ['proxyConsent'] : ['proxyChildResponsibility', 'proxyChildSay'];
      const keys: ContentKey[] = ['proxyName', ...basis, 'proxyPractice', 'proxyApp', 'proxyLimits', 'proxySamePractice'];
      return html`${heading(STEP_VIEWS.proxy.title(ctx))}${paragraphs(ctx, keys)}`;
    },
  },
  consent: {
    title: (ctx) => ctx.t(ctx.state.answers.who === 'child' ? 'consentHeadingChild' : 'consentHeadingAdult'),
    primary: 'continue',
    body: (ctx) => questionPage(ctx, 'consentHint'),
    // Its own words for `yes`, which the photo ID question also offers.
    options: {
      yes: { label: 'consentYes', hint: 'consentYesHint' },
      lpa: { label: 'consentLpa', hint: 'consentLpaHint' },
      deputy: { label: 'consentDeputy', hint: 'consentDeputyHint' },
      neither: { label: 'consentNeither', hint: 'consentNeitherHint' },
    },
    error: () => 'errorConsent',
    check: { key: 'checkConsent', change: 'checkChangeConsent' },
  },
  services: {
    title: (ctx) => ctx.t('servicesHeading'),
    primary: 'continue',
    body: (ctx) => questionPage(ctx),
    options: SERVICE_TEXT,
    error: () => 'errorServices',
    check: { key: 'checkServices', change: 'checkChangeServices' },
  },
  record: {
    title: (ctx) => ctx.t(forSomeoneElse(ctx) ? 'recordHeadingProxy' : 'recordHeading'),
    primary: 'continue',
    body: recordView,
    options: { continue: { label: 'decideContinue' }, stop: { label: 'decideStop' }, talk: { label: 'decideTalk', hint: 'decideTalkHint' } },
    error: () => 'errorRecord',
    check: { key: 'checkDecision', change: 'checkChangeDecision' },
  },
  identity: {
    title: (ctx) => ctx.t('identityHeading'),
    primary: 'continue',
    body: (ctx) => html`
      ${heading(ctx.t('identityHeading'))}
      <p>${ctx.t('identityWhy')}</p>
      <ul class="list">
        ${(['identityPhoto', 'identityDetails', 'identityInPerson'] as const).map((key) => html`<li>${ctx.t(key)}</li>`)}
      </ul>
      ${question(ctx, { legendIsHeading: false, legend: ctx.t('identityQuestion'), hint: ctx.t('identityHint') })}
    `,
    options: { yes: { label: 'identityYes' }, no: { label: 'identityNo' } },
    error: () => 'errorIdentity',
    check: { key: 'checkIdentity', change: 'checkChangeIdentity' },
  },
  check: {
    title: (ctx) => ctx.t('checkHeading'),
    primary: 'checkSubmit',
    body: checkView,
  },
  'next-steps': {
    title: (ctx) => ctx.t('nextHeading'),
    primary: null,
    body: nextStepsView,
  },
  leaving: {
    title: (ctx) => ctx.t('leavingHeading'),
    primary: 'leavingSubmit',
    body: (ctx) => html`
      ${question(ctx, { legendIsHeading: true, legend: ctx.t('leavingHeading'), hint: ctx.t('leavingHint') })}
      <p>${ctx.t('leavingHelp', { practice: ctx.practice })}</p>
      ${contactList(ctx)}
    `,
    options: {
      'cannot-register': { label: 'leavingCannotRegister' },
      confidentiality: { label: 'leavingConfidentiality' },
      'access-needs': { label: 'leavingAccessNeeds' },
      worried: { label: 'leavingWorried' },
      'no-point': { label: 'leavingNoPoint' },
      other: { label: 'leavingOther' },
    },
    // The answer is optional, so only a tampered form errs here; it keeps the guide's first question's words.
    error: () => 'errorWho',
  },
};

/** The message for a validation error on the current step. */
export function errorText(ctx: ViewContext): string {
  if (!ctx.error) return '';
  const view: StepView & { error?: (ctx: ViewContext) => ContentKey } = STEP_VIEWS[ctx.state.current];
  // Only a question can err; an unknown option (a tampered form) is asked again in this question's words.
  return ctx.t(view.error ? view.error(ctx) : 'errorWho');
}

/** The id of the first input of the current question: where the error summary's link takes focus. */
export function firstFieldId(ctx: ViewContext): string | null {
  const question = QUESTIONS[ctx.state.current];
  const first = question?.options(ctx.offered)[0];
  return question && first ? `${ctx.state.current}-${first}` : null;
}

/** The heading of a step, also named on the "continue where you left off" page. */
export function stepTitle(step: StepId, ctx: ViewContext): string {
  return STEP_VIEWS[step].title(ctx);
}

/** The body of the current step (without the frame). */
export function stepBody(ctx: ViewContext): TemplateResult {
  return STEP_VIEWS[ctx.state.current].body(ctx);
}

/** The label of the main button on each step. */
export function primaryButtonKey(step: StepId): ContentKey | null {
  return STEP_VIEWS[step].primary;
}
