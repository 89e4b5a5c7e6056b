/**
 * The ::highlight() rules that draw the found terms. On a page loaded with the aid on, the stylesheet the
 * background registers for such sites (first-paint.ts) already holds them, and adding them again would
 * make the browser restyle every element once. So the aid adds its own only when that sheet is absent:
 * switched on in a page loaded without it, or a page that loaded before the registration caught up with
 * the settings. The check reads a style. In a loaded page it runs at once (the style is up to date, so the
 * read is free, and the aid's first scan waits a frame, so the restyle happens in the browser's rendering
 * step, not in a task of ours); in a loading page it waits until the page is parsed and a frame painted
 * (sooner, it would force a style pass over the half-parsed page), and terms found before then are drawn
 * as soon as the rules are there.
 */
import { installPageStyle } from '../page-style.js';
import { TERM_HIGHLIGHT_CSS } from './ui-styles.js';

export function styleTerms(highlightName: string, signal: AbortSignal): void {
  const check = (): void => {
    if (signal.aborted || hasTermRules(highlightName)) return;
    installPageStyle('explain-terms', TERM_HIGHLIGHT_CSS, signal);
  };
  // A tab in the background gets no frames: a timer checks there.
  const afterPaint = (): void => {
    if (document.visibilityState === 'hidden') setTimeout(check, 0);
    else requestAnimationFrame(() => setTimeout(check, 0));
  };
  if (document.readyState === 'complete') check();
  else if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterPaint, { once: true, signal });
  else afterPaint();
}

/** Whether the terms' rules already apply: the registered sheet draws them dotted (nothing else in the page names this highlight). */
function hasTermRules(highlightName: string): boolean {
  return getComputedStyle(document.documentElement, `::highlight(${highlightName})`).textDecorationStyle === 'dotted';
}
