import type { Aid } from '../aid-runner.js';

/** The reading ruler needs a main-content hint from the portal profile to start somewhere useful. */
export interface ReadingRulerOptions {
  /** CSS selector of the page's main content; the ruler starts at its top. */
  mainContent: string;
}

const RULER_CSS = `
.shade {
  position: fixed; left: 0; top: 0; width: 100vw; height: 100vh;
  background: rgba(0, 0, 0, 0.65);
  transform: translateY(-100vh);
  will-change: transform;
}
@media (prefers-reduced-motion: no-preference) {
  .shade { transition: transform 80ms linear; }
}
@media (forced-colors: active) {
  .shade { background: Canvas; opacity: 0.7; forced-color-adjust: none; }
}`;

/**
 * Line focus: shades the page above and below a band that follows the pointer, the focused element
 * and the text caret. It is plain DOM in a closed shadow root (content scripts cannot define custom
 * elements), ignores the pointer, and is hidden from assistive technology.
 */
export function startReadingRuler(options: ReadingRulerOptions, signal: AbortSignal): void {
  const host = document.createElement('div');
  host.dataset.recordAccessAid = 'reading-ruler';
  host.setAttribute('aria-hidden', 'true');
  // Inline !important beats every stylesheet, including the colour theme's layered rules.
  host.setAttribute(
    'style',
    'all: initial !important; position: fixed !important; inset: 0 !important; pointer-events: none !important; z-index: 2147483647 !important;',
  );
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = RULER_CSS;
  const above = document.createElement('div');
  const below = document.createElement('div');
  above.className = below.className = 'shade';
  root.append(style, above, below);

  const bandHeight = (): number => Math.max(40, 2.4 * parseFloat(getComputedStyle(document.documentElement).fontSize || '16'));
  // Browsers already deliver pointermove at most once per frame, so each event moves the band directly.
  const moveTo = (top: number, bottom: number): void => {
    above.style.transform = `translateY(calc(${Math.round(top)}px - 100vh))`;
    below.style.transform = `translateY(${Math.round(bottom)}px)`;
    host.dataset.bandTop = String(Math.round(top));
  };
  const centreOn = (y: number): void => {
    const half = bandHeight() / 2;
    moveTo(y - half, y + half);
  };
  const coverRect = (rect: DOMRect): void => {
    if (rect.height === 0 && rect.width === 0) return;
    if (rect.height > bandHeight() * 3) centreOn(rect.top + bandHeight() / 2);
    else moveTo(rect.top - 4, rect.bottom + 4);
  };

  const listen = { passive: true, signal } as const;
  window.addEventListener('pointermove', (event) => centreOn(event.clientY), listen);
  document.addEventListener(
    'focusin',
    (event) => {
      if (event.target instanceof Element) coverRect(event.target.getBoundingClientRect());
    },
    listen,
  );
  document.addEventListener(
    'selectionchange',
    () => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0) return;
      coverRect(selection.getRangeAt(0).getBoundingClientRect());
    },
    listen,
  );

  document.documentElement.append(host);
  // The first place is measured once the next frame has been rendered: measuring now (or in the frame's
  // own callback) would force the page's layout, with every aid's new styles, inside this script, which
  // on a very large page doubles the work of that frame. Until then both shades are off screen.
  let firstPlace: ReturnType<typeof setTimeout> | undefined;
  const firstFrame = requestAnimationFrame(() => {
    firstPlace = setTimeout(() => {
      if (host.dataset.bandTop !== undefined) return;
      const main = document.querySelector(options.mainContent);
      const start = main?.getBoundingClientRect();
      if (start && start.top >= 0 && start.top < innerHeight) centreOn(start.top + bandHeight() / 2);
      else centreOn(innerHeight / 3);
    }, 0);
  });

  signal.addEventListener(
    'abort',
    () => {
      cancelAnimationFrame(firstFrame);
      clearTimeout(firstPlace);
      host.remove();
    },
    { once: true },
  );
}

export function readingRuler(mainContent: () => string): Aid {
  return {
    id: 'reading-ruler',
    configKey: (aids) => (aids.readingRuler ? 'on' : undefined),
    start(_aids, signal) {
      startReadingRuler({ mainContent: mainContent() }, signal);
    },
  };
}
