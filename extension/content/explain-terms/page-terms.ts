/**
 * The running explain-terms aid on one page: finds the terms in the main content, marks them with one
 * CSS custom highlight (the page's DOM is never rewritten, so React-style portal apps are not broken;
 * the highlight holds the terms near the viewport, see near-view-highlight.ts),
 * explains them through the popover and the panel, and follows page changes by rescanning only the
 * parts that changed. Everything it adds goes when `signal` aborts.
 *
 * Keyboard and screen-reader route: highlights cannot take focus, and adding tab stops to the page's
 * text would change the page for everyone. So the panel is the primary route: one landmark, a list of
 * every term with its meaning, each with a button that scrolls to the next place it is used, marks it
 * and opens its popover with focus in it (Esc goes back to the button). For someone reading with the
 * caret or a selection, Alt+Shift+E explains the term there.
 */
import { compileGlossary, GLOSSARY, type CompiledGlossary } from '../../../shared/glossary/index.js';
import { findMainContent } from '../../../shared/text/index.js';
import { findTermsIn, type FoundTerm } from './find-terms.js';
import { NearViewHighlight } from './near-view-highlight.js';
import type { TermStrings } from './strings.js';
import { styleTerms } from './term-style.js';
import { isStale, TermIndex, type TermChange, type TermGroup } from './term-index.js';
import { ExplainTermsUi } from './terms-ui.js';

export const TERMS_HIGHLIGHT = 'record-access-terms';
export const CURRENT_TERM_HIGHLIGHT = 'record-access-terms-current';

let compiled: CompiledGlossary | undefined;
/** Compiled once per page and kept: restarting the aid must not pay for it again. */
function glossary(): CompiledGlossary {
  compiled ??= compileGlossary(GLOSSARY);
  return compiled;
}

export interface ExplainTermsOptions {
  /** Main-content selectors from the portal profile, tried before the page's landmarks. */
  mainContent: readonly string[];
  strings: TermStrings;
  /** Told how many characters each scan read (tests use it to prove unchanged parts are not rescanned). */
  onScanned?: (characters: number) => void;
  /** How long page changes are gathered before they are rescanned together. */
  debounceMs?: number;
}

export interface PageTerms {
  readonly index: TermIndex;
  readonly ui: ExplainTermsUi;
  /** Settles when every scan asked for so far has finished. */
  idle(): Promise<void>;
}

const HOVER_HIDE_DELAY_MS = 400;
/** Page changes are rescanned at the latest this long after the first one, even if the page never settles. */
const MAX_WAIT_MS = 1000;
/** More changed regions than this are rescanned as the whole main content (comparing them all would cost more). */
const MAX_CHANGED_REGIONS = 200;
/** A page changing at least this often, for this many seconds running, is no longer followed. */
export const STORM_RECORDS_PER_SECOND = 2000;
export const STORM_SECONDS = 3;
const MARK_DURATION_MS = 2000;

