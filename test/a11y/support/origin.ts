/**
 * Where the accessibility suite serves the demo. A11Y_PORT wins; else E2E_PORT (the suites run one after
 * the other in `npm test`, so they can share it); else 8766, so it can run beside the e2e suite's 8765.
 */
export const A11Y_PORT = Number(process.env.A11Y_PORT ?? process.env.E2E_PORT ?? 8766);
export const A11Y_ORIGIN = `http://127.0.0.1:${A11Y_PORT}`;
