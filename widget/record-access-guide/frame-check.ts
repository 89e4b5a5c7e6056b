/**
 * A sandboxed frame may be forbidden to navigate the top page, so quick exit could not leave the practice's
 * page; `frameProblem` finds the cases it can see, so the webmaster is told in the console at load time.
 */

/**
 * Why quick exit may not be able to leave the top page from this frame, or null if nothing says it cannot
 * (not framed, or framed without a sandbox that we can see).
 */
export function frameProblem(): string | null {
  let framed: boolean;
  try {
    framed = window.top !== window;
  } catch {
    framed = true;
  }
  if (!framed) return null;
  let sandbox: string | null = null;
  try {
    // Readable only when the frame's page is on the same origin as the practice's page.
    sandbox = window.frameElement?.getAttribute('sandbox') ?? null;
  } catch {
    sandbox = null;
  }
  if (sandbox !== null) {
    const flags = sandbox.toLowerCase().split(/\s+/);
    if (flags.includes('allow-top-navigation') || flags.includes('allow-top-navigation-by-user-activation')) return null;
    return 'its <iframe> has a sandbox without allow-top-navigation-by-user-activation';
  }
  // A sandbox without allow-same-origin gives the frame an opaque origin; whether top navigation is allowed cannot be read from inside.
  if (self.origin === 'null') return 'its frame is sandboxed (its origin is opaque), and may not be allowed to navigate the top page';
  return null;
}
