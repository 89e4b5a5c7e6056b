/**
 * The guide's language as a Lit controller: which locale is shown and its text lookup, the page's choice
 * (`locale`, else the nearest `lang`), the patient's choice from the switch (which wins), loading a locale's
 * file on demand, and the text direction. A file that cannot be loaded leaves the current language showing
 * and records the problem for the view.
 *
 * The first step's English is built in; the English of the later steps comes with their views in a part
 * fetched beside the first render (later-steps.ts). No later step is drawn before it is here: a move to one
 * waits for it (`afterStepsText`), and if it cannot be fetched the patient stays where they are, with their
 * answers, and is told (`stepsProblem`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { enGBFirst } from './en-GB-first.js';
import { DEFAULT_LOCALE, loadLocale, LOCALE_CODES, LOCALES, resolveLocale, type GlossaryTexts, type LocaleCode, type LocaleFile } from './locales.js';
import { createTextLookup, type PartialLocaleContent, type TextLookup } from './text.js';
import { loadPart } from '../record-access-guide/part-loader.js';
import { loadedLaterSteps, loadLaterSteps } from '../record-access-guide/steps.js';

export interface LocaleOptions {
  /** A message for the webmaster, written once. */
  report(message: string): void;
  /** Something to say to the patient in the live region. */
  announce(text: string): void;
}

