/**
 * What the widget's component and unit tests need, in one import: the shared helpers (waiting, axe,
 * console capture, seeded random, a fake synthesizer) and the guide's own (its database, driving it: its shadow
 * root, step heading, buttons and answers).
 */
import { loadLaterSteps } from '../../../widget/record-access-guide/steps.js';

export * from '../../support/index.js';
export * from './storage.js';
export * from './driving.js';

/**
 * The steps after the start page come in a part the guide fetches beside its first render: a person is slower
 * than that fetch, a test pressing Start now straight after mounting is not. Loaded once here, so every guide a
 * test mounts can go past its start page at once. Pressing on before it arrives, and when it cannot be
 * fetched, are tested against the built files in test/e2e/widget-later-steps.spec.ts.
 */
await loadLaterSteps();
