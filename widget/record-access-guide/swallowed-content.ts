/**
 * `<record-access-guide … />` is not self-closing in HTML: the parser puts the rest of the page (the practice's
 * phone number, say) inside the element, where the shadow root hides it. This moves anything inside other than
 * the JSON config block, comments and white space back out, after the element, in order, and says so once.
 */
const isConfigBlock = (node: Node): boolean => node instanceof HTMLScriptElement && node.type === 'application/json';

const SELF_CLOSING_MESSAGE =
  'record-access-guide: the element had content inside it, which the guide would hide. Most likely its tag was written self-closing (<record-access-guide … />), which HTML does not allow, so the rest of the page went inside it. That content is now shown after the guide; write <record-access-guide …></record-access-guide>.';

export class SwallowedContent {
  readonly #host: HTMLElement;
  readonly #report: (message: string) => void;
  /** The last node moved out: later content (the parser may still be adding it) goes after it, keeping the page's order. */
  #last: ChildNode | null = null;
  #observer: MutationObserver | undefined;

  constructor(host: HTMLElement, report: (message: string) => void) {
    this.#host = host;
    this.#report = report;
  }

  /** Moves content out now and whenever more arrives (a page still loading), until `stop`. */
  watch(): void {
    this.#release();
    try {
      this.#observer ??= new MutationObserver(() => this.#release());
      this.#observer.observe(this.#host, { childList: true });
    } catch {
      // A page that broke MutationObserver: content arriving later stays inside, as before.
    }
  }

  stop(): void {
    this.#observer?.disconnect();
  }

  #release(): void {
    const nodes = [...this.#host.childNodes];
    const first = nodes.findIndex((node) =>
      node.nodeType === Node.ELEMENT_NODE ? !isConfigBlock(node) : node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
    );
    if (first === -1) return;
    const moving = nodes.slice(first).filter((node) => !isConfigBlock(node));
    try {
      const anchor = this.#last?.parentNode === this.#host.parentNode && this.#last?.isConnected ? this.#last : this.#host;
      anchor.after(...moving);
      this.#last = moving[moving.length - 1] ?? this.#last;
    } catch {
      return;
    }
    this.#report(SELF_CLOSING_MESSAGE);
  }
}
