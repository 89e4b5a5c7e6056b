/**
 * Keeps one CSS highlight holding the Ranges of the terms near the viewport (a screen above and below).
 *
 * Why not every Range on the page: measured in Chromium, any change to a registered highlight makes the
 * next frame re-process every Range in the registry, and on a 1 MB notes page (tens of thousands of
 * terms) that frame took 250 to 400 ms, whatever the size of the change. Holding only the terms near
 * the viewport keeps every frame short, and the reader sees the same underlines: an IntersectionObserver
 * on the terms' elements adds them as they come near and drops them as they leave.
 */
import type { FoundTerm } from './find-terms.js';

export class NearViewHighlight {
  readonly highlight = new Highlight();
  readonly #termsOf = new Map<Element, FoundTerm[]>();
  readonly #near = new Set<Element>();
  /** The element each term was filed under: a removed term's Range may have collapsed somewhere else since. */
  readonly #filedUnder = new Map<FoundTerm, Element>();
  readonly #observer: IntersectionObserver;

  constructor() {
    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const terms = this.#termsOf.get(entry.target);
          if (!terms) continue;
          if (entry.isIntersecting) {
            this.#near.add(entry.target);
            for (const term of terms) this.highlight.add(term.range);
          } else {
            this.#near.delete(entry.target);
            for (const term of terms) this.highlight.delete(term.range);
          }
        }
      },
      { rootMargin: '100% 0px' },
    );
  }

  /** How many terms are being followed (all of them; only those near the viewport are in the highlight). */
  get followed(): number {
    let count = 0;
    for (const terms of this.#termsOf.values()) count += terms.length;
    return count;
  }

  add(term: FoundTerm): void {
    const element = anchorOf(term);
    if (!element) return;
    this.#filedUnder.set(term, element);
    const terms = this.#termsOf.get(element);
    if (terms) terms.push(term);
    else {
      this.#termsOf.set(element, [term]);
      this.#observer.observe(element);
    }
    if (this.#near.has(element)) this.highlight.add(term.range);
  }

  remove(term: FoundTerm): void {
    this.highlight.delete(term.range);
    const element = this.#filedUnder.get(term);
    if (!element) return;
    this.#filedUnder.delete(term);
    const terms = this.#termsOf.get(element) ?? [];
    const at = terms.indexOf(term);
    if (at >= 0) terms.splice(at, 1);
    if (terms.length === 0) {
      this.#termsOf.delete(element);
      this.#near.delete(element);
      this.#observer.unobserve(element);
    }
  }

  /** Ensures `term` is drawn now (e.g. the term just jumped to, before the observer has reported). */
  show(term: FoundTerm): void {
    this.highlight.add(term.range);
  }

  disconnect(): void {
    this.#observer.disconnect();
    this.highlight.clear();
    this.#termsOf.clear();
    this.#near.clear();
    this.#filedUnder.clear();
  }
}

function anchorOf(term: FoundTerm): Element | null {
  const node = term.range.startContainer;
  return node instanceof Element ? node : node.parentElement;
}
