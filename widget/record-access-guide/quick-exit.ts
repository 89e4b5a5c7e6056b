/** Where quick exit navigates: the top-level page, so a guide in a frame does not leave the practice's page on screen. */

/** The window quick exit should navigate: the top one, from a frame too. */
export function exitTarget(): Window {
  try {
    return window.top ?? window;
  } catch {
    return window;
  }
}


/** Replaces `target`'s page with `url`; false when the browser refused (a sandboxed frame may not navigate the top page). */
export function leaveFor(url: string, target: Window): boolean {
  try {
    target.location.replace(url);
    return true;
  } catch {
    return false;
  }
}
