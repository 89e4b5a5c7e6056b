/**
 * What the guide needs only once the first step is on screen, fetched beside the first render rather than
 * in the script it waits for: step history (Back and Forward between steps), the checks that tell a
 * webmaster about a mistake in the console, and the print styles.
 */
export { StepHistory } from './step-history.js';
export { frameProblem } from './frame-check.js';
export { unknownAttributeMessages, unknownMarkerMessages } from '../config/webmaster-checks.js';
export { printStyles } from './print.styles.js';
