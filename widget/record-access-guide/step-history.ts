/**
 * Each step of the guide as an entry in the browser's history, so a phone's Back and Forward move between
 * steps and a reload comes back to the step. The URL is never changed (a page's own anchors and routing keep
 * working): the guide's marker rides in `history.state`, merged into whatever state the page keeps there.
 * Entries are grouped in generations: starting again or clearing the answers begins a new one, and entries
 * of an older generation no longer bring answers back.
 *
 * Leaving (quick exit) goes back over every entry of this page first where the browser can list them (the
 * Navigation API), so Back afterwards does not return here; see README (Quick exit) for what it cannot do.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { JourneyState, StepId } from '../journey/types.js';
import { leaveFor, type Leaver } from './quick-exit.js';

/** The key of the guide's marker in `history.state`. */
const STATE_KEY = 'recordAccessGuide';

/** What the guide keeps in history.state: which guide, which generation, how deep, which step. No answers. */
interface StepMark {
  guide: string;
  generation: string;
  depth: number;
  step: StepId;
}

function isStepMark(value: unknown): value is StepMark {
  if (typeof value !== 'object' || value === null) return false;
  const mark = value as Record<string, unknown>;
  return (
    typeof mark.guide === 'string' &&
    typeof mark.generation === 'string' &&
    typeof mark.depth === 'number' &&
    Number.isInteger(mark.depth) &&
    typeof mark.step === 'string'
  );
}

/** The page's own state object (kept as it is, beside the guide's marker), or null where it is not an object. */
function pageState(): Record<string, unknown> | null {
  const state: unknown = history.state;
  if (state === null || state === undefined) return {};
  return typeof state === 'object' && !Array.isArray(state) ? (state as Record<string, unknown>) : null;
}

function markOf(state: unknown): StepMark | null {
  if (typeof state !== 'object' || state === null) return null;
  const mark = (state as Record<string, unknown>)[STATE_KEY];
  return isStepMark(mark) ? mark : null;
}

/** Generations begun in this document: a mark of one of these is no reload (a second guide on the same page, say). */
const ownGenerations = new Set<string>();

/** A short random id: generations must differ between page loads, so an old tab's entries never match. */
function newGeneration(): string {
  const generation = Math.random().toString(36).slice(2, 10);
  ownGenerations.add(generation);
  return generation;
}

/** The Navigation API's history entries, where the browser has it (Chromium; Firefox ESR 153). */
interface NavigationEntryLike {
  key: string;
  index: number;
  sameDocument: boolean;
}
interface NavigationLike {
  currentEntry: NavigationEntryLike | null;
  entries(): NavigationEntryLike[];
  traverseTo(key: string): { finished: Promise<unknown> };
}

export interface StepHistoryOptions {
  /** Which guide on the page this is (two guides never move each other). */
  guide: () => string;
  /** Browser Back or Forward reached one of this guide's entries: show this journey (no new entry). */
  onTraverse: (journey: JourneyState) => void;
  /** Browser Back reached an entry of this guide whose journey is no longer held: go back one step. */
  onBack: () => void;
}

export class StepHistory implements ReactiveController, Leaver {
  /** Off with `step-history="off"`, for pages that own history.state. */
  enabled = true;
  #generation = newGeneration();
  #depth = 0;
  /** The journey at each depth of this generation, in memory only. */
  #journeys = new Map<number, JourneyState>();
  /** The page's own entry has been marked (done on the first step change, not on load). */
  #marked = false;
  readonly #onPopState = (event: PopStateEvent): void => this.#traversed(event.state);

  readonly #options: StepHistoryOptions;

