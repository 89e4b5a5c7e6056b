import type { Aid } from '../aid-runner.js';
import { installPageStyle } from '../page-style.js';

/**
 * Larger text, by the root font size: text set in rem or em (as in the NHS.UK frontend) grows and
 * the page reflows. Text a page fixes in px does not grow; browser zoom covers that case.
 */
export const textSize: Aid = {
  id: 'text-size',
  configKey: (aids) => (aids.textSize === 100 ? undefined : String(aids.textSize)),
  start(aids, signal) {
    installPageStyle('text-size', `:root { font-size: ${aids.textSize}% !important; }`, signal);
  },
};
