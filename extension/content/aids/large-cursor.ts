import type { Aid } from '../aid-runner.js';
import { installPageStyle } from '../page-style.js';

/** Cursor images drawn here as SVG (black with a white edge, 48 px), so no file or network is needed. */
const svg = (body: string): string =>
  `url("data:image/svg+xml,${encodeURIComponent(`<svg xmlns='http://www.w3.org/2000/svg' width='48' height='48' viewBox='0 0 48 48'>${body}</svg>`)}")`;
const ARROW = svg(`<path d='M4 2 L4 40 L14 30 L21 46 L28 43 L21 28 L35 28 Z' fill='black' stroke='white' stroke-width='3' stroke-linejoin='round'/>`);
const HAND = svg(
  `<path d='M17 4 a4 4 0 0 1 8 0 v16 l4-1 a4 4 0 0 1 4 2 l4-1 a4 4 0 0 1 4 3 v11 c0 7-5 12-12 12 h-4 c-5 0-8-3-10-6 l-8-12 a4 4 0 0 1 6-5 l4 4 Z' fill='black' stroke='white' stroke-width='3' stroke-linejoin='round'/>`,
);
const TEXT = svg(
  `<path d='M16 4 h16 M24 4 v40 M16 44 h16' stroke='white' stroke-width='8' stroke-linecap='round'/><path d='M16 4 h16 M24 4 v40 M16 44 h16' stroke='black' stroke-width='4' stroke-linecap='round'/>`,
);

export const LARGE_CURSOR_CSS = `
:root, :root * { cursor: ${ARROW} 4 2, auto !important; }
:root :is(a[href], a[href] *, button, button *, [role="button"], [role="link"], label, select, summary, input[type="checkbox"], input[type="radio"], input[type="submit"], input[type="button"]) { cursor: ${HAND} 20 4, pointer !important; }
:root :is(input:not([type="checkbox"], [type="radio"], [type="submit"], [type="button"], [type="range"], [type="color"]), textarea, [contenteditable="true"]) { cursor: ${TEXT} 24 24, text !important; }`;

export const largeCursor: Aid = {
  id: 'large-cursor',
  configKey: (aids) => (aids.largeCursor ? 'on' : undefined),
  start(_aids, signal) {
    installPageStyle('large-cursor', LARGE_CURSOR_CSS, signal);
  },
};
