/**
 * What the extension's unit and content-script tests need, in one import: the shared helpers (waiting,
 * axe, console capture, seeded random, a fake synthesizer).
 */
export * from '../../support/index.js';
