/**
 * The shadow roots of the extension's own UI on a page (read-aloud's control bar, explain terms' panel).
 *
 * Closed, so no page script can reach inside: `host.shadowRoot` is null to the page, and a page that
 * replaces `attachShadow` changes only its own world's copy, not the content script's. An open root let a
 * page rewrite the bar's status or a glossary meaning, or add a style sheet that changes what is shown, so
 * that it seemed to come from the extension. Assistive technology sees closed roots as it sees open ones
 * (they are in the accessibility tree), and the content script keeps its own reference to each root.
 *
 * Tests reach inside through copies of the build with this one line changed to 'open'
 * (test/support/extension-launch.ts), or `openAidUiRootsForTests` in component tests; a page can use
 * neither: it cannot change the installed package, and it cannot call into the content script's world.
 */
let AID_UI_SHADOW_MODE: ShadowRootMode = 'closed';

/** Attaches the UI's shadow root to `host`. */
export function attachUiRoot(host: HTMLElement): ShadowRoot {
  return host.attachShadow({ mode: AID_UI_SHADOW_MODE });
}

/** Component tests only (the content script never calls it): the roots made after this are open. */
export function openAidUiRootsForTests(): void {
  AID_UI_SHADOW_MODE = 'open';
}
