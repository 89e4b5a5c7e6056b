/**
 * The visible text of part of a page, in reading (document) order, as one string with a map back to
 * the DOM: any [start, end) of the string becomes a Range for highlighting, and a DOM position (from a
 * click) becomes an offset for "read from here". The page's DOM is never changed.
 *
 * Offsets are 1:1 with text-node characters: line breaks and tabs inside a text node become spaces of
 * the same length (so source formatting does not end sentences), and block boundaries add a "\n"
 * that belongs to no node.
 */

interface Segment {
  node: Text;
  /** Offset of the node's first character in the map's text. */
  start: number;
}

/** Elements whose content is never read. */
const NEVER_READ = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'SELECT', 'TEXTAREA', 'OPTION']);

/** Elements that start a new line of reading: a sentence never runs across them. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

export interface TextMapOptions {
  /** Return true to leave an element and everything in it out (e.g. the extension's own controls). */
  skip?: (element: Element) => boolean;
}

/** Whether an element, and so everything in it, is hidden from a sighted reader and from assistive tech. */
export function isHiddenElement(element: Element): boolean {
  if (NEVER_READ.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.hasAttribute('inert') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse' || style.contentVisibility === 'hidden';
}

export class TextMap {
  readonly root: Node;
  // Built by appending, which V8 keeps cheap (a rope) as long as nothing reads the whole string back;
  // so the last character is remembered instead of asking the string (endsWith would flatten it).
  #text = '';
  #endsWithBreak = false;
  readonly #segments: Segment[] = [];
  readonly #segmentOf = new Map<Text, number>();

  /** An empty map of `root`; use `TextMap.build` or `TextMap.buildInSlices` to fill one. */
  constructor(root: Node) {
    this.root = root;
  }

  get text(): string {
    return this.#text;
  }

  /** Builds the whole map at once. For large pages prefer `buildInSlices`. */
  static build(root: Node, options: TextMapOptions = {}): TextMap {
    const builder = new TextMapBuilder(root, options);
    while (!builder.step(Number.POSITIVE_INFINITY));
    return builder.map;
  }

  /**
   * Builds the map in slices of at most `sliceMs`, yielding to the page between them so no task grows
   * long on a big page. `onSlice` sees the map as far as it has got (e.g. to start reading early).
   */
  static async buildInSlices(
    root: Node,
    options: TextMapOptions & { sliceMs?: number; signal?: AbortSignal; onSlice?: (partial: TextMap) => void } = {},
  ): Promise<TextMap> {
    const builder = new TextMapBuilder(root, options);
    const sliceMs = options.sliceMs ?? 8;
    for (;;) {
      options.signal?.throwIfAborted();
      const until = performance.now() + sliceMs;
      let done = false;
      // Check the clock every 200 nodes, not every node: performance.now() is not free.
      while (!done && performance.now() < until) done = builder.step(200);
      options.onSlice?.(builder.map);
      if (done) return builder.map;
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
    }
  }

  /** For the builder: adds a text node's characters. */
  appendText(node: Text): void {
    const value = node.data;
    if (value.length === 0) return;
    this.#segmentOf.set(node, this.#segments.length);
    this.#segments.push({ node, start: this.#text.length });
    this.#text += value.replace(/[\n\r\t\f]/g, ' ');
    this.#endsWithBreak = false;
  }

  /** For the builder: ends the current line of reading. */
  appendBreak(): void {
    if (this.#text.length === 0 || this.#endsWithBreak) return;
    this.#text += '\n';
    this.#endsWithBreak = true;
  }

  /** A Range over [start, end) of the text, trimmed to the text nodes it touches; undefined if it touches none. */
  rangeFor(start: number, end: number): Range | undefined {
    const first = this.#segmentAtOrAfter(start);
    const last = this.#segmentAtOrBefore(end);
    if (!first || !last || first.start > end || last.start + last.node.length < start) return undefined;
    const range = (this.root.ownerDocument ?? (this.root as Document)).createRange();
    range.setStart(first.node, Math.max(0, start - first.start));
    range.setEnd(last.node, Math.min(last.node.length, end - last.start));
    return range.collapsed ? undefined : range;
  }

  /** The text offset of a DOM position (e.g. from caretPositionFromPoint), or undefined if it is not in the map. */
  offsetOf(node: Node, offset: number): number | undefined {
    if (node.nodeType === Node.TEXT_NODE) {
      const index = this.#segmentOf.get(node as Text);
      const segment = index === undefined ? undefined : this.#segments[index];
      if (segment) return segment.start + Math.min(offset, segment.node.length);
    }
    // An element position: the first mapped text at or after it.
    const container = node.nodeType === Node.TEXT_NODE ? node.parentNode : node;
    if (!container) return undefined;
    const from = container.childNodes[offset] ?? container;
    if (!this.root.contains(from)) return undefined;
    const walker = (this.root.ownerDocument ?? (this.root as Document)).createTreeWalker(this.root, NodeFilter.SHOW_TEXT);
    walker.currentNode = from;
    for (let text: Node | null = from.nodeType === Node.TEXT_NODE ? from : walker.nextNode(); text; text = walker.nextNode()) {
      const index = this.#segmentOf.get(text as Text);
      if (index !== undefined) return this.#segments[index]?.start;
    }
    return undefined;
  }

  #segmentAtOrAfter(offset: number): Segment | undefined {
    const i = this.#lastStartingAtOrBefore(offset);
    const segment = i >= 0 ? this.#segments[i] : undefined;
    if (segment && offset < segment.start + segment.node.length) return segment;
    return this.#segments[i + 1];
  }

  #segmentAtOrBefore(offset: number): Segment | undefined {
    // The end offset is exclusive, so look up the character before it.
    const i = this.#lastStartingAtOrBefore(offset - 1);
    return i >= 0 ? this.#segments[i] : undefined;
  }

  /** Binary search: index of the last segment starting at or before `offset`, or -1. */
  #lastStartingAtOrBefore(offset: number): number {
    let low = 0;
    let high = this.#segments.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((this.#segments[mid]?.start ?? Infinity) <= offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }
}

