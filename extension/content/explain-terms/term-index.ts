/**
 * Every term found on the page, kept per changed region so a page change rescans only what changed,
 * and looked up by text node so a pointer position finds its term without measuring every Range.
 */
import type { FoundTerm } from './find-terms.js';

export interface TermGroup {
  entry: FoundTerm['entry'];
  /** Occurrences in document order. */
  occurrences: FoundTerm[];
}

/**
 * Whether a term's Range no longer covers its text. A live Range whose text node is removed collapses
 * onto the removal point (it does not leave the page), so "still connected" is not enough.
 */
export function isStale(term: FoundTerm): boolean {
  return term.range.collapsed || !term.range.startContainer.isConnected || term.range.toString() !== term.matchedText;
}

function inDocumentOrder(a: FoundTerm, b: FoundTerm): number {
  return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
}

export class TermIndex {
  #terms: FoundTerm[] = [];
  #byNode = new Map<Node, FoundTerm[]>();

  get terms(): readonly FoundTerm[] {
    return this.#terms;
  }

  /** Replaces every term that started inside `region` (or whose text has left or changed) by `found`. */
  replaceWithin(region: Node, found: readonly FoundTerm[]): void {
    const kept = this.#terms.filter((term) => !isStale(term) && !region.contains(term.range.startContainer));
    this.#terms = [...kept, ...found].sort(inDocumentOrder);
    this.#byNode.clear();
    for (const term of this.#terms) {
      for (const node of new Set([term.range.startContainer, term.range.endContainer])) {
        const list = this.#byNode.get(node);
        if (list) list.push(term);
        else this.#byNode.set(node, [term]);
      }
    }
  }

  /** The term whose text contains the DOM position (node, offset), if any. */
  termAtPosition(node: Node, offset: number): FoundTerm | undefined {
    return this.#byNode.get(node)?.find((term) => term.range.isPointInRange(node, offset));
  }

  /** The term drawn under the viewport point (x, y): the caret position narrows it down, the term's boxes confirm it. */
  termAtPoint(doc: Document, x: number, y: number): FoundTerm | undefined {
    const position = caretAt(doc, x, y);
    if (!position) return undefined;
    const candidates = this.#byNode.get(position.node) ?? [];
    return candidates.find((term) => [...term.range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom));
  }

  /** The first term that touches `range` (a selection, or a collapsed caret inside or at the edge of a term). */
  termInRange(range: Range): FoundTerm | undefined {
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
  const standard = (doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null }).caretPositionFromPoint;
  if (typeof standard === 'function') {
    const position = standard.call(doc, x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}
