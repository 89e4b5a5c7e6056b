import type { Aid } from '../aid-runner.js';
import { installPageStyle } from '../page-style.js';

/** A thick two-tone focus ring (black inside yellow) that shows on any background, for every focusable thing. */
export const STRONG_FOCUS_CSS = `
:root :focus-visible {
  outline: 4px solid #000000 !important;
  outline-offset: 2px !important;
  box-shadow: 0 0 0 8px #ffdd00 !important;
}
@media (forced-colors: active) {
  :root :focus-visible { outline: 4px solid Highlight !important; box-shadow: none !important; }
}`;

export const strongFocus: Aid = {
  id: 'strong-focus',
  configKey: (aids) => (aids.strongFocus ? 'on' : undefined),
  start(_aids, signal) {
    installPageStyle('strong-focus', STRONG_FOCUS_CSS, signal);
  },
};
