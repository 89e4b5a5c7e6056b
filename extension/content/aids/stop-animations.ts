import type { Aid } from '../aid-runner.js';
import { installPageStyle } from '../page-style.js';

/**
 * Animations and transitions jump straight to their end, rather than being removed, so content a
 * page fades in still appears. Smooth scrolling becomes instant.
 */
export const STOP_ANIMATIONS_CSS = `
:root, :root *, :root *::before, :root *::after {
  animation-duration: 0s !important;
  animation-delay: 0s !important;
  animation-iteration-count: 1 !important;
  transition-duration: 0s !important;
  transition-delay: 0s !important;
  scroll-behavior: auto !important;
}`;

export const stopAnimations: Aid = {
  id: 'stop-animations',
  configKey: (aids) => (aids.stopAnimations ? 'on' : undefined),
  start(_aids, signal) {
    installPageStyle('stop-animations', STOP_ANIMATIONS_CSS, signal);
  },
};
