/**
 * The helpers every browser-side test tier shares (component and unit tests under web-test-runner).
 * Tests import their product's module instead (test/widget/support, test/extension/support), which
 * re-exports these; test/shared tests import this one.
 */
export { expectNoAxeViolations } from './axe-browser.js';
export { captureConsole, withConsole, type ConsoleCapture } from './console-capture.js';
export { seededRandom } from './seeded-random.js';
export { until } from './until.js';
export { shortenVoiceWait } from './voice-wait.js';
export { FakeSynthesizer } from '../shared/speech/fake-synthesizer.js';
