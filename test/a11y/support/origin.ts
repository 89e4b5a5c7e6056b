import { DEMO_PORT } from '../../e2e/support/demo-origin.js';

/**
 * Where the accessibility suite serves the demo. A11Y_PORT wins; else one above the e2e port (so 8766):
 * `npm test` runs it beside the Firefox tier (two above), and it can run beside the e2e suite too.
 */
export const A11Y_PORT = Number(process.env.A11Y_PORT ?? DEMO_PORT + 1);
export const A11Y_ORIGIN = `http://127.0.0.1:${A11Y_PORT}`;