  constructor(host: ReactiveControllerHost, options: StepHistoryOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    try {
      window.addEventListener('popstate', this.#onPopState);
    } catch {
      // A page that broke addEventListener: Back and Forward then leave the page as usual; the guide still works.
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** The step this entry of history was at when the page was reloaded (or restored), if it was this guide's. */
  stepOnLoad(): StepId | null {
    if (!this.enabled) return null;
    const mark = markOf(history.state);
    return mark && mark.guide === this.#options.guide() && !ownGenerations.has(mark.generation) ? mark.step : null;
  }

  /** The patient moved forward to `journey` (Continue, Start now, Change): a new history entry. */
  moved(journey: JourneyState): void {
    if (!this.enabled) return;
    if (!this.#marked) this.#begin(this.#journeys.get(0) ?? null);
    this.#depth += 1;
    this.#journeys.set(this.#depth, journey);
    for (const depth of this.#journeys.keys()) if (depth > this.#depth) this.#journeys.delete(depth);
    this.#record('push', journey.current);
  }

  /** The shown journey changed without a new entry (a language switch keeps it; a restored or resumed journey replaces it). */
  replaced(journey: JourneyState): void {
    if (!this.enabled) return;
    this.#journeys.set(this.#depth, journey);
    if (this.#marked) this.#record('replace', journey.current);
  }

  /**
   * The journey shown when this code arrived; kept so Back to the page's own entry can bring it back. If the
   * patient had already moved on (a slow network, a quick press), that step gets its entry now, over the page's
   * marked one, so Back goes one step back rather than off the page.
   */
  started(journey: JourneyState): void {
    if (this.enabled && !this.#marked && journey.history.length > 0) {
      // The step before is not held: Back to the page's entry goes back one step from wherever the patient is.
      this.#begin(null);
      this.moved(journey);
      return;
    }
    this.#journeys.set(0, journey);
  }

  /** Restored after a reload at `journey`: this entry is marked again, as the top of a new generation. */
  restored(journey: JourneyState): void {
    if (!this.enabled) return;
    this.#begin(journey);
  }

  /** Start again, Clear my answers: a new generation, so older entries never bring the answers back. */
  reset(journey: JourneyState): void {
    this.#generation = newGeneration();
    this.#depth = 0;
    this.#journeys = new Map([[0, journey]]);
    if (this.enabled && this.#marked) this.#record('replace', journey.current);
  }

  /** The guide's own Back button: true if it went back through history (the popstate then shows the step). */
  back(): boolean {
    if (!this.enabled || !this.#marked || this.#depth === 0 || !this.#journeys.has(this.#depth - 1)) return false;
    history.back();
    return true;
  }

  #begin(journey: JourneyState | null): void {
    this.#generation = newGeneration();
    this.#depth = 0;
    this.#journeys = new Map(journey ? [[0, journey]] : []);
    this.#marked = true;
    this.#record('replace', journey?.current ?? 'start');
  }

  /**
   * Writes the entry now, in the step change, before the new step renders: the browser's Back must find it
   * however soon it is pressed. Written after the next paint (as once), a Back within that frame went back
   * from the step before (one step too far) or, from the first step, off the page. Before the render the call
   * is cheap (about 1 ms in Chromium under load) and the bench's step change did not grow (issue 18 notes).
   */
  #record(how: 'push' | 'replace', step: StepId): void {
    this.#writeEntry(how, { guide: this.#options.guide(), generation: this.#generation, depth: this.#depth, step });
  }

  #writeEntry(how: 'push' | 'replace', mark: StepMark): void {
    if (!this.enabled) return;
    const state = pageState();
    if (state === null) {
      // The page keeps a non-object in history.state: leave it alone rather than replace it.
      this.enabled = false;
      return;
    }
    try {
      if (how === 'push') history.pushState({ ...state, [STATE_KEY]: mark }, '');
      else history.replaceState({ ...state, [STATE_KEY]: mark }, '');
    } catch {
      // A page may have locked history, or its state cannot be cloned: the guide still works, without entries.
      this.enabled = false;
    }
  }

  #traversed(state: unknown): void {
    if (!this.enabled) return;
    const mark = markOf(state);
    // Someone else's entry (a skip link, the page's own routing), or another guide's: not ours to act on.
    if (!mark || mark.guide !== this.#options.guide() || mark.generation !== this.#generation) return;
    const from = this.#depth;
    this.#depth = mark.depth;
    const journey = this.#journeys.get(mark.depth);
    if (journey) this.#options.onTraverse(journey);
    else if (mark.depth < from) this.#options.onBack();
  }

  /**
   * Leaves for `url` in `target` (this window, or the top window from a frame). First goes back over this
   * page's entries where the browser lists them, so Back from the other site does not return here; then replaces
   * the page's first entry. Resolves false when `target` refused to be navigated (a sandboxed frame).
   */
  async leave(url: string, target: Window): Promise<boolean> {
    await this.#backToFirstEntry();
    return leaveFor(url, target);
  }

  /** Back to the first entry of this document, within 300 ms: every later entry of it is then forward of where the patient leaves from. */
  async #backToFirstEntry(): Promise<void> {
    const navigation = (window as unknown as { navigation?: NavigationLike }).navigation;
    let key: string | null = null;
    try {
      const current = navigation?.currentEntry;
      if (navigation && current) {
        const entries = navigation.entries();
        let first = current;
        for (let index = current.index - 1; index >= 0; index--) {
          const entry = entries[index];
          if (!entry?.sameDocument) break;
          first = entry;
        }
        if (first !== current) key = first.key;
      }
      if (key !== null && navigation) {
        const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
        await Promise.race([
          Promise.all([navigation.traverseTo(key).finished.catch(() => undefined), popped]),
          new Promise((resolve) => setTimeout(resolve, 300)),
        ]);
        // Firefox reports the traversal finished before its session history has moved: a replace straight away
        // replaces a later entry, which Back then returns to (test/firefox/guide.spec.ts). A moment more settles it.
        await new Promise((resolve) => setTimeout(resolve, 50));
        return;
      }
      // No Navigation API: go back over the entries this guide added (the page's own ones cannot be counted).
      if (!navigation && this.#marked && this.#depth > 0) {
        const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
        history.go(-this.#depth);
        await Promise.race([back, new Promise((resolve) => setTimeout(resolve, 300))]);
      }
    } catch {
      // Leaving matters more than tidy history: go on to replace.
    }
  }
}