/** Walks the DOM a few nodes at a time, so the map can be built in slices. */
class TextMapBuilder {
  readonly map: TextMap;
  readonly #walker: TreeWalker;
  readonly #skip: (element: Element) => boolean;
  /** Block elements entered and not yet left, innermost last, to add a break after each. */
  readonly #openBlocks: Node[] = [];
  #done = false;

  constructor(root: Node, options: TextMapOptions) {
    this.map = new TextMap(root);
    this.#skip = options.skip ?? (() => false);
    const doc = root.ownerDocument ?? (root as Document);
    this.#walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        if (node.nodeType !== Node.ELEMENT_NODE) return NodeFilter.FILTER_ACCEPT;
        const element = node as Element;
        return isHiddenElement(element) || this.#skip(element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      },
    });
  }

  /** Processes up to `count` nodes; returns true when the walk is complete. */
  step(count: number): boolean {
    for (let n = 0; n < count && !this.#done; n++) {
      const node = this.#walker.nextNode();
      if (!node) {
        this.#done = true;
        break;
      }
      this.#closeBlocksNotContaining(node);
      if (node.nodeType === Node.TEXT_NODE) {
        this.map.appendText(node as Text);
      } else if (BLOCKS.has((node as Element).tagName.toUpperCase())) {
        this.map.appendBreak();
        this.#openBlocks.push(node);
      }
    }
    return this.#done;
  }

  #closeBlocksNotContaining(node: Node): void {
    while (this.#openBlocks.length > 0) {
      const block = this.#openBlocks[this.#openBlocks.length - 1];
      if (block?.contains(node)) return;
      this.#openBlocks.pop();
      this.map.appendBreak();
    }
  }
}
