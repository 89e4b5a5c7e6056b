import type { Aid } from '../aid-runner.js';
import { installPageStyle } from '../page-style.js';

/**
 * High contrast, dark: white text on black, links in yellow (19.6:1), strong borders and focus.
 * It stands down when the system already forces colours, which the user chose on purpose.
 */
export const HIGH_CONTRAST_CSS = `
@media not (forced-colors: active) {
  :root, :root *, :root *::before, :root *::after {
    background-color: #000 !important;
    color: #fff !important;
    border-color: #fff !important;
    background-image: none !important;
    text-shadow: none !important;
    box-shadow: none !important;
  }
  :root ::placeholder { color: #d0d0d0 !important; opacity: 1 !important; }
  :root :is(a, a *) { color: #ff0 !important; }
  :root a { text-decoration: underline !important; }
  :root :is(input, select, textarea, button) { border: 2px solid #fff !important; }
  :root :focus-visible { outline: 3px solid #ff0 !important; outline-offset: 2px !important; }
  :root ::selection { background-color: #ff0 !important; color: #000 !important; }
}`;

export const highContrast: Aid = {
  id: 'high-contrast',
  isWanted: (settings) => settings.highContrast,
  start(signal) {
    installPageStyle(this.id, HIGH_CONTRAST_CSS, signal);
  },
};
