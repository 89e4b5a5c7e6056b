/**
 * Where the end-to-end tests serve the demo; E2E_PORT moves it if 8765 is taken. The other tiers' ports are counted
 * from it (accessibility + 1, Firefox + 2 and + 3), so one variable moves them all and they never share a port.
 */
export const DEMO_PORT = Number(process.env.E2E_PORT ?? 8765);
export const DEMO_ORIGIN = `http://127.0.0.1:${DEMO_PORT}`;
