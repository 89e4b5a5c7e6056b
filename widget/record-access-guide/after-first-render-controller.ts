/**
 * Fetches after-first-render.ts beside the first render and starts what it holds: step history (Back and
 * Forward between steps, a reload returning to the step), the print styles, and the webmaster's console
 * checks (misspelt attributes, unknown `{markers}`, a frame quick exit cannot leave). Also moves content a
 * self-closing tag swallowed back out (swallowed-content.ts), which cannot wait for a fetch.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { settingEntries } from '../config/settings.js';
import { loadEnglish } from '../content/locales.js';
import type { JourneyState, StepId } from '../journey/types.js';
import type { StepHistory } from './step-history.js';
import { SwallowedContent } from './swallowed-content.js';

type Part = typeof import('./after-first-render.js');

export interface AfterFirstRenderOptions {
  /** A message for the webmaster, written once. */
  report(message: string): void;
  /** Which guide on the page this is (its saved-progress key), so two guides never move each other. */
  guide(): string;
  /** The `step-history` attribute's value. */
  mode(): string | null;
  /** The practice's replacement texts, by content id. */
  strings(): Readonly<Record<string, string>>;
  /** The journey shown now (where step history starts, if a step was reached before its code arrived). */
  journey(): JourneyState;
  /** Browser Back or Forward reached one of this guide's steps: show it (no new entry). */
  onTraverse(journey: JourneyState): void;
  /** Browser Back reached an entry of this guide whose journey is no longer held: go back one step. */
  onBack(): void;
}

export class AfterFirstRenderController implements ReactiveController {
  /** Step history, once its code has arrived and unless the page turned it off. */
  history: StepHistory | null = null;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: AfterFirstRenderOptions;
  readonly #swallowed: SwallowedContent;
  #started = false;
  /** The saved journey has been checked against the history entry the page was reloaded at. */
  #restoreChecked = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: AfterFirstRenderOptions) {
    this.#host = host;
    this.#options = options;
    this.#swallowed = new SwallowedContent(host, options.report);
    host.addController(this);
  }

  hostConnected(): void {
    this.#swallowed.watch();
  }

  hostDisconnected(): void {
    this.#swallowed.stop();
  }

  /** Fetches the part and starts it; call once the first step is on screen. */
  async start(shadowRoot: ShadowRoot | null): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    let part: Part;
    try {
      part = await import('./after-first-render.js');
    } catch (error) {
      // The guide works without it: Back and Forward leave the page, as before.
      console.warn('record-access-guide: part of the guide (step history, print styles) could not be fetched from beside its script.', error);
      return;
    }
    this.#adoptPrintStyles(shadowRoot, part.printStyles.styleSheet);
    this.#checkWebmasterMistakes(part);
    const history = new part.StepHistory(this.#host, { guide: this.#options.guide, onTraverse: this.#options.onTraverse, onBack: this.#options.onBack });
    history.enabled = this.#enabled();
    // A step reached before this code arrived is where its history starts.
    history.started(this.#options.journey());
    this.history = history;
    this.#host.requestUpdate();
  }

  /** The `step-history` attribute changed: "off" stops adding entries from now on. */
  modeChanged(): void {
    if (this.history) this.history.enabled = this.#enabled();
  }

  /**
   * Once both the saved answers and step history have arrived: true if the page was reloaded (or restored from
   * a closed tab) at this guide's entry for the saved step, so the patient goes straight back there rather than
   * being asked "continue where you left off?".
   */
  reloadedAt(offer: JourneyState | null): boolean {
    if (this.#restoreChecked || !offer || !this.history) return false;
    this.#restoreChecked = true;
    const step: StepId | null = this.history.stepOnLoad();
    return step === offer.current;
  }

  #enabled(): boolean {
    const raw = this.#options.mode();
    const mode = raw?.trim().toLowerCase() ?? 'on';
    if (mode !== 'on' && mode !== 'off')
      this.#options.report(`record-access-guide: attribute "step-history": "${raw ?? ''}" is not allowed. Allowed: on, off. Using on.`);
    return mode !== 'off';
  }

  /** Adds the print styles after the guide's own (constructable stylesheets, as Lit uses in every browser the guide supports). */
  #adoptPrintStyles(root: ShadowRoot | null, sheet: CSSStyleSheet | undefined): void {
    try {
      if (root && sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch {
      // Printing then shows the page as on screen: still readable.
    }
  }

  /** Misspelt attributes and `{markers}` a replacement text never fills in: one console message each. */
  #checkWebmasterMistakes(part: Part): void {
    try {
      const known: string[] = [];
      for (const [, setting] of settingEntries()) if (setting.attribute) known.push(setting.attribute);
      for (const message of part.unknownAttributeMessages(this.#host.getAttributeNames(), known)) this.#options.report(message);
      // The markers each text has are in the whole English, fetched beside the first render too (its failure is reported there).
      loadEnglish().then(
        ({ enGB }) => this.#checkMarkers(part, enGB),
        () => {},
      );
      const problem = part.frameProblem();
      if (problem) {
        this.#options.report(
          `record-access-guide: quick exit cannot leave your page from this frame: ${problem}. Add allow-top-navigation-by-user-activation to the iframe's sandbox (README: In a frame). Until then, patients are told to close the tab instead.`,
        );
      }
    } catch {
      // Advice for the webmaster only: never worth breaking the guide over.
    }
  }

  #checkMarkers(part: Part, english: Readonly<Record<string, { text: string; plural?: Readonly<Record<string, string>> } | undefined>>): void {
    try {
      const texts = (id: string): string[] => {
        const entry = Object.hasOwn(english, id) ? english[id] : undefined;
        return entry ? [entry.text, ...Object.values(entry.plural ?? {})] : [];
      };
      for (const message of part.unknownMarkerMessages(this.#options.strings(), texts)) this.#options.report(message);
    } catch {
      // As above: advice only.
    }
  }
}
