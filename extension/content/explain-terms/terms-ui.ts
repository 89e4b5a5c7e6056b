/**
 * What the explain-terms aid shows: a small "Explained terms (n)" button, the panel it opens, and the
 * popover for one term. Plain DOM in one closed shadow root (content scripts cannot define custom
 * elements; closed, so the page cannot rewrite a meaning: ui-root.ts), inside one complementary landmark
 * so screen-reader users can jump to it.
 *
 * The popover is a non-modal dialog, not a tooltip: it holds a close button and can take focus when
 * opened from the keyboard, which a tooltip must not. It never traps focus: Tab moves on as usual.
 */
import { element, entryDetails } from './entry-details.js';
import type { FoundTerm } from './find-terms.js';
import type { TermStrings } from './strings.js';
import type { TermGroup } from './term-index.js';
import { TERMS_UI_CSS } from './ui-styles.js';
import { attachUiRoot } from '../ui-root.js';

export interface TermsUiCallbacks {
  /** The panel's button for `group` was pressed: show its next occurrence. */
  showOccurrence(group: TermGroup, returnFocusTo: HTMLElement): void;
}

export interface PopoverOptions {
  /** Move focus into the popover (it was opened from the keyboard or the panel). */
  focus: boolean;
  /** Where Esc sends focus back to; defaults to what had focus. */
  returnFocusTo?: HTMLElement | null;
}

const VISUALLY_HIDDEN = 'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0;';

/** How a term is written on this page ("PRN"; "2/52, 6/52"), each spelling once, in order of appearance. */
export function spellingsOnPage(group: TermGroup): string {
  return [...new Set(group.occurrences.map((term) => term.matchedText))].join(', ');
}

export class ExplainTermsUi {
  readonly host: HTMLElement;
  readonly #root: ShadowRoot;
  readonly #doc: Document;
  readonly #strings: TermStrings;
  readonly #toggle: HTMLButtonElement;
  readonly #panel: HTMLElement;
  readonly #list: HTMLUListElement;
  readonly #empty: HTMLParagraphElement;
  readonly #status: HTMLElement;
  readonly #popover: HTMLElement;
  #popoverTerm: FoundTerm | undefined;
  #returnFocusTo: HTMLElement | null = null;
  #announced = -1;

  constructor(doc: Document, strings: TermStrings, callbacks: TermsUiCallbacks, signal: AbortSignal) {
    this.#doc = doc;
    this.#strings = strings;
    this.host = doc.createElement('div');
    this.host.dataset.recordAccessAid = 'explain-terms';
    this.host.dataset.termsFound = '0';
    // Inline !important beats every stylesheet, including the colour theme's layered rules.
    this.host.setAttribute(
      'style',
      'all: initial !important; position: fixed !important; inset: 0 !important; pointer-events: none !important; z-index: 2147483646 !important;',
    );
    this.#root = attachUiRoot(this.host);
    const style = doc.createElement('style');
    style.textContent = TERMS_UI_CSS;

    const landmark = element(doc, 'aside', 'landmark');
    landmark.setAttribute('aria-label', strings.panelHeading);
    this.#status = element(doc, 'p', 'status');
    this.#status.setAttribute('role', 'status');
    this.#status.setAttribute('style', VISUALLY_HIDDEN);

    this.#toggle = element(doc, 'button', 'toggle', strings.panelButton(0));
    this.#toggle.type = 'button';
    this.#toggle.setAttribute('aria-expanded', 'false');
    this.#toggle.setAttribute('aria-controls', 'terms-panel');
    this.#toggle.addEventListener('click', () => (this.panelOpen ? this.closePanel(false) : this.openPanel()), { signal });

    this.#panel = element(doc, 'div', 'panel');
    this.#panel.id = 'terms-panel';
    this.#panel.hidden = true;
    this.#panel.setAttribute('role', 'region');
    this.#panel.setAttribute('aria-labelledby', 'terms-panel-heading');
    const header = element(doc, 'div', 'header');
    const heading = element(doc, 'h2', '', strings.panelHeading);
    heading.id = 'terms-panel-heading';
    heading.tabIndex = -1;
    const closePanel = element(doc, 'button', 'close', strings.close);
    closePanel.type = 'button';
    closePanel.addEventListener('click', () => this.closePanel(true), { signal });
    header.append(heading, closePanel);
    this.#empty = element(doc, 'p', '', strings.noneFound);
    this.#list = element(doc, 'ul', 'terms');
    this.#panel.append(header, element(doc, 'p', 'hint', strings.panelIntro), element(doc, 'p', 'hint', strings.shortcutHint), this.#empty, this.#list);
    this.#list.addEventListener(
      'click',
      (event) => {
        const button = event.target instanceof Element ? event.target.closest('button[data-entry]') : null;
        if (!(button instanceof HTMLButtonElement)) return;
        const group = this.#groups.find((g) => g.entry.id === button.dataset.entry);
        if (group) callbacks.showOccurrence(group, button);
      },
      { signal },
    );

    this.#popover = element(doc, 'div', 'popover');
    this.#popover.hidden = true;
    this.#popover.tabIndex = -1;
    this.#popover.setAttribute('role', 'dialog');
    this.#popover.setAttribute('aria-modal', 'false');

    landmark.append(this.#status, this.#toggle, this.#panel, this.#popover);
    this.#root.append(style, landmark);
    this.#root.addEventListener('keydown', (event) => this.#onKeydown(event as KeyboardEvent), { signal });
    (doc.body ?? doc.documentElement).append(this.host);
    signal.addEventListener('abort', () => this.host.remove(), { once: true });
  }

  #groups: TermGroup[] = [];

