import type { Aid } from '../aid-runner.js';
import { installPageStyle } from '../page-style.js';

export const UNDERLINE_LINKS_CSS = `
:root :is(a[href], [role="link"]) {
  text-decoration-line: underline !important;
  text-decoration-thickness: max(1px, 0.08em) !important;
  text-underline-offset: 0.15em !important;
}`;

export const underlineLinks: Aid = {
  id: 'underline-links',
  configKey: (aids) => (aids.underlineLinks ? 'on' : undefined),
  start(_aids, signal) {
    installPageStyle('underline-links', UNDERLINE_LINKS_CSS, signal);
  },
};
