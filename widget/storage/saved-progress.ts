/**
 * Saved progress as a Lit controller: the element tells it where it is (`configure`) and what the journey
 * is now (`save`); it loads any saved journey to offer back, and keeps the notice the patient should see.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { JourneyState } from '../journey/types.js';
import { eraseEverywhere, listenForEraseElsewhere } from './erase.js';
import type { ProgressStore } from './progress-store.js';

/**
 * The store's code (idb, migrations, validation) is a separate file, fetched beside the first render rather
 * than in the script the first step waits for (README: Benchmarks). Quick exit's erase (erase.ts) is not:
 * it must never wait for a download.
 */
const loadStoreCode = () => import('./progress-store.js');

/** What to tell the patient about their saved answers, if anything. */
export type ProgressNotice = 'not-saved' | 'discarded' | 'cleared' | null;

/** Nothing answered yet: not worth saving or offering back. */
const isFresh = (journey: JourneyState): boolean => journey.current === 'start' && journey.history.length === 0;

export class SavedProgress implements ReactiveController {
  /** A saved journey found on load, waiting for the patient to choose "continue" or "start again". */
  offer: JourneyState | null = null;
  notice: ProgressNotice = null;
  /** How long answers are kept; 0 when saving is off. */
  keepDays = 0;
  #store: ProgressStore | null = null;
  /** The store once its code has loaded (null: saving is off, or its code could not be loaded). */
  #ready: Promise<ProgressStore | null> = Promise.resolve(null);
  /** Its code is still on its way: saving counts as on meanwhile, so the saved-answers line does not pop in. */
  #loading = false;
  /** The store's class, once its code has loaded. */
  #storeClass: typeof ProgressStore | null = null;
  /** Quick exit has erased everything: no store is made and nothing is saved from now on. */
  #erased = false;
  #configured = '';
  #key = '';
  #stopListening: (() => void) | null = null;

  readonly #host: ReactiveControllerHost;
  readonly #current: () => JourneyState;
  readonly #onErasedElsewhere: () => void;
  readonly #possible: (journey: JourneyState) => boolean;

  /**
   * @param current The journey the element is showing now.
   * @param onErasedElsewhere Another tab used quick exit: the element must forget the answers on screen.
   * @param possible Whether the journey's rules could have led to a saved journey (see isPossibleState):
   *   one that could not is deleted and the patient told, as an unreadable one is.
   */
  constructor(
    host: ReactiveControllerHost,
    current: () => JourneyState,
    onErasedElsewhere: () => void = () => undefined,
    possible: (journey: JourneyState) => boolean = () => true,
  ) {
    this.#host = host;
    this.#current = current;
    this.#onErasedElsewhere = onErasedElsewhere;
    this.#possible = possible;
    host.addController(this);
  }

  hostConnected(): void {
    this.#stopListening ??= listenForEraseElsewhere(() => this.#erasedElsewhere());
  }

  hostDisconnected(): void {
    this.#stopListening?.();
    this.#stopListening = null;
  }

  /** Saving is on and working: the "saved on this device" line and "Clear my answers" are shown. */
  get saving(): boolean {
    return this.keepDays > 0 && (this.#loading || this.#store?.working === true);
  }

  #newStore(Store: typeof ProgressStore, key: string, keepDays: number): ProgressStore {
    const store: ProgressStore = new Store(key, keepDays, () => {
      if (this.#store !== store || keepDays === 0) return;
      this.notice = 'not-saved';
      this.#host.requestUpdate();
    });
    return store;
  }

  /**
   * Quick exit: nothing more is saved here (not even by a store whose code is still loading), other tabs are
   * told, and every saved answer on this site is deleted. Resolves once they are gone, or once it is known they could not be deleted now (the next load
   * deletes them before offering anything). Works whatever `save-progress-days` says now.
   */
  eraseForQuickExit(): Promise<boolean> {
    this.offer = null;
    this.#erased = true;
    this.#store?.stop();
    return eraseEverywhere();
  }

  /** Another tab erased everything: forget what is on screen, and start a new store for new answers. */
  #erasedElsewhere(): void {
    this.#store?.stop();
    this.offer = null;
    // A store still loading is made after this and finds nothing saved; one already made is replaced.
    if (this.#storeClass) this.#store = this.#newStore(this.#storeClass, this.#key, this.keepDays);
    this.#onErasedElsewhere();
    this.notice = 'cleared';
    this.#host.requestUpdate();
  }

  /** Where to save (see progressKey) and for how long; loads what was saved there. Repeat calls with the same values do nothing. */
  configure(key: string, keepDays: number): void {
    const id = `${keepDays}|${key}`;
    if (id === this.#configured) return;
    this.#configured = id;
    this.offer = null;
    this.keepDays = keepDays;
    this.#key = key;
    this.#store?.stop();
    this.#store = null;
    this.#loading = true;
    // With saving off (0 days) the store is still loaded: that deletes what this page saved before.
    this.#ready = loadStoreCode().then(
      ({ ProgressStore: Store }) => {
        if (this.#configured !== id || this.#erased) return null;
        this.#loading = false;
        this.#storeClass = Store;
        const store = this.#newStore(Store, key, keepDays);
        this.#store = store;
        void store.load().then((result) => {
          if (this.#store !== store || keepDays === 0) return;
          if (result.kind === 'discarded') this.notice = 'discarded';
          // If the patient has already started answering, their new answers win.
          else if (result.kind === 'saved' && !this.#possible(result.record.journey)) {
            // The right shape, but no patient could have got there: offering it back would leave dead buttons.
            this.notice = 'discarded';
            void store.clear();
          } else if (result.kind === 'saved' && !isFresh(result.record.journey) && isFresh(this.#current())) this.offer = result.record.journey;
          // Answers given while the store's code was loading are saved now.
          if (!this.offer && !isFresh(this.#current())) void store.save(this.#current());
          this.#host.requestUpdate();
        });
        return store;
      },
      (error: unknown) => {
        if (this.#configured !== id) return null;
        this.#loading = false;
        if (keepDays > 0) {
          console.warn('record-access-guide: the code that saves answers could not be loaded; answers will not be saved.', error);
          this.notice = 'not-saved';
        }
        this.#host.requestUpdate();
        return null;
      },
    );
  }

  /** Saves the journey now shown (or removes the record when nothing is answered), unless a saved one is still on offer. */
  save(journey: JourneyState): void {
    if (!this.#store || this.offer || this.keepDays === 0 || this.#erased) return;
    void (isFresh(journey) ? this.#store.clear() : this.#store.save(journey));
  }

  /** The patient moved on: "cleared" and "could not be read" have been seen; "cannot be saved" stays. */
  stepShown(): void {
    if (this.notice !== 'not-saved') this.notice = null;
  }

  /** The offered journey, which the patient chose to continue. */
  accept(): JourneyState | null {
    const offered = this.offer;
    this.offer = null;
    return offered;
  }

  /** Deletes the saved answers; `confirm` shows "cleared" once they are gone. Resolves when done (or they could not be reached). */
  async clear(confirm: boolean): Promise<void> {
    this.offer = null;
    const store = this.#store ?? (await this.#ready);
    if (!store) return;
    const cleared = await store.clear();
    if (cleared && confirm && this.notice !== 'not-saved') this.notice = 'cleared';
    this.#host.requestUpdate();
  }
}
