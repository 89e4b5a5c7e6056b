import { LitElement, html, nothing, unsafeCSS, type PropertyDeclaration, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { ConfigController } from '../config/config-controller.js';
import { settingEntries, type SettingProperties } from '../config/settings.js';
import { LocaleController } from '../content/locale-controller.js';
import { LOCALE_CODES, LOCALES } from '../content/locales.js';
import { changeAnswer, goBack, initialState, QUESTIONS, stepPosition, stopForNow, submitStep, type ValidationError } from '../journey/journey.js';
import { isPossibleState } from '../journey/journey.js';
import type { JourneyContext, JourneyState, StepId } from '../journey/types.js';
import { RecordAccessGuideCompleteEvent, RecordAccessGuideExitEvent, RecordAccessGuideStepChangeEvent } from './events.js';
import { recordAccessGuideStyles } from './record-access-guide.styles.js';
import { errorMessage, pollutedLitKeys } from './host-guard.js';
import { showFallback } from './fallback-view.js';
import { litPolicyRefusal } from './trusted-types-guard.js';
import { ListenController, LISTEN_HIGHLIGHT } from './listen-controller.js';
import { AfterFirstRenderController } from './after-first-render-controller.js';
import { QuickExitController } from './quick-exit.js';
import { scrollStepIntoView } from './scroll-step.js';
import { whenGlossaryLoads } from './glossary-loader.js';
import { renderListen } from './listen-view.js';
import { ReservedSpace } from './reserved-space.js';
import { EraseConfirmation, eraseConfirmationStyles, renderEraseConfirmation, type EraseKind } from './erase-confirmation.js';
import type { ViewContext } from './first-step-view.js';
import { errorText, firstFieldId, laterSteps, leavingHelpView, primaryButtonKey, stepBody, stepTitle } from './steps.js';
import { readingHighlightCss } from '../../shared/speech/highlight-css.js';
import type { Synthesizer } from '../../shared/speech/synthesizer.js';
import { progressKey } from '../storage/progress-key.js';
import { NOTICE_ID, renderNotice, renderResume, renderSavedLine } from '../storage/progress-views.js';
import { progressViewStyles } from '../storage/progress-views.styles.js';
import { SavedProgress } from '../storage/saved-progress.js';
import { UptakeController } from '../uptake/uptake-controller.js';

// The setting properties (practiceName, locale, listenRate...) are made from settings.ts below, so the
// class declares their types through this interface rather than a field each.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- typed accessors Lit creates from the declarations
export interface RecordAccessGuide extends SettingProperties {}

/**
 * A guide a GP practice embeds on its website. It takes a patient, one question at a time, from "what is
 * this?" to a personal checklist for getting online with their GP practice, for themselves or for someone
 * they care for. Answers are saved on the patient's device only (IndexedDB), for `save-progress-days`. It
 * sends nothing off the device unless the practice sets `uptake-endpoint`, and then one body per visit saying
 * how it ended (the last step, or the fields of `rag-complete` / `rag-exit` below; docs/uptake-events.md); it
 * fetches its own Welsh text or Listen's speech code from beside its script only when a patient asks for them.
 *
 * Configuration comes from attributes, a `<script type="application/json">` child, or the `config`
 * property (attributes win, then the property, then the JSON block). Every invalid value is reported once
 * in the console, naming the setting, where it came from and what is allowed, and a default is used.
 *
 * @tag record-access-guide
 *
 * Its attributes (and properties of the same names in camelCase) are declared in widget/config/settings.ts,
 * with their docs; the build writes those into the custom elements manifest. The `@attr` and `@prop` names below are
 * only for lit-analyzer, which reads no manifest: test/widget/config/settings-drift.test.ts keeps them the same.
 *
 * @attr locale
 * @prop {string | null} locale
 * @attr practice-name
 * @prop {string | null} practiceName
 * @attr ods-code
 * @prop {string | null} odsCode
 * @attr services
 * @prop {string | null} services
 * @attr portals
 * @prop {string | null} portals
 * @attr contact-phone
 * @prop {string | null} contactPhone
 * @attr contact-email
 * @prop {string | null} contactEmail
 * @attr contact-sms
 * @prop {string | null} contactSms
 * @attr contact-online-form
 * @prop {string | null} contactOnlineForm
 * @attr contact-bsl-video-relay
 * @prop {string | null} contactBslVideoRelay
 * @attr registration-hours
 * @prop {string | null} registrationHours
 * @attr listen-rate
 * @prop {number} listenRate
 * @attr step-history
 * @prop {string | null} stepHistory
 * @attr quick-exit-url
 * @prop {string | null} quickExitUrl
 * @attr save-progress-days
 * @prop {string | null} saveProgressDays
 * @attr uptake-endpoint
 * @prop {string | null} uptakeEndpoint
 *
 *
 * @fires {RecordAccessGuideStepChangeEvent} rag-step-change - After the guide shows a new step: `step`, `stepNumber` (null off the numbered path) and `stepCount`.
 * @fires {RecordAccessGuideCompleteEvent} rag-complete - When the patient reaches their next steps: `who` and `services` (coarse choices only).
 * @fires {RecordAccessGuideExitEvent} rag-exit - When the patient leaves part-way: `step`, and `reason` (their optional answer, "quick-exit", or null).
 *
 * @csspart base - The box around the current step.
 * @csspart heading - The current step's heading.
 * @csspart step-count - The "Step N of M" line.
 * @csspart button - The main button of each step (Continue, Start now and so on).
 * @csspart back - The Back button.
 * @csspart listen - The Listen button, which reads the step aloud (Stop listening while it reads).
 * @csspart listen-message - Why Listen could not read the step (no voice on the device, its file missing, speech refused), under the button.
 * @csspart quick-exit - The button that leaves the page at once.
 * @csspart error-summary - The box listing what needs fixing.
 * @csspart checklist - The numbered list of next steps.
 * @csspart language-switch - The button that shows the guide in another language (Cymraeg / English).
 * @csspart print-button - The "Print this checklist" button on the next-steps page.
 * @csspart download-button - The "Download this checklist" button on the next-steps page.
 * @csspart notice - The message shown when a language could not be loaded.
 * @csspart storage-notice - The box saying answers were cleared, could not be read, or cannot be saved.
 * @csspart saved-progress - The line saying answers are saved on this device, with "Clear my answers".
 *
 * @cssproperty --record-access-guide-font-family - Font of all text.
 * @cssproperty --record-access-guide-text-color - Colour of all text; keep 4.5:1 or more against the background.
 * @cssproperty --record-access-guide-secondary-text-color - Colour of hints and the step count.
 * @cssproperty --record-access-guide-background - Background colour.
 * @cssproperty --record-access-guide-accent-color - Colour of the bar beside each step and of links.
 * @cssproperty --record-access-guide-button-color - Background of the main button.
 * @cssproperty --record-access-guide-button-text-color - Text of the main button.
 * @cssproperty --record-access-guide-error-color - Colour of error messages and borders.
 * @cssproperty --record-access-guide-focus-color - Background of focused controls.
 * @cssproperty --record-access-guide-quick-exit-color - Background of the quick-exit button.
 * @cssproperty --record-access-guide-quick-exit-text-color - Text of the quick-exit button; keep 4.5:1 or more against its background.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface above
export class RecordAccessGuide extends LitElement {
  // Highlight styles must be in the shadow tree's own styles to colour ranges inside it.
  // The print styles come with the part fetched after the first render (after-first-render-controller.ts).
  static override styles = [recordAccessGuideStyles, progressViewStyles, eraseConfirmationStyles, unsafeCSS(readingHighlightCss(LISTEN_HIGHLIGHT))];

  /** One reactive property per declared setting with an attribute. Read by Lit when the element is defined. */
  static override get properties(): Record<string, PropertyDeclaration> {
    const properties: Record<string, PropertyDeclaration> = {};
    for (const [name, setting] of settingEntries()) {
      if (setting.attribute) properties[name] = { attribute: setting.attribute, type: setting.type === 'number' ? Number : String };
    }
    return properties;
  }

  /**
   * Every setting as one object: practiceName, odsCode, services, portals, contact {phone, email, sms,
   * onlineForm, bslVideoRelay}, registrationHours, quickExitUrl, strings (replacement text by id),
   * saveProgressDays and uptakeEndpoint. Checked like attributes; attributes win where both are given.
   */
  @property({ attribute: false }) config: unknown = undefined;
  /** The speech synthesiser Listen uses: the browser's own by default; tests give a fake one. */
  @property({ attribute: false }) synthesizer: Synthesizer | undefined = undefined;

  /** All the patient's answers, in one serialisable object; deliberately not exposed to the host page. */
  @state() private journey: JourneyState = initialState();
  @state() private error: ValidationError | null = null;
  /** Options ticked on the current step but not yet sent with Continue; null until the patient ticks one. */
  #draft: string[] | null = null;
  /** The patient finished the "what is stopping you" step. */
  @state() private finished = false;
  @state() private announcement = '';

  /** Messages already written to the console, so a re-render never repeats one. */
  readonly #reported = new Set<string>();
  readonly #report = (message: string): void => {
    if (this.#reported.has(message)) return;
    this.#reported.add(message);
    console.warn(message);
  };
  readonly #settings = new ConfigController(this, { report: this.#report });
  readonly #locale = new LocaleController(this, { report: this.#report, announce: (text) => (this.announcement = text) });
  readonly #listen = new ListenController(this, {
    root: () => this.renderRoot.querySelector('#step-content'),
    synthesizer: () => this.synthesizer,
    rate: () => this.listenRate,
    lang: () => this.#locale.code,
    t: () => this.#locale.t,
    announce: (text) => (this.announcement = text),
  });
  readonly #progress = new SavedProgress(
    this,
    () => this.journey,
    () => this.#forgetAnswers(),
    (saved) => isPossibleState(saved, this.#context),
  );
  readonly #uptake = new UptakeController(this);
  readonly #afterFirstRender = new AfterFirstRenderController(this, {
    report: this.#report,
    guide: () => progressKey(location.pathname, this.#practice.odsCode, this.#practice.practiceName),
    mode: () => this.stepHistory,
    strings: () => this.#practice.strings,
    journey: () => this.journey,
    // The entry keeps the step and its trail; the answers are the latest given (an entry's copy predates the
    // answer given on its step). Continue prunes forward entries, so those answers never contradict Forward's step.
    onTraverse: (journey) => this.#show({ ...journey, answers: this.journey.answers }, 'traverse'),
    onBack: () => {
      const previous = goBack(this.journey, this.#context);
      if (previous !== this.journey) this.#show(previous, 'traverse');
    },
  });
  readonly #quickExit = new QuickExitController(this, {
    onBlocked: () => (this.#pendingFocus = 'exit-blocked'),
    onReturned: () => this.#show(initialState(), 'reset'),
  });
  /** Scroll the step's top into view with the next focus move (after Continue, Back and the like; not on load). */
  #scrollOnFocus = false;
  readonly #reserved = new ReservedSpace(this, () => this.renderRoot?.querySelector<HTMLElement>('.base') ?? null);
  readonly #erase = new EraseConfirmation(this, () => this.renderRoot);
  #pendingFocus: 'heading' | 'error-summary' | 'storage-notice' | 'exit-blocked' | 'steps-problem' | null = null;
  #pendingEvents: Event[] = [];

  /** Why the guide stopped on this page (it then renders nothing more), once it has. */
  #stoppedBecause: string | null = null;

  constructor() {
    super();
    // Unset (null) until the page sets them, except a number, which has its default (class fields would hide
    // the accessors Lit makes). The practice configuration's defaults are applied by resolveConfig.
    for (const [name, setting] of settingEntries()) if (setting.attribute) Object.assign(this, { [name]: setting.type === 'number' ? setting.default : null });
  }

  get #t() {
    return this.#locale.t;
  }

  get #practice() {
    return this.#settings.practice;
  }

  /** Stops for good: says why once, and leaves nothing half-working on screen. */
  #stop(reason: string): void {
    if (this.#stoppedBecause !== null) return;
    this.#stoppedBecause = reason;
    this.#listen.end();
    console.warn(`record-access-guide: ${reason}`);
    try {
      this.renderRoot?.replaceChildren();
    } catch {
      // Nothing more can be done safely; the console message stands.
    }
  }

  /** The shadow root, unless the page has broken attachShadow: then the guide renders nowhere and stops. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    let problem: string;
    try {
      const root = super.createRenderRoot();
      if (root instanceof ShadowRoot && root.host === this) return root;
      problem = 'Element.prototype.attachShadow did not give it a shadow root';
    } catch (error) {
      // attachShadow itself, or the built-ins Lit uses to add the styles to it.
      problem = `it could not set up its shadow root (${errorMessage(error)})`;
    }
    this.#stop(`the guide cannot show on this page: ${problem}.`);
    return document.createDocumentFragment();
  }

  /** One render cycle; a failure (a page's broken built-in) stops the guide instead of throwing at the page. */
  protected override performUpdate(): void {
    if (this.#stoppedBecause !== null) return;
    const polluted = pollutedLitKeys();
    if (polluted.length > 0) {
      this.#stop(
        `the guide stopped: this page has added ${polluted.map((key) => `"${key}"`).join(', ')} to Object.prototype, which would change what it shows.`,
      );
      return;
    }
    try {
      super.performUpdate();
    } catch (error) {
      const refused = litPolicyRefusal();
      if (refused === null) this.#stop(`the guide stopped: ${errorMessage(error)}.`);
      else this.#showFallback(refused);
    }
  }

  /** The page's Trusted Types policy refused Lit's, so no step can be drawn: the fallback needs no policy. */
  #showFallback(refused: string): void {
    this.#stop(
      `the guide cannot show its steps on this page: the page's Content-Security-Policy refused Lit's Trusted Types policy "lit-html" (${refused}). Add lit-html to its trusted-types directive (with 'allow-duplicates' if the page also loads another copy of Lit). Showing a short message with the practice's contact details instead.`,
    );
    try {
      showFallback(this.renderRoot, this.#t, this.#practice, this.#practice.practiceName ?? this.#t('defaultPracticeName'), this.#locale.code);
    } catch {
      // The console message stands.
    }
  }

  get #context(): JourneyContext {
    return { services: this.#practice.services };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const changedKeys = changed as Map<PropertyKey, unknown>;
    if (!this.hasUpdated || this.#settings.changed(changedKeys)) {
      const practice = this.#settings.read();
      this.#locale.setOverrides(practice.strings);
      this.#progress.configure(progressKey(location.pathname, practice.odsCode, practice.practiceName), practice.saveProgressDays);
      this.#uptake.configure(practice.uptakeEndpoint, progressKey('', practice.odsCode, practice.practiceName));
    }
    if (!this.hasUpdated || changedKeys.has('locale')) this.#locale.readPage(this.locale);
    if (changedKeys.has('stepHistory')) this.#afterFirstRender.modeChanged();
    if (this.#afterFirstRender.reloadedAt(this.#progress.offer)) {
      const saved = this.#progress.accept();
      if (saved) this.#show(saved, 'restore');
    }
  }

  /** Remembers what is ticked on this step before Continue, so a re-render (Listen, a language switch, a notice) keeps it. */
  #onFormChange(event: Event): void {
    const field = QUESTIONS[this.journey.current]?.field;
    if (field) this.#draft = new FormData(event.currentTarget as HTMLFormElement).getAll(field).map(String);
  }

  #viewContext(): ViewContext {
    return {
      t: this.#t,
      config: this.#practice,
      state: this.journey,
      offered: this.#context,
      error: this.error,
      draft: this.#draft,
      practice: this.#practice.practiceName ?? this.#t('defaultPracticeName'),
      onChange: (step) => this.#show(changeAnswer(this.journey, step)),
      glossary: this.#locale.glossary,
      // A function: a date format is costly to create, and only the next-steps page needs one.
      madeOn: () => this.#t('checklistMadeOn', { value: new Intl.DateTimeFormat(this.#locale.code, { dateStyle: 'long' }).format(new Date()) }),
      onPrint: () => window.print(),
      onDownload: () => this.#onDownload(),
    };
  }

  /** Saves the checklist as a text file, made here from the same checklist as the page. */
  #onDownload(): void {
    const ctx = this.#viewContext();
    const { buildChecklistDocument, checklistAsText, checklistFileName, saveTextFile } = laterSteps();
    const checklist = buildChecklistDocument({ t: this.#t, config: this.#practice, answers: this.journey.answers, practice: ctx.practice });
    const now = new Date();
    saveTextFile(this.renderRoot, checklistFileName(this.#t('checklistFileName'), now), checklistAsText(checklist, ctx.madeOn()));
  }

  /**
   * Moves to a new state: clears errors, and after rendering, focuses the heading and announces the step.
   * `how`: a new history entry ('move'), one reached by Back or Forward ('traverse'), the current entry changed
   * ('replace'), a fresh start whose older entries no longer bring answers back ('reset'), or restored after a
   * reload ('restore': focus stays where it is, as on any page load).
   */
  #show(next: JourneyState, how: 'move' | 'traverse' | 'replace' | 'reset' | 'restore' = 'move'): void {
    // A later step's words may still be on their way (locale-controller.ts): it is shown when they arrive,
    // unless the journey changed meanwhile (quick exit, answers cleared in another tab).
    const from = this.journey;
    const go = () => void (this.journey === from && this.#show(next, how));
    const failed = () => (this.#pendingFocus = how === 'restore' ? null : 'steps-problem');
    if (next.current !== 'start' && !this.#locale.afterStepsText(go, failed)) return;
    this.#listen.end();
    this.#reserved.release();
    this.#progress.stepShown();
    this.#quickExit.stepShown();
    this.journey = next;
    this.#draft = null;
    this.error = null;
    this.finished = false;
    this.#pendingFocus = how === 'restore' ? null : 'heading';
    this.#scrollOnFocus = how !== 'restore';
    const history = this.#afterFirstRender.history;
    if (how === 'move') history?.moved(next);
    else if (how === 'replace') history?.replaced(next);
    else if (how === 'reset') history?.reset(next);
    else if (how === 'restore') history?.restored(next);
    whenGlossaryLoads(() => this.requestUpdate());
    const position = stepPosition(next, this.#context);
    // The heading takes focus and is read then: the live region adds only where the patient is, so the
    // title is heard once, not again from the region.
    this.announcement = this.#stepCount(position);
    this.#pendingEvents.push(new RecordAccessGuideStepChangeEvent(next.current, position?.number ?? null, position?.count ?? 0));
    if (next.current === 'next-steps') {
      this.#pendingEvents.push(new RecordAccessGuideCompleteEvent(next.answers.who ?? 'myself', [...(next.answers.services ?? this.#context.services)]));
    }
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const field = QUESTIONS[this.journey.current]?.field;
    const values = field ? new FormData(form).getAll(field).map(String) : [];
    const result = submitStep(this.journey, values, this.#context);
    if (!result.ok) {
      this.error = result.error;
      this.#pendingFocus = 'error-summary';
      return;
    }
    if (this.journey.current === 'leaving') {
      this.journey = result.state;
      const from = this.journey.history[this.journey.history.length - 1] ?? 'leaving';
      this.finished = true;
      this.error = null;
      this.#pendingFocus = 'heading';
      this.announcement = '';
      this.#pendingEvents.push(new RecordAccessGuideExitEvent(from, result.state.answers.stopReason ?? null));
      return;
    }
    this.#show(result.state);
  }

  #onBack(): void {
    // Through the browser's history where the step came from there, so Back and Forward stay in step with the guide.
    if (this.#afterFirstRender.history?.back()) return;
    const previous = goBack(this.journey, this.#context);
    if (previous !== this.journey) this.#show(previous);
  }

  #onStop(): void {
    this.#show(stopForNow(this.journey));
  }

  #onStartAgain(): void {
    this.#show(initialState(), 'reset');
  }

  /**
   * Leaves at once: forgets the answers (saved ones too: someone may be looking over the patient's
   * shoulder), tells the page, and leaves the top page (from a frame too) by replacing it in history, after
   * going back over this page's own entries, so Back does not return here (quick-exit.ts).
   */
  #onQuickExit(): void {
    if (!this.#quickExit.blocked) {
      const from: StepId = this.#progress.offer ? 'start' : this.journey.current;
      this.#listen.end();
      this.journey = initialState();
      // Made first, then dispatched: the manifest's analyser reads an event built inside dispatchEvent as a new event name.
      const exit = new RecordAccessGuideExitEvent(from, 'quick-exit');
      this.dispatchEvent(exit);
    }
    this.#quickExit.leave(this.#practice.quickExitUrl, this.#progress.eraseForQuickExit(), this.#afterFirstRender.history);
  }

  /** Quick exit in another tab erased the saved answers: this tab forgets the ones on screen too. */
  #forgetAnswers(): void {
    this.#listen.end();
    this.#erase.reset();
    this.journey = initialState();
    // A fresh start: this tab's older history entries no longer bring answers back.
    this.#afterFirstRender.history?.reset(this.journey);
    this.#draft = null;
    this.error = null;
    this.finished = false;
    this.#pendingFocus = 'storage-notice';
  }

  #onResumeContinue(): void {
    const saved = this.#progress.accept();
    if (saved) this.#show(saved, 'replace');
  }

  #onResumeStartAgain(): void {
    void this.#progress.clear(false);
    this.#show(initialState(), 'reset');
  }

  /** Deletes the saved answers and starts again, with the confirmation focused. */
  async #onClearAnswers(): Promise<void> {
    this.#listen.end();
    await this.#progress.clear(true);
    this.journey = initialState();
    this.#afterFirstRender.history?.reset(this.journey);
    this.error = null;
    this.finished = false;
    this.#pendingFocus = 'storage-notice';
  }

  /** Clear my answers and Start again ask first (erase-confirmation.ts). */
  #askToErase(kind: EraseKind): void {
    this.#listen.end();
    this.#erase.ask(kind);
  }

  #onEraseConfirmed(): void {
    if (this.#erase.confirm() === 'clear') void this.#onClearAnswers();
    else this.#onStartAgain();
  }

  #focusField(event: Event, id: string): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  }

  protected override firstUpdated(): void {
    void this.#afterFirstRender.start(this.renderRoot instanceof ShadowRoot ? this.renderRoot : null);
    // The glossary is fetched beside the first render, not in it: the first step has no record examples.
    whenGlossaryLoads(() => this.requestUpdate());
  }

  protected override updated(changed: PropertyValues<this>): void {
    if ((changed as Map<PropertyKey, unknown>).has('journey')) this.#progress.save(this.journey);
    if (this.#pendingFocus) {
      const focus = this.#pendingFocus;
      const target = this.renderRoot.querySelector<HTMLElement>(
        focus === 'heading' ? '#step-heading' : focus === 'storage-notice' ? `#${NOTICE_ID}` : `#${focus}`,
      );
      const scroll = this.#scrollOnFocus && focus === 'heading';
      this.#pendingFocus = null;
      this.#scrollOnFocus = false;
      // On a phone, focusing the heading alone leaves Back and "Step N of M" above the screen: show the step's top.
      target?.focus({ preventScroll: scroll });
      if (scroll && target) scrollStepIntoView(this.renderRoot.querySelector<HTMLElement>('.base'), target);
    }
    const events = this.#pendingEvents;
    this.#pendingEvents = [];
    for (const event of events) this.dispatchEvent(event);
  }

  override render() {
    // Leaving: nothing of the patient's is left on screen (nor in a copy of the page kept for Back).
    if (this.#quickExit.leaving) return html`<section class="base" part="base" aria-busy="true"></section>`;
    const ctx = this.#viewContext();
    if (this.#progress.offer && this.#locale.stepsReady) return this.#renderResumePage(ctx, this.#progress.offer);
    if (this.#erase.asking) return this.#renderEraseConfirmation(this.#erase.asking);
    const { current, history } = this.journey;
    const position = this.finished ? null : stepPosition(this.journey, this.#context);
    const primary = primaryButtonKey(current);
    const canStop = !this.finished && !['start', 'leaving', 'next-steps'].includes(current);
    return html`
      <section class="base" part="base" aria-labelledby="step-heading" lang=${this.#locale.code} dir=${this.#locale.direction}>
        ${this.#renderToolbar(history.length > 0 && !this.finished)}
        ${this.#renderLanguageSwitch()}
        ${renderNotice(this.#t, this.#progress.notice)}
        ${position ? html`<p class="caption" part="step-count">${this.#stepCount(position)}</p>` : nothing}
        ${this.error ? this.#renderErrorSummary(ctx) : nothing}
        ${this.finished ? nothing : renderListen(this.#t, this.#listen)}
        ${
          this.finished
            ? this.#renderFinished(ctx)
            : keyed(
                current,
                html`
          <form novalidate @submit=${this.#onSubmit} @change=${this.#onFormChange}>
            <div id="step-content">${stepBody(ctx)}</div>
            ${primary ? html`<button type="submit" class="button" part="button">${this.#t(primary)}</button>` : nothing}
          </form>
          ${current === 'next-steps' ? html`<button type="button" class="link-button start-again" id="start-again" @click=${() => this.#askToErase('start-again')}>${this.#t('startAgain')}</button>` : nothing}
          ${canStop ? html`<p class="stop"><button type="button" class="link-button" @click=${this.#onStop}>${this.#t('stopForNow')}</button></p>` : nothing}
        `,
              )
        }
        ${this.#progress.saving ? renderSavedLine(this.#t, this.#progress.keepDays, () => this.#askToErase('clear')) : nothing}
      </section>
    `;
  }

  /** "Step N of M" once the total is certain, "Step N" until then (a total that jumps misleads). */
  #stepCount(position: ReturnType<typeof stepPosition>): string {
    if (!position) return '';
    const step = String(position.number);
    return position.certain ? this.#t('stepOf', { step, count: String(position.count) }) : this.#t('stepNumber', { step });
  }

  #renderToolbar(canGoBack: boolean) {
    return html`
      <div class="visually-hidden" role="status">${this.announcement}</div>
      <div class="toolbar">
        ${canGoBack ? html`<button type="button" class="back" part="back" @click=${this.#onBack}>${this.#t('back')}</button>` : html`<span></span>`}
        <button type="button" class="quick-exit" part="quick-exit" aria-describedby="quick-exit-hint" @click=${this.#onQuickExit}>
          ${this.#t('quickExit')}
        </button>
        <span class="visually-hidden" id="quick-exit-hint">${this.#t('quickExitHint')}</span>
      </div>
      ${this.#quickExit.blocked ? html`<p class="notice" part="notice" id="exit-blocked" role="alert" tabindex="-1">${this.#t('quickExitBlocked')}</p>` : nothing}
    `;
  }

  /** "Continue where you left off", naming the step reached: no Back, no step count. */
  #renderResumePage(ctx: ViewContext, saved: JourneyState) {
    const reached = stepTitle(saved.current, { ...ctx, state: saved });
    return html`
      <section class="base" part="base" aria-labelledby="step-heading" lang=${this.#locale.code} dir=${this.#locale.direction}>
        ${this.#renderToolbar(false)}
        ${this.#renderLanguageSwitch()}
        ${renderNotice(this.#t, this.#progress.notice)}
        <div id="step-content">${renderResume(
          this.#t,
          reached,
          () => this.#onResumeContinue(),
          () => this.#onResumeStartAgain(),
        )}</div>
      </section>
    `;
  }

  /** "Are you sure?" in the guide's frame: quick exit and the language switch stay; no Back or step count. */
  #renderEraseConfirmation(kind: EraseKind) {
    return html`
      <section class="base" part="base" aria-labelledby="step-heading" lang=${this.#locale.code} dir=${this.#locale.direction}>
        ${this.#renderToolbar(false)} ${this.#renderLanguageSwitch()}
        <div id="step-content">${renderEraseConfirmation(
          this.#t,
          kind,
          () => this.#onEraseConfirmed(),
          () => this.#erase.cancel(),
        )}</div>
      </section>
    `;
  }

  #renderLanguageSwitch() {
    const others = LOCALE_CODES.filter((code) => code !== this.#locale.code);
    return html`
      <p class="language-switch">
        ${others.map(
          (code) => html`<button type="button" class="language-button" part="language-switch" lang=${code} @click=${() => void this.#locale.choose(code)}>
            <span class="visually-hidden" lang=${this.#locale.code}>${this.#t('languageSwitchPrefix')} </span>${LOCALES[code].name}
          </button>`,
        )}
      </p>
      ${this.#locale.problem ? html`<p class="notice" part="notice">${this.#t(this.#locale.problemText, { value: LOCALES[this.#locale.problem].name })}</p>` : nothing}
      ${this.#locale.stepsWaiting ? html`<p class="notice" part="notice" id="steps-waiting">${this.#t('stepsLoading')}</p>` : nothing}
      ${this.#locale.stepsProblem ? html`<p class="notice" part="notice" id="steps-problem" role="alert" tabindex="-1">${this.#t(this.#locale.stepsProblem, { practice: this.#practice.practiceName ?? this.#t('defaultPracticeName') })}</p>` : nothing}
    `;
  }

  #renderErrorSummary(ctx: ViewContext) {
    const field = firstFieldId(ctx);
    return html`
      <div class="error-summary" id="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
        <h2 id="error-summary-title">${this.#t('errorSummaryTitle')}</h2>
        <ul>
          <li>${field ? html`<a href="#${field}" @click=${(event: Event) => this.#focusField(event, field)}>${errorText(ctx)}</a>` : errorText(ctx)}</li>
        </ul>
      </div>
    `;
  }

  #renderFinished(ctx: ViewContext) {
    return html`
      <h2 id="step-heading" part="heading" tabindex="-1">${this.#t('leavingDoneHeading')}</h2>
      ${leavingHelpView(ctx, this.journey.answers.stopReason)}
      <button type="button" class="button" part="button" id="start-again" @click=${() => this.#askToErase('start-again')}>${this.#t('startAgain')}</button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'record-access-guide': RecordAccessGuide;
  }
}
