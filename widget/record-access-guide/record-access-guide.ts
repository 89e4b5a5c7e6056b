import { LitElement, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { defaultConfig, resolveConfig, type PracticeConfig } from '../config/config.js';
import { enGB } from '../content/en-GB.js';
import { loadLocale, LOCALE_CODES, LOCALES, resolveLocale, DEFAULT_LOCALE, type LocaleCode, type LocaleFile } from '../content/locales.js';
import { SPEECH_PROBLEM_TEXT } from '../content/speech-problems.js';
import { CONTENT_IDS, createTextLookup, type TextLookup } from '../content/text.js';
import { changeAnswer, goBack, initialState, QUESTIONS, stepPosition, stopForNow, submitStep, type ValidationError } from '../journey/journey.js';
import type { JourneyContext, JourneyState, StepId } from '../journey/types.js';
import { buildChecklistDocument } from './checklist-document.js';
import { checklistAsText, checklistFileName, saveTextFile } from './checklist-download.js';
import { RecordAccessGuideCompleteEvent, RecordAccessGuideExitEvent, RecordAccessGuideStepChangeEvent } from './events.js';
import { printStyles } from './print.styles.js';
import { recordAccessGuideStyles } from './record-access-guide.styles.js';
import { errorMessage, pollutedLitKeys } from './host-guard.js';
import { errorText, firstFieldId, leavingHelpView, primaryButtonKey, stepBody, stepTitle, type ViewContext } from './step-views.js';
import { SpeechFinishedEvent, SpeechProblemEvent, SpeechStateEvent } from '../../shared/speech/events.js';
import { readingHighlightCss } from '../../shared/speech/highlight-css.js';
import type { Synthesizer } from '../../shared/speech/synthesizer.js';
import { progressKey } from '../storage/progress-store.js';
import { NOTICE_ID, renderNotice, renderResume, renderSavedLine } from '../storage/progress-views.js';
import { progressViewStyles } from '../storage/progress-views.styles.js';
import { SavedProgress } from '../storage/saved-progress.js';
import { UptakeController } from '../uptake/uptake-controller.js';

/** The guide's own highlight name, so it never clashes with a read-aloud extension's on the same page. */
const LISTEN_HIGHLIGHT = 'record-access-guide-reading';

/** Properties that feed the practice configuration: a change to any of them re-reads it. */
const CONFIG_PROPERTIES = [
  'practiceName',
  'odsCode',
  'services',
  'portals',
  'contactPhone',
  'contactEmail',
  'contactSms',
  'contactOnlineForm',
  'contactBslVideoRelay',
  'registrationHours',
  'quickExitUrl',
  'saveProgressDays',
  'uptakeEndpoint',
  'config',
] as const;

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
 * @attr locale - The guide's language: en-GB or cy (Welsh), matched on the main language (cy-GB means cy). Without it the nearest lang attribute (the element's own, an ancestor's, the page's) chooses, else English. The patient can switch language in the guide.
 * @attr practice-name - The practice's name, shown as plain text. Defaults to "your GP practice".
 * @attr ods-code - The practice's ODS code (one letter, five digits), shown in the checklist for people registering without photo ID.
 * @attr services - Online services the practice offers, separated by spaces or commas: record, appointments, prescriptions, messages. Defaults to "record appointments prescriptions".
 * @attr portals - Apps besides the NHS App that the practice supports: patient-access, systmonline, airmid, evergreen-life, mygp, patients-know-best. Defaults to none.
 * @attr contact-phone - The practice's phone number.
 * @attr contact-email - An email address patients can write to.
 * @attr contact-sms - A mobile number patients can send a text message to.
 * @attr contact-online-form - The web address (https) of the practice's online contact form.
 * @attr contact-bsl-video-relay - The web address (https) of a British Sign Language video relay service for the practice.
 * @attr registration-hours - Plain text saying when to come in to register, e.g. "Weekdays, 2pm to 4pm".
 * @attr listen-rate - Speed of reading aloud with the Listen button, 0.5 to 2. Defaults to 1.
 * @attr quick-exit-url - Where the quick-exit button goes (https). Defaults to https://www.bbc.co.uk/weather.
 * @attr save-progress-days - How many days answers are kept on the patient's device, 0 to 365; 0 turns saving off. Defaults to 30.
 * @attr uptake-endpoint - An https address that receives one body per visit, when it ends, by `navigator.sendBeacon` (see docs/uptake-events.md). Defaults to none: nothing is sent.
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
 */
