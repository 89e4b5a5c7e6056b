/**
 * Where the Firefox tier serves the demo. FIREFOX_PORT wins; else E2E_PORT (the tiers run one after the
 * other in `npm test`, so they can share it); else 8767. A second port (one above) stands in for another site.
 */
export const FIREFOX_PORT = Number(process.env.FIREFOX_PORT ?? process.env.E2E_PORT ?? 8767);
export const DEMO_ORIGIN = `http://127.0.0.1:${FIREFOX_PORT}`;