export class LocaleController implements ReactiveController {
  /** The language shown (English until another has loaded). */
  code: LocaleCode = DEFAULT_LOCALE;
  /** The text of the language shown. */
  t: TextLookup = createTextLookup(enGBFirst, {}, DEFAULT_LOCALE);
  /** A language whose file could not be loaded, shown as a message until another switch works. */
  problem: LocaleCode | null = null;
  /** What to tell the patient about `problem`: blocked by the page's security policy, or not loaded. */
  problemText: 'languageBlocked' | 'languageLoadFailed' = 'languageLoadFailed';
  /** Left to right unless the element or an ancestor says `dir="rtl"`. */
  direction: 'ltr' | 'rtl' = 'ltr';
  /** Whether the English of the later steps has arrived: until it has, only the start page can be drawn. */
  stepsReady = false;
  /** A move is waiting for the later steps: shown on screen too, not only said in the live region. */
  stepsWaiting = false;
  /** Set when the patient went on and the later steps' English could not be fetched: what to tell them. */
  stepsProblem: 'stepsLoadFailed' | 'stepsBlocked' | null = null;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: LocaleOptions;
  #file: LocaleFile = { content: enGBFirst };
  /** The English known so far, every other language's fallback: the first step's, then all of it. */
  #english: PartialLocaleContent = enGBFirst;
  #stepsFetch: Promise<boolean> | null = null;
  #stepsFetched = false;
  /** Why the last fetch of the later steps' English failed; a page's policy does not change while it is open, so a block stays. */
  #stepsFailure: 'stepsLoadFailed' | 'stepsBlocked' = 'stepsLoadFailed';
  /** The latest move waiting for the later steps' English: only the latest is made when it arrives. */
  #waiting: { go(): void; failed(): void } | null = null;
  /** The practice's rewording, which applies to the English only (it is written in English). */
  #overrides: Readonly<Record<string, string>> = {};
  /** The language the patient chose with the switch: it wins over the page's. */
  #chosen: LocaleCode | null = null;
  /** Counts requests, so only the latest one's result is used. */
  #request = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, options: LocaleOptions) {
    this.#host = host;
    this.#options = options;
    // Another guide on this page may have fetched the later steps already: then this one has them from the start.
    const loaded = loadedLaterSteps();
    if (loaded) this.#useLaterSteps(loaded.enGB);
    host.addController(this);
  }

  /** Glossary explanations in the language shown (English where missing). */
  get glossary(): GlossaryTexts {
    return this.#file.glossary ?? {};
  }

  /** The practice's `strings`: a new lookup for the English. */
  setOverrides(overrides: Readonly<Record<string, string>>): void {
    this.#overrides = overrides;
    this.#refresh();
  }

  /** The page's choice of language: the `locale` attribute, else the nearest `lang`, else English. */
  readPage(attribute: string | null): void {
    const host = this.#host;
    // Direction from the nearest dir attribute, not the inherited CSS value, which a page's `* { direction }` could force.
    this.direction = host.closest('[dir]')?.getAttribute('dir')?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
    const { code, unsupported } = resolveLocale(attribute, host);
    if (unsupported !== null) {
      this.#options.report(
        `record-access-guide: attribute "locale": "${unsupported}" is not a language this guide has. Allowed: ${LOCALE_CODES.join(', ')}. Using ${code} (from the page's lang, else English).`,
      );
    }
    if (this.#chosen === null) void this.#use(code, false);
  }

  /** The patient's choice from the language switch. */
  async choose(code: LocaleCode): Promise<void> {
    this.#chosen = code;
    await this.#use(code, true);
  }

  #refresh(): void {
    this.t = createTextLookup(this.#file.content, this.code === 'en-GB' ? this.#overrides : {}, this.code, this.#english);
  }

  /**
   * Runs `go` (a move to a later step) now if the later steps' English is here, and returns true. Otherwise
   * returns false, says the step is being got ready, and fetches it (again, if an earlier try failed): `go`
   * runs when it arrives, unless another move was asked for meanwhile; if it cannot be fetched, `failed` runs
   * and `stepsProblem` says why. Nothing the patient answered is touched either way.
   */
  afterStepsText(go: () => void, failed: () => void): boolean {
    if (this.stepsReady) return true;
    this.#waiting = { go, failed };
    this.stepsWaiting = true;
    this.#options.announce(this.t('stepsLoading'));
    void this.#fetchSteps().then((ready) => {
      const waiting = this.#waiting;
      this.#waiting = null;
      this.stepsWaiting = false;
      if (!ready) this.stepsProblem = this.#stepsFailure;
      if (ready) waiting?.go();
      else waiting?.failed();
      this.#host.requestUpdate();
    });
    return false;
  }

  #useLaterSteps(english: PartialLocaleContent): void {
    this.#english = english;
    this.stepsReady = true;
    this.stepsProblem = null;
    this.#refresh();
  }

  /** Fetches the later steps' English once (again after a failure); true when it is here. */
  #fetchSteps(): Promise<boolean> {
    this.#stepsFetched = true;
    this.#stepsFetch ??= loadPart('the part with the later steps', loadLaterSteps).then((loaded) => {
      if (loaded.ok) {
        this.#useLaterSteps(loaded.value.enGB);
        this.#host.requestUpdate();
      } else {
        this.#stepsFetch = null;
        console.warn(`${loaded.message} The guide cannot go past its start page until it can be fetched.`);
        if (loaded.failure === 'blocked') this.#stepsFailure = 'stepsBlocked';
      }
      return loaded.ok;
    });
    return this.#stepsFetch;
  }

  /** Loads a language and shows it; if its file cannot be loaded, stays in the current language and says so. */
  async #use(code: LocaleCode, announce: boolean): Promise<void> {
    const request = ++this.#request;
    if (code === this.code && this.problem === null) return;
    const loaded = await loadPart(`the "${code}" language file`, () => loadLocale(code));
    if (request !== this.#request) return;
    if (loaded.ok) {
      this.#file = loaded.value;
      this.problem = null;
      this.code = code;
      this.#refresh();
      if (announce) this.#options.announce(this.t('languageChanged'));
    } else {
      console.warn(`${loaded.message} Showing ${this.code} instead.`);
      this.problem = code;
      this.problemText = loaded.failure === 'blocked' ? 'languageBlocked' : 'languageLoadFailed';
      if (announce) this.#options.announce(this.t(this.problemText, { value: LOCALES[code].name }));
    }
    this.#host.requestUpdate();
  }

  hostConnected(): void {}

  /** After the first render: the later steps' English is fetched beside it, before the patient needs it. */
  hostUpdated(): void {
    if (!this.#stepsFetched && !this.stepsReady) void this.#fetchSteps();
  }
}
