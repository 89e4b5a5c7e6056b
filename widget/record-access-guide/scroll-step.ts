/**
 * After a step change the heading takes focus, but on a phone the Back button and "Step N of M" above it can
 * be off the top of the screen. This brings the top of the step into view (smoothly unless the person asks
 * for reduced motion), and does nothing when the top and the heading are already on screen.
 */
export function scrollStepIntoView(step: HTMLElement | null, heading: HTMLElement): void {
  if (!step) return;
  try {
    const top = step.getBoundingClientRect().top;
    const headingBottom = heading.getBoundingClientRect().bottom;
    const viewport = window.visualViewport?.height ?? window.innerHeight;
    if (top >= 0 && headingBottom <= viewport) return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    step.scrollIntoView({ block: 'start', inline: 'nearest', behavior: reduced ? 'instant' : 'smooth' });
  } catch {
    // A page that broke scrolling APIs only loses this nicety; focus has already moved.
  }
}
