/**
 * Where the accessibility suite serves the demo. A11Y_PORT wins; else one above E2E_PORT (8765 if unset), so
 * 8766: `npm test` runs it beside the Firefox tier (two above), and it can run beside the e2e suite too.
 */
export const A11Y_PORT = Number(process.env.A11Y_PORT ?? Number(process.env.E2E_PORT ?? 8765) + 1);
export const A11Y_ORIGIN = `http://127.0.0.1:${A11Y_PORT}`;
