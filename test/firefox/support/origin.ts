import { DEMO_PORT } from '../../e2e/support/demo-origin.js';

/**
 * Where the Firefox tier serves the demo. FIREFOX_PORT wins; else two above the e2e port (so 8767): `npm test`
 * runs this tier beside the accessibility suite (one above), and the three never share a port.
 * A second port (one above this) stands in for another site.
 */
export const FIREFOX_PORT = Number(process.env.FIREFOX_PORT ?? DEMO_PORT + 2);
export const DEMO_ORIGIN = `http://127.0.0.1:${FIREFOX_PORT}`;
