/**
 * Checks that protect the guide (and the host page) from a host page that has changed built-ins.
 * The guide never throws at the page: when it cannot work safely it stops and says why once.
 */

/**
 * Properties Lit reads from objects whose prototype is Object.prototype, where a value inherited from a
 * polluted Object.prototype would change what Lit renders: `strings` turns any single-value binding
 * (an href, an event listener) into one built from the page's strings; `creationScope` chooses the
 * document that clones templates; the `_$lit…$` brands mark values as templates or directives.
 */
const LIT_GADGET_KEYS = ['strings', 'creationScope', 'renderBefore', '_$litType$', '_$litDirective$', '_$litStatic$'] as const;

/** The keys above that the page has added to Object.prototype, if any. */
export function pollutedLitKeys(): string[] {
  return LIT_GADGET_KEYS.filter((key) => Object.getOwnPropertyDescriptor(Object.prototype, key) !== undefined);
}

/** An error's message, without trusting the error object (a page can throw anything). */
export function errorMessage(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an unreadable error';
  }
}