export class RecordAccessGuide extends LitElement {
  // Highlight styles must be in the shadow tree's own styles to colour ranges inside it.
  static override styles = [recordAccessGuideStyles, progressViewStyles, printStyles, unsafeCSS(readingHighlightCss(LISTEN_HIGHLIGHT))];

  /** The language asked for by the page: en-GB or cy (see @attr locale). */
  @property() locale: string | null = null;

  /** The practice's name, shown as plain text (never as markup). */
  @property({ attribute: 'practice-name' }) practiceName: string | null = null;
  /** The practice's ODS code. */
  @property({ attribute: 'ods-code' }) odsCode: string | null = null;
  /** Services the practice offers, as space- or comma-separated tokens. */
  @property() services: string | null = null;
  /** Apps besides the NHS App that the practice supports, as tokens. */
  @property() portals: string | null = null;
  /** The practice's phone number. */
  @property({ attribute: 'contact-phone' }) contactPhone: string | null = null;
  /** An email address for the practice. */
  @property({ attribute: 'contact-email' }) contactEmail: string | null = null;
  /** A mobile number patients can text. */
  @property({ attribute: 'contact-sms' }) contactSms: string | null = null;
  /** The practice's online contact form (https). */
  @property({ attribute: 'contact-online-form' }) contactOnlineForm: string | null = null;
  /** A BSL video relay service for the practice (https). */
  @property({ attribute: 'contact-bsl-video-relay' }) contactBslVideoRelay: string | null = null;
  /** When to come in to register, as plain text. */
  @property({ attribute: 'registration-hours' }) registrationHours: string | null = null;
  /** Where the quick-exit button goes (https). */
  @property({ attribute: 'quick-exit-url' }) quickExitUrl: string | null = null;
  /** Days answers are kept on the device (0 to 365; 0: not saved). */
  @property({ attribute: 'save-progress-days' }) saveProgressDays: string | null = null;
  /** Where uptake events are sent (https), if anywhere. */
  @property({ attribute: 'uptake-endpoint' }) uptakeEndpoint: string | null = null;
  /**
   * Every setting as one object: practiceName, odsCode, services, portals, contact {phone, email, sms,
   * onlineForm, bslVideoRelay}, registrationHours, quickExitUrl and strings (replacement text by id).
   * Checked like attributes; attributes win where both are given.
   */
  @property({ attribute: false }) config: unknown = undefined;
  /** Speed of the Listen button's reading, 0.5 to 2 (1 is the voice's normal speed). */
  @property({ type: Number, attribute: 'listen-rate' }) listenRate = 1;
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

