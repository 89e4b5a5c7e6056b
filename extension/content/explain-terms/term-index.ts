/**
 * Every term found on the page, in document order. The terms of one subtree are contiguous in that
 * order, so replacing a changed region's terms and finding the term at a DOM position are binary
 * searches: the cost of a page change grows with the change, not with the page.
 */
import type { FoundTerm } from './find-terms.js';

export interface TermGroup {
  entry: FoundTerm['entry'];
  /** Occurrences in document order. */
  occurrences: FoundTerm[];
}

export interface TermChange {
  removed: FoundTerm[];
  added: readonly FoundTerm[];
}

/**
 * Whether a term's Range no longer covers its text. A live Range whose text node is removed collapses
 * onto the removal point (it does not leave the page), so "still connected" is not enough.
 */
export function isStale(term: FoundTerm): boolean {
  return term.range.collapsed || !term.range.startContainer.isConnected || term.range.toString() !== term.matchedText;
}

export class TermIndex {
  #terms: FoundTerm[] = [];

  get terms(): readonly FoundTerm[] {
    return this.#terms;
  }

  /** The first index whose term starts at or after (`after` false) or after (`after` true) the region's contents. */
  #boundary(region: Range, after: boolean): number {
    let lo = 0;
    let hi = this.#terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const term = this.#terms[mid] as FoundTerm;
      const where = region.comparePoint(term.range.startContainer, term.range.startOffset);
      if (where < 0 || (after && where === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Replaces the terms that start inside `region` by `found` (the region's terms, in document order).
   * Terms of removed text sit collapsed at the removal point, inside the changed parent, so they go too.
   */
  replaceWithin(region: Node, found: readonly FoundTerm[]): TermChange {
    const doc = region.ownerDocument ?? (region as Document);
    const contents = doc.createRange();
    contents.selectNodeContents(region);
    const from = this.#boundary(contents, false);
    const to = this.#boundary(contents, true);
    const removed = this.#terms.splice(from, to - from, ...found);
    return { removed, added: found };
  }

  /** The term whose text contains the DOM position (node, offset), if any. */
  termAtPosition(node: Node, offset: number): FoundTerm | undefined {
    let lo = 0;
    let hi = this.#terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const term = this.#terms[mid] as FoundTerm;
      let where: number;
      try {
        where = term.range.comparePoint(node, offset);
      } catch {
        return undefined; // A position in another document or a doctype: no term there.
      }
      if (where === 0) return term;
      if (where < 0) hi = mid;
      else lo = mid + 1;
    }
    return undefined;
  }

  /** The term drawn under the viewport point (x, y): the caret position narrows it down, the term's boxes confirm it. */
  termAtPoint(doc: Document, x: number, y: number): FoundTerm | undefined {
    const position = caretAt(doc, x, y);
    if (!position) return undefined;
    const term = this.termAtPosition(position.node, position.offset);
    return term && [...term.range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) ? term : undefined;
  }

  /** The first term that touches `range` (a selection, or a collapsed caret inside or at the edge of a term). */
  termInRange(range: Range): FoundTerm | undefined {
    const atStart = this.termAtPosition(range.startContainer, range.startOffset);
    if (atStart) return atStart;
    return this.#terms.find((term) => {
      const startVsRange = range.comparePoint(term.range.startContainer, term.range.startOffset);
      const endVsRange = range.comparePoint(term.range.endContainer, term.range.endOffset);
      // Outside only when the term ends before the range starts or starts after it ends.
      return !(endVsRange < 0 || startVsRange > 0);
    });
  }

  /** Each distinct entry once, in order of first appearance. */
  groups(): TermGroup[] {
    const byId = new Map<string, TermGroup>();
    for (const term of this.#terms) {
      if (term.range.collapsed) continue;
      const group = byId.get(term.entry.id);
      if (group) group.occurrences.push(term);
      else byId.set(term.entry.id, { entry: term.entry, occurrences: [term] });
    }
    return [...byId.values()];
  }
}

interface CaretPosition {
  node: Node;
  offset: number;
}

function caretAt(doc: Document, x: number, y: number): CaretPosition | undefined {
  // caretPositionFromPoint is the standard (Firefox, Chrome 128+); caretRangeFromPoint covers older Chromium.
  const standard = (doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null })
    .caretPositionFromPoint;
  if (typeof standard === 'function') {
    const position = standard.call(doc, x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}