  get panelOpen(): boolean {
    return !this.#panel.hidden;
  }

  get popoverOpen(): boolean {
    return !this.#popover.hidden;
  }

  get popoverTerm(): FoundTerm | undefined {
    return this.popoverOpen ? this.#popoverTerm : undefined;
  }

  /** Whether a node (from an event path) is part of this UI. */
  owns(node: EventTarget | null): boolean {
    return node === this.host || (node instanceof Node && this.#root.contains(node));
  }

  /** Whether the viewport point is over the popover (so moving the pointer onto it keeps it open). */
  popoverContainsPoint(x: number, y: number): boolean {
    if (!this.popoverOpen) return false;
    const r = this.#popover.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  /** Shows the terms found so far: each distinct term once with its meaning and how often it appears. */
  update(groups: TermGroup[]): void {
    this.#groups = groups;
    const total = groups.reduce((sum, group) => sum + group.occurrences.length, 0);
    this.host.dataset.termsFound = String(total);
    this.host.dataset.distinctTerms = String(groups.length);
    this.#toggle.textContent = this.#strings.panelButton(groups.length);
    const focusedEntry = (this.#root.activeElement as HTMLElement | null)?.dataset?.entry;
    const items = groups.map((group) => {
      const item = element(this.#doc, 'li', '');
      const heading = element(this.#doc, 'h3', '', spellingsOnPage(group));
      const show = element(this.#doc, 'button', 'show', this.#strings.showOnPage(group.occurrences.length));
      show.type = 'button';
      show.dataset.entry = group.entry.id;
      show.setAttribute('aria-describedby', `term-${group.entry.id}`);
      heading.id = `term-${group.entry.id}`;
      item.append(heading, entryDetails(this.#doc, group.entry, this.#strings), show);
      return item;
    });
    this.#list.replaceChildren(...items);
    this.#empty.hidden = groups.length > 0;
    if (focusedEntry) this.#list.querySelector<HTMLElement>(`button[data-entry="${CSS.escape(focusedEntry)}"]`)?.focus();
    // Announced politely, and only when the number changed, so a busy page does not chatter.
    if (groups.length !== this.#announced) {
      this.#announced = groups.length;
      this.#status.textContent = groups.length > 0 ? this.#strings.foundCount(groups.length) : this.#strings.noneFound;
    }
  }

  openPanel(): void {
    this.#panel.hidden = false;
    this.#toggle.setAttribute('aria-expanded', 'true');
    this.#panel.querySelector<HTMLElement>('h2')?.focus();
  }

  closePanel(returnFocus: boolean): void {
    this.#panel.hidden = true;
    this.#toggle.setAttribute('aria-expanded', 'false');
    if (returnFocus) this.#toggle.focus();
  }

  /** Shows `term`'s meaning next to it. */
  showPopover(term: FoundTerm, options: PopoverOptions): void {
    const doc = this.#doc;
    const entry = term.entry;
    const wasOpen = this.popoverOpen;
    this.#popoverTerm = term;
    if (options.focus) this.#returnFocusTo = options.returnFocusTo ?? this.#focusedElement();
    else if (!wasOpen) this.#returnFocusTo = null;
    const header = element(doc, 'div', 'header');
    // The spelling the reader saw ("PRN", "b.d."), which may differ in case or dots from the glossary's heading.
    const title = element(doc, 'p', 'term', term.matchedText);
    title.id = 'popover-term';
    const close = element(doc, 'button', 'close', this.#strings.close);
    close.type = 'button';
    close.addEventListener('click', () => this.hidePopover(true));
    header.append(title, close);
    this.#popover.setAttribute('aria-label', this.#strings.popoverLabel(term.matchedText));
    this.#popover.dataset.entry = entry.id;
    this.#popover.replaceChildren(header, entryDetails(doc, entry, this.#strings));
    this.#popover.hidden = false;
    this.#place(term.range.getBoundingClientRect());
    if (options.focus) this.#popover.focus();
  }

  /** Hides the popover; with `restoreFocus`, focus goes back to where it was before it opened. */
  hidePopover(restoreFocus: boolean): void {
    if (!this.popoverOpen) return;
    const hadFocus = this.#root.activeElement !== null && this.#popover.contains(this.#root.activeElement);
    this.#popover.hidden = true;
    this.#popoverTerm = undefined;
    const target = this.#returnFocusTo;
    this.#returnFocusTo = null;
    if ((restoreFocus || hadFocus) && target?.isConnected) target.focus();
  }

  #focusedElement(): HTMLElement | null {
    const inside = this.#root.activeElement;
    if (inside instanceof HTMLElement) return inside;
    const active = this.#doc.activeElement;
    return active instanceof HTMLElement && active !== this.#doc.body ? active : null;
  }

  /** Below the term if it fits, else above; always inside the viewport, even at 320px wide. */
  #place(anchor: DOMRect): void {
    const view = this.#doc.defaultView;
    const width = view?.innerWidth ?? 320;
    const height = view?.innerHeight ?? 480;
    const box = this.#popover.getBoundingClientRect();
    const gap = 6;
    const left = Math.max(8, Math.min(anchor.left, width - box.width - 8));
    let top = anchor.bottom + gap;
    if (top + box.height > height - 8 && anchor.top - gap - box.height >= 8) top = anchor.top - gap - box.height;
    top = Math.max(8, Math.min(top, height - box.height - 8));
    this.#popover.style.left = `${Math.round(left)}px`;
    this.#popover.style.top = `${Math.round(top)}px`;
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    if (this.popoverOpen) {
      this.hidePopover(true);
      event.stopPropagation();
    } else if (this.panelOpen) {
      this.closePanel(true);
      event.stopPropagation();
    }
  }
}
