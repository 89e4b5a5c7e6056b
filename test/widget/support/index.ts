/**
 * What the widget's component and unit tests need, in one import: the shared helpers (waiting, axe,
 * console capture, seeded random, a fake synthesizer) and the guide's own (its database, driving it: its shadow
 * root, step heading, buttons and answers).
 */
export * from '../../support/index.js';
export * from './storage.js';
export * from './driving.js';