export function startExplainTerms(options: ExplainTermsOptions, signal: AbortSignal): PageTerms {
  const doc = document;
  styleTerms(TERMS_HIGHLIGHT, signal);
  const nearView = new NearViewHighlight();
  const highlight = nearView.highlight;
  const current = new Highlight();
  CSS.highlights.set(TERMS_HIGHLIGHT, highlight);
  CSS.highlights.set(CURRENT_TERM_HIGHLIGHT, current);

  const index = new TermIndex();
  const nextOccurrence = new Map<string, number>();
  let markTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let pinned = false;

  const showOccurrence = (group: TermGroup, returnFocusTo: HTMLElement): void => {
    const at = (nextOccurrence.get(group.entry.id) ?? 0) % group.occurrences.length;
    nextOccurrence.set(group.entry.id, at + 1);
    const term = group.occurrences[at];
    if (!term) return;
    // Instant scroll: the popover is placed by the term's position, and reduced motion is respected for free.
    term.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    current.clear();
    current.add(term.range);
    nearView.show(term);
    clearTimeout(markTimer);
    markTimer = setTimeout(() => current.clear(), MARK_DURATION_MS);
    pinned = true;
    ui.showPopover(term, { focus: true, returnFocusTo });
  };

  const ui = new ExplainTermsUi(doc, options.strings, { showOccurrence }, signal);
  const skip = (el: Element): boolean => el === ui.host;
  const root = findMainContent(doc, options.mainContent);

  /** Files a change with the highlight in slices of at most 8 ms, so a page of tens of thousands of terms makes no long task. */
  const apply = async ({ removed, added }: TermChange): Promise<void> => {
    for (const term of removed) nearView.remove(term);
    let until = performance.now() + 8;
    for (let i = 0; i < added.length; i++) {
      nearView.add(added[i] as FoundTerm);
      if ((i & 255) === 255 && performance.now() > until) {
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        signal.throwIfAborted();
        until = performance.now() + 8;
      }
    }
  };

  // A ::highlight() stylesheet added now (term-style.ts) makes the browser restyle the whole page once.
  // Waiting a frame lets that happen in the browser's own rendering step; reading styles sooner (the text
  // walk checks visibility) would force it inside this script's task, a long task on a big page.
  // A tab in the background gets no frames (and nobody is looking), so a timer starts the scan there.
  let work: Promise<void> = new Promise<void>((resolve) => {
    if (doc.visibilityState === 'hidden') setTimeout(resolve, 0);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
  const rescan = (regions: readonly Node[]): Promise<void> => {
    work = work
      .then(async () => {
        for (const region of regions) {
          if (signal.aborted) return;
          if (!region.isConnected) continue;
          const scanOptions: Parameters<typeof findTermsIn>[2] = { signal, skip };
          if (options.onScanned) scanOptions.onScanned = options.onScanned;
          const visible = !(region instanceof Element) || region.checkVisibility();
          const found = visible ? await findTermsIn(region, glossary(), scanOptions) : [];
          if (signal.aborted) return;
          await apply(index.replaceWithin(region, found));
        }
        if (signal.aborted) return;
        ui.update(index.groups());
        ui.host.dataset.state = 'ready';
        const open = ui.popoverTerm;
        if (open && isStale(open)) ui.hidePopover(false);
      })
      .catch((error: unknown) => {
        if (!signal.aborted) console.error('Record Access Aids: could not explain the terms on this page.', error);
      });
    return work;
  };
  void rescan([root]);

  // Page changes: remember which parts changed, wait for the page to settle, then rescan only those.
  // A page that never settles is still followed at least once a second (MAX_WAIT_MS); a page that
  // changes faster than anyone could read for seconds on end is not followed at all (see standDown).
  const changed = new Set<Node>();
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt: number | undefined;
  let windowStart = performance.now();
  let windowRecords = 0;
  let stormySeconds = 0;
  const flush = (): void => {
    firstPendingAt = undefined;
    // Many separate regions: one rescan of the whole main content is cheaper than comparing them all.
    const regions = changed.has(root) ? [root] : [...changed].filter((node, _, all) => !all.some((other) => other !== node && other.contains(node)));
    changed.clear();
    void rescan(regions);
  };
  const standDown = (): void => {
    observer.disconnect();
    clearTimeout(debounce);
    changed.clear();
    ui.host.dataset.following = 'stopped';
    console.warn(
      `Record Access Aids: this page changes too often to follow (over ${STORM_RECORDS_PER_SECOND} changes a second for ${STORM_SECONDS} seconds), ` +
        'so explain terms keeps the terms it has found and stops looking for new ones. Turn the aid off and on again to look again.',
    );
  };
  const observer = new MutationObserver((records) => {
    const now = performance.now();
    const elapsed = now - windowStart;
    if (elapsed >= 1000) {
      stormySeconds = windowRecords >= (STORM_RECORDS_PER_SECOND * elapsed) / 1000 ? stormySeconds + Math.floor(elapsed / 1000) : 0;
      windowStart = now;
      windowRecords = 0;
      if (stormySeconds >= STORM_SECONDS) return standDown();
    }
    windowRecords += records.length;
    for (const record of records) {
      if (changed.has(root)) break;
      const target = record.type === 'characterData' ? record.target.parentNode : record.target;
      if (!target || ui.owns(target) || ui.host.contains(target)) continue;
      changed.add(target);
      if (changed.size > MAX_CHANGED_REGIONS) {
        changed.clear();
        changed.add(root);
      }
    }
    if (changed.size === 0) return;
    clearTimeout(debounce);
    firstPendingAt ??= now;
    debounce = setTimeout(flush, Math.min(options.debounceMs ?? 150, Math.max(0, firstPendingAt + MAX_WAIT_MS - now)));
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });

  // Pointer: hovering or clicking a highlighted term shows its meaning (the pointer stays free to move onto it).
  let frame = 0;
  let lastPointer: { x: number; y: number; onUi: boolean } | undefined;
  const cancelHide = (): void => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
  };
  const onPointer = (): void => {
    frame = 0;
    const pointer = lastPointer;
    if (!pointer) return;
    if (pointer.onUi || ui.popoverContainsPoint(pointer.x, pointer.y)) return cancelHide();
    const term = index.termAtPoint(doc, pointer.x, pointer.y);
    if (term) {
      cancelHide();
      if (ui.popoverTerm?.range !== term.range && !pinned) ui.showPopover(term, { focus: false });
    } else if (ui.popoverOpen && !pinned && hideTimer === undefined) {
      hideTimer = setTimeout(() => {
        hideTimer = undefined;
        ui.hidePopover(false);
      }, HOVER_HIDE_DELAY_MS);
    }
  };
  const listen = { passive: true, signal } as const;
  doc.addEventListener(
    'pointermove',
    (event) => {
      lastPointer = { x: event.clientX, y: event.clientY, onUi: ui.owns(event.composedPath()[0] ?? null) };
      if (frame === 0) frame = requestAnimationFrame(onPointer);
    },
    listen,
  );
  doc.addEventListener(
    'click',
    (event) => {
      if (ui.owns(event.composedPath()[0] ?? null)) return;
      const term = index.termAtPoint(doc, event.clientX, event.clientY);
      if (term) {
        pinned = true;
        ui.showPopover(term, { focus: false });
      } else if (ui.popoverOpen) {
        pinned = false;
        ui.hidePopover(false);
      }
    },
    listen,
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && ui.popoverOpen && !ui.owns(event.composedPath()[0] ?? null)) {
        pinned = false;
        ui.hidePopover(true);
        return;
      }
      if (!(event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyE')) return;
      const selection = doc.getSelection();
      if (!selection || selection.rangeCount === 0) return;
      const term = index.termInRange(selection.getRangeAt(0));
      if (!term) return;
      event.preventDefault();
      pinned = true;
      ui.showPopover(term, { focus: true });
    },
    { signal },
  );

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(debounce);
      clearTimeout(markTimer);
      clearTimeout(hideTimer);
      if (frame !== 0) cancelAnimationFrame(frame);
      // Only our own entries: never remove a highlight that something else put under the same name later.
      if (CSS.highlights.get(TERMS_HIGHLIGHT) === highlight) CSS.highlights.delete(TERMS_HIGHLIGHT);
      if (CSS.highlights.get(CURRENT_TERM_HIGHLIGHT) === current) CSS.highlights.delete(CURRENT_TERM_HIGHLIGHT);
      nearView.disconnect();
      current.clear();
    },
    { once: true },
  );

  return { index, ui, idle: () => work };
}
