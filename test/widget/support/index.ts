/**
 * What the widget's component and unit tests need, in one import: the shared helpers (waiting, axe,
 * console capture, seeded random, a fake synthesizer) and the guide's own (its database, its shadow root).
 */
import type { RecordAccessGuide } from '../../../widget/record-access-guide/record-access-guide.js';

export * from '../../support/index.js';
export * from './storage.js';

/** The guide's shadow root, where everything it shows lives. */
export const guideRoot = (el: RecordAccessGuide): ShadowRoot => el.shadowRoot as ShadowRoot;
