/** Where the end-to-end tests serve the demo; E2E_PORT moves it if 8765 is taken. */
export const DEMO_PORT = Number(process.env.E2E_PORT ?? 8765);
export const DEMO_ORIGIN = `http://127.0.0.1:${DEMO_PORT}`;
