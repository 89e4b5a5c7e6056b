/**
 * Lit creates a Trusted Types policy named `lit-html` when its module loads. On a page whose
 * Content-Security-Policy lists other policy names only (`trusted-types somepolicy`), or that already
 * loaded another copy of Lit (a second `lit-html` without 'allow-duplicates'), the browser refuses, Lit's
 * module throws, and the whole script stops before the guide can say anything: an empty space where the
 * guide should be, and no message for the webmaster.
 *
 * This module is imported first (widget/index.ts), so it runs before Lit's. It stands in front of
 * `trustedTypes.createPolicy` for Lit's one call only (then the browser's own is back): a refusal is
 * recorded instead of thrown. Lit then has no policy: on a page that only limits policy names it still
 * works; on a page that requires Trusted Types its first render fails, and the element shows its
 * fallback (fallback-view.ts) and tells the webmaster why (record-access-guide.ts).
 */

/** The browser's words when it refused Lit's policy, or null if it did not. */
let refusal: string | null = null;

export function litPolicyRefusal(): string | null {
  return refusal;
}

interface PolicyFactory {
  createPolicy(name: string, rules: object): unknown;
}

function guardLitPolicy(): void {
  try {
    const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
    if (!factory || typeof factory.createPolicy !== 'function') return;
    const browserCreatePolicy = factory.createPolicy;
    Object.defineProperty(factory, 'createPolicy', {
      configurable: true,
      writable: true,
      value(this: PolicyFactory, name: string, rules: object): unknown {
        // Lit's call is the first; other names go straight to the browser.
        if (name !== 'lit-html') return browserCreatePolicy.call(this, name, rules);
        delete (factory as Partial<PolicyFactory>).createPolicy;
        try {
          return browserCreatePolicy.call(this, name, rules);
        } catch (error) {
          refusal = error instanceof Error ? error.message : String(error);
          return undefined;
        }
      },
    });
  } catch {
    // A page that froze trustedTypes: Lit's own call then decides, as before.
  }
}

guardLitPolicy();
