/**
 * The registered first-paint high-contrast stylesheet in this page (first-paint.ts), at run time.
 *
 * Its rules are the live theme's base rules, so while the theme it shows is the one the settings want it
 * is kept, and the colour theme aid does not add the same rules a second time: every element would match
 * both copies in every style pass, and swapping one copy for the other at the end of the load restyled
 * the whole page once more for nothing (about 0.3 s on a 10,000-row page). It is made inert (retired, by
 * marking the root element, as a registered stylesheet cannot be removed from a page) only when the theme
 * changes away from it, which restyles the page anyway.
 *
 * The background registers the sheet from the same settings the content script reads first, so the aid
 * starts by trusting that it is there. Whether it is, is read once the page has loaded and painted (a
 * getComputedStyle call during loading would force a style pass over the half-parsed page: about 0.4 s
 * on a 10,000-row page); if the settings changed just as the page loaded and it is missing, the aid then
 * adds its own rules, and a sheet for another theme is retired.
 */
export const RETIRED_ATTRIBUTE = 'data-record-access-aids-first-paint';
/** Set on the root by the static stylesheet to its theme, so the content script can tell whether one is present. */
export const MARKER = '--record-access-aids-first-paint';

type State = 'unchecked' | 'present' | 'absent' | 'retired';
let expected: string | undefined;
let state: State = 'unchecked';
const whenMissing = new Set<() => void>();

/** The colour theme of the first settings read in this page: the one a first-paint sheet would show. */
export function expectFirstPaintTheme(theme: string): void {
  expected = theme === 'dark' || theme === 'light' ? theme : undefined;
  const afterPaint = (): void => void requestAnimationFrame(() => setTimeout(check, 0));
  if (document.readyState === 'complete') afterPaint();
  else window.addEventListener('load', afterPaint, { once: true });
}

/**
 * Whether the first-paint sheet provides the base rules for `theme`. When it does (or is trusted to,
 * until checked), it is retired when `signal` aborts, and `missing` runs if the check finds it absent.
 */
export function firstPaintProvides(theme: string, signal: AbortSignal, missing: () => void): boolean {
  if (theme !== expected || state === 'absent' || state === 'retired') return false;
  if (state === 'unchecked') {
    whenMissing.add(missing);
    signal.addEventListener('abort', () => whenMissing.delete(missing), { once: true });
  }
  signal.addEventListener('abort', retire, { once: true });
  return true;
}

function check(): void {
  if (state !== 'unchecked') return;
  const shown = getComputedStyle(document.documentElement).getPropertyValue(MARKER).trim();
  if (shown === '') state = 'absent';
  else if (shown === expected) state = 'present';
  else retire();
  if (state !== 'present') for (const run of whenMissing) run();
  whenMissing.clear();
}

function retire(): void {
  if (state === 'absent' || state === 'retired') return;
  state = 'retired';
  document.documentElement.setAttribute(RETIRED_ATTRIBUTE, 'retired');
}