  #practice: PracticeConfig = defaultConfig();
  #t: TextLookup = createTextLookup(enGB, {});
  /** The language shown, and its file (English until another has loaded). */
  @state() private localeCode: LocaleCode = DEFAULT_LOCALE;
  #localeFile: LocaleFile = { content: enGB };
  /** The language the patient chose with the switch: it wins over the page's. */
  #chosenLocale: LocaleCode | null = null;
  /** Counts locale requests, so only the latest one's result is used. */
  #localeRequest = 0;
  /** Left to right unless the element or an ancestor says `dir="rtl"`. */
  #textDirection: 'ltr' | 'rtl' = 'ltr';
  /** A language whose file could not be loaded, shown as a message until another switch works. */
  @state() private localeProblem: LocaleCode | null = null;
  #announceLanguage = false;
  /** The text of the JSON block child, if any: a state, so a change re-reads the configuration. */
  @state() private jsonText: string | null = null;
  #childObserver: MutationObserver | undefined;
  /** Messages already written to the console, so a re-render never repeats one. */
  readonly #reported = new Set<string>();
  #pendingFocus: 'heading' | 'error-summary' | 'storage-notice' | null = null;
  readonly #progress = new SavedProgress(
    this,
    () => this.journey,
    () => this.#forgetAnswers(),
  );
  readonly #uptake = new UptakeController(this);
  #pendingEvents: Event[] = [];
  /** The reading started by Listen; aborting it stops speech and removes the highlight. */
  #listening: AbortController | undefined;
  @state() private reading = false;

  /** Why the guide stopped on this page (it then renders nothing more), once it has. */
  #stoppedBecause: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readJsonBlock();
    try {
      // The element may be upgraded before the parser reaches its JSON child, or a page may add the block later.
      this.#childObserver ??= new MutationObserver(() => this.#readJsonBlock());
      this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    } catch (error) {
      // A page that broke MutationObserver only loses live updates of the JSON block.
      if (!this.#reported.has('observer')) {
        this.#reported.add('observer');
        console.warn(`record-access-guide: later changes to the JSON config block will not be seen (MutationObserver: ${errorMessage(error)}).`);
      }
    }
  }

  /** Stops for good: says why once, and leaves nothing half-working on screen. */
  #stop(reason: string): void {
    if (this.#stoppedBecause !== null) return;
    this.#stoppedBecause = reason;
    this.#stopListening();
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
      this.#stop(`the guide stopped: ${errorMessage(error)}.`);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
    this.#stopListening();
  }

  /** Reads the current step aloud: only ever from the person pressing Listen. */
  #onListen(): void {
    if (this.reading) {
      this.#stopListening();
      return;
    }
    const root = this.renderRoot.querySelector('#step-content');
    if (!root) return;
    const controller = new AbortController();
    this.#listening = controller;
    this.reading = true;
    this.announcement = this.#t('listenStarted');
    void this.#readStep(root, controller);
  }

  /** Fetches Listen's speech code on first use (it is a separate file), then reads `root` until done or aborted. */
  async #readStep(root: Element, controller: AbortController): Promise<void> {
    let createStepReader: typeof import('./listen-reader.js').createStepReader;
    try {
      ({ createStepReader } = await import('./listen-reader.js'));
    } catch (error) {
      // Offline, or the file was blocked: say so rather than leave a Stop button that does nothing.
      console.warn('record-access-guide: the read-aloud code could not be loaded.', error);
      if (this.#listening === controller) {
        this.#stopListening();
        this.announcement = this.#t('listenLoadFailed');
      }
      return;
    }
    if (controller.signal.aborted) return;
    const reader = createStepReader({
      root,
      synthesizer: this.synthesizer,
      rate: this.listenRate,
      highlightName: LISTEN_HIGHLIGHT,
      // The voice is chosen for the guide's language (a Welsh voice for Welsh, where the device has one).
      lang: this.localeCode,
      signal: controller.signal,
    });
    reader.engine.addEventListener(SpeechStateEvent.type, () => {
      if (this.#listening === controller) this.reading = reader.engine.state !== 'idle';
    });
    reader.engine.addEventListener(
      SpeechProblemEvent.type,
      (event) => (this.announcement = this.#t(SPEECH_PROBLEM_TEXT[(event as SpeechProblemEvent).problem])),
    );
    reader.engine.addEventListener(SpeechFinishedEvent.type, () => {
      this.announcement = this.#t('listenFinished');
      this.#stopListening();
    });
    reader.start().catch((error: unknown) => {
      if (!controller.signal.aborted) console.warn('record-access-guide: the step could not be read aloud.', error);
      this.#stopListening();
    });
  }

  #stopListening(): void {
    this.#listening?.abort();
    this.#listening = undefined;
    this.reading = false;
  }

  #readJsonBlock(): void {
    const block = this.querySelector(':scope > script[type="application/json"]');
    const text = block?.textContent ?? null;
    if (text !== this.jsonText) this.jsonText = text;
  }

  get #context(): JourneyContext {
    return { services: this.#practice.services };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const changedKeys = changed as Map<PropertyKey, unknown>;
    if (!this.hasUpdated || changedKeys.has('jsonText') || CONFIG_PROPERTIES.some((name) => changedKeys.has(name))) this.#readConfig();
    if (!this.hasUpdated || changedKeys.has('locale')) this.#readLocale();
    if (changedKeys.has('localeCode')) {
      this.#t = this.#textLookup();
      if (this.#announceLanguage) this.announcement = this.#t('languageChanged');
      this.#announceLanguage = false;
    }
  }

  /** The page's choice of language: the `locale` attribute, else the nearest `lang`, else English. */
  #readLocale(): void {
    // Direction from the nearest dir attribute, not the inherited CSS value, which a page's `* { direction }` could force.
    this.#textDirection = this.closest('[dir]')?.getAttribute('dir')?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
    const { code, unsupported } = resolveLocale(this.locale, this);
    if (unsupported !== null) {
      this.#report(
        `record-access-guide: attribute "locale": "${unsupported}" is not a language this guide has. Allowed: ${LOCALE_CODES.join(', ')}. Using ${code} (from the page's lang, else English).`,
      );
    }
    if (this.#chosenLocale === null) void this.#useLocale(code, false);
  }

  /** Loads a language and shows it; if its file cannot be loaded, stays in the current language and says so. */
  async #useLocale(code: LocaleCode, announce: boolean): Promise<void> {
    const request = ++this.#localeRequest;
    if (code === this.localeCode && this.localeProblem === null) return;
    try {
      const file = await loadLocale(code);
      if (request !== this.#localeRequest) return;
      this.#localeFile = file;
      this.localeProblem = null;
      this.#announceLanguage = announce;
      if (this.localeCode === code) this.#t = this.#textLookup();
      this.localeCode = code;
    } catch (error) {
      if (request !== this.#localeRequest) return;
      console.warn(
        `record-access-guide: the "${code}" language file could not be loaded (${error instanceof Error ? error.message : String(error)}). Showing ${this.localeCode} instead.`,
      );
      this.localeProblem = code;
      if (announce) this.announcement = this.#t('languageLoadFailed', { value: LOCALES[code].name });
    }
  }

  async #onSwitchLanguage(code: LocaleCode): Promise<void> {
    this.#chosenLocale = code;
    await this.#useLocale(code, true);
  }

  /** Remembers what is ticked on this step before Continue, so a re-render (Listen, a language switch, a notice) keeps it. */
  #onFormChange(event: Event): void {
    const field = QUESTIONS[this.journey.current]?.field;
    if (field) this.#draft = new FormData(event.currentTarget as HTMLFormElement).getAll(field).map(String);
  }

  /** The text of the current language; the practice's `strings` reword the English only (they are written in English). */
  #textLookup(): TextLookup {
    return createTextLookup(this.#localeFile.content, this.localeCode === 'en-GB' ? this.#practice.strings : {});
  }

  #report(message: string): void {
    if (this.#reported.has(message)) return;
    this.#reported.add(message);
    console.warn(message);
  }

  #readConfig(): void {
    try {
      this.#applyConfig();
    } catch (error) {
      // A hostile `config` object (a throwing getter, say) must not break the host page: report and use defaults.
      console.warn(`record-access-guide: the configuration could not be read (${error instanceof Error ? error.message : String(error)}). Using the defaults.`);
      this.#practice = defaultConfig();
      this.#t = this.#textLookup();
    }
    this.#progress.configure(progressKey(location.pathname, this.#practice.odsCode, this.#practice.practiceName), this.#practice.saveProgressDays);
    this.#uptake.configure(this.#practice.uptakeEndpoint, progressKey('', this.#practice.odsCode, this.#practice.practiceName));
  }

  #applyConfig(): void {
    const { config, messages } = resolveConfig(
      {
        attributes: {
          'practice-name': this.practiceName,
          'ods-code': this.odsCode,
          services: this.services,
          portals: this.portals,
          'contact-phone': this.contactPhone,
          'contact-email': this.contactEmail,
          'contact-sms': this.contactSms,
          'contact-online-form': this.contactOnlineForm,
          'contact-bsl-video-relay': this.contactBslVideoRelay,
          'registration-hours': this.registrationHours,
          'quick-exit-url': this.quickExitUrl,
          'save-progress-days': this.saveProgressDays,
          'uptake-endpoint': this.uptakeEndpoint,
        },
        jsonText: this.jsonText,
        property: this.config,
      },
      CONTENT_IDS,
      enGB.defaultPracticeName.text,
    );
    for (const message of messages) this.#report(message);
    const { phone, email, sms, onlineForm, bslVideoRelay } = config.contact;
    if (!phone && !email && !sms && !onlineForm && !bslVideoRelay) {
      this.#report(
        'record-access-guide: no contact details are set (contact-phone, contact-email, contact-sms, contact-online-form, contact-bsl-video-relay). The checklist can only tell patients to look the practice up; add at least a phone number.',
      );
    }
    this.#practice = config;
    this.#t = this.#textLookup();
  }

  #viewContext(): ViewContext {
    return {
      t: this.#t,
      config: this.#practice,
      state: this.journey,
      journey: this.#context,
      error: this.error,
      draft: this.#draft,
      practice: this.#practice.practiceName ?? this.#t('defaultPracticeName'),
      onChange: (step) => this.#show(changeAnswer(this.journey, step)),
      glossary: this.#localeFile.glossary ?? {},
      // A function: a date format is costly to create, and only the next-steps page needs one.
      madeOn: () => this.#t('checklistMadeOn', { value: new Intl.DateTimeFormat(this.localeCode, { dateStyle: 'long' }).format(new Date()) }),
      onPrint: () => window.print(),
      onDownload: () => this.#onDownload(),
    };
  }

  /** Saves the checklist as a text file, made here from the same checklist as the page. */
  #onDownload(): void {
    const ctx = this.#viewContext();
    const checklist = buildChecklistDocument({ t: this.#t, config: this.#practice, answers: this.journey.answers, practice: ctx.practice });
    const now = new Date();
    saveTextFile(this.renderRoot, checklistFileName(this.#t('checklistFileName'), now), checklistAsText(checklist, ctx.madeOn()));
  }

  /** Moves to a new state: clears errors, and after rendering, focuses the heading and announces the step. */
  #show(next: JourneyState): void {
    this.#stopListening();
    this.#progress.stepShown();
    this.journey = next;
    this.#draft = null;
    this.error = null;
    this.finished = false;
    this.#pendingFocus = 'heading';
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
    const previous = goBack(this.journey, this.#context);
    if (previous !== this.journey) this.#show(previous);
  }

  #onStop(): void {
    this.#show(stopForNow(this.journey));
  }

  #onStartAgain(): void {
    this.#show(initialState());
  }

  /**
   * Leaves at once: forgets the answers (saved ones too: someone may be looking over the patient's
   * shoulder), tells the page, and replaces this page in history so Back does not return.
   */
  #onQuickExit(): void {
    const from: StepId = this.#progress.offer ? 'start' : this.journey.current;
    this.journey = initialState();
    const exit = new RecordAccessGuideExitEvent(from, 'quick-exit');
    this.dispatchEvent(exit);
    // Deleting takes milliseconds; the cap means a stuck database never holds the patient here.
    const leave = () => window.location.replace(this.#practice.quickExitUrl);
    void Promise.race([this.#progress.eraseForQuickExit(), new Promise((resolve) => setTimeout(resolve, 300))]).then(leave, leave);
  }

  /** Quick exit in another tab erased the saved answers: this tab forgets the ones on screen too. */
  #forgetAnswers(): void {
    this.#stopListening();
    this.journey = initialState();
    this.#draft = null;
    this.error = null;
    this.finished = false;
    this.#pendingFocus = 'storage-notice';
  }

  #onResumeContinue(): void {
    const saved = this.#progress.accept();
    if (saved) this.#show(saved);
  }

  #onResumeStartAgain(): void {
    void this.#progress.clear(false);
    this.#show(initialState());
  }

  /** Deletes the saved answers and starts again, with the confirmation focused. */
  async #onClearAnswers(): Promise<void> {
    this.#stopListening();
    await this.#progress.clear(true);
    this.journey = initialState();
    this.error = null;
    this.finished = false;
    this.#pendingFocus = 'storage-notice';
  }

  #focusField(event: Event, id: string): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if ((changed as Map<PropertyKey, unknown>).has('journey')) this.#progress.save(this.journey);
    if (this.#pendingFocus) {
      const target = this.renderRoot.querySelector<HTMLElement>(
        this.#pendingFocus === 'heading' ? '#step-heading' : this.#pendingFocus === 'error-summary' ? '#error-summary' : `#${NOTICE_ID}`,
      );
      this.#pendingFocus = null;
      target?.focus();
    }
    const events = this.#pendingEvents;
    this.#pendingEvents = [];
    for (const event of events) this.dispatchEvent(event);
  }

  override render() {
    const ctx = this.#viewContext();
    if (this.#progress.offer) return this.#renderResumePage(ctx, this.#progress.offer);
    const { current, history } = this.journey;
    const position = this.finished ? null : stepPosition(this.journey, this.#context);
    const primary = primaryButtonKey(current);
    const canStop = !this.finished && !['start', 'leaving', 'next-steps'].includes(current);
    return html`
      <section class="base" part="base" aria-labelledby="step-heading" lang=${this.localeCode} dir=${this.#textDirection}>
        ${this.#renderToolbar(history.length > 0 && !this.finished)}
        ${this.#renderLanguageSwitch()}
        ${renderNotice(this.#t, this.#progress.notice)}
        ${position ? html`<p class="caption" part="step-count">${this.#stepCount(position)}</p>` : nothing}
        ${this.error ? this.#renderErrorSummary(ctx) : nothing}
        ${
          this.finished
            ? nothing
            : html`<p class="listen">
              <button type="button" class="listen-button" part="listen" @click=${this.#onListen}>${this.#t(this.reading ? 'listenStop' : 'listen')}</button>
            </p>`
        }
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
          ${current === 'next-steps' ? html`<button type="button" class="link-button start-again" @click=${this.#onStartAgain}>${this.#t('startAgain')}</button>` : nothing}
          ${canStop ? html`<p class="stop"><button type="button" class="link-button" @click=${this.#onStop}>${this.#t('stopForNow')}</button></p>` : nothing}
        `,
              )
        }
        ${this.#progress.saving ? renderSavedLine(this.#t, this.#progress.keepDays, () => void this.#onClearAnswers()) : nothing}
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
    `;
  }

  /** "Continue where you left off", naming the step reached: no Back, no step count. */
  #renderResumePage(ctx: ViewContext, saved: JourneyState) {
    const reached = stepTitle(saved.current, { ...ctx, state: saved });
    return html`
      <section class="base" part="base" aria-labelledby="step-heading" lang=${this.localeCode} dir=${this.#textDirection}>
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

  #renderLanguageSwitch() {
    const others = LOCALE_CODES.filter((code) => code !== this.localeCode);
    return html`
      <p class="language-switch">
        ${others.map(
          (code) => html`<button type="button" class="language-button" part="language-switch" lang=${code} @click=${() => void this.#onSwitchLanguage(code)}>
            <span class="visually-hidden" lang=${this.localeCode}>${this.#t('languageSwitchPrefix')} </span>${LOCALES[code].name}
          </button>`,
        )}
      </p>
      ${this.localeProblem ? html`<p class="notice" part="notice">${this.#t('languageLoadFailed', { value: LOCALES[this.localeProblem].name })}</p>` : nothing}
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
      <button type="button" class="button" part="button" @click=${this.#onStartAgain}>${this.#t('startAgain')}</button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'record-access-guide': RecordAccessGuide;
  }
}
