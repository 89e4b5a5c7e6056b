// Serves the demo site (demo/) at / and the built products (dist/) at /dist/, on 127.0.0.1 only.
// Used by `npm start` (after a build) and by the end-to-end tests.
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startDevServer } from '@web/dev-server';

const root = resolve(import.meta.dirname, '..');
export const DEFAULT_PORT = 8000;
export const DEFAULT_HOST = '127.0.0.1';

/**
 * The Content-Security-Policy the strict demo page is served with: the one README recommends to
 * webmasters. No inline script or style, no eval, and Trusted Types enforced; `lit-html` is the one
 * policy the guide creates (Lit's, for its template HTML). Constructable stylesheets, which Lit uses
 * for the guide's styles, are not governed by style-src.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Demo pages served with a real Content-Security-Policy header. */
const STRICT_CSP_PATHS = new Set(['/strict-csp.html']);

/**
 * @param {{ path: string, set(name: string, value: string): void }} context
 * @param {() => Promise<unknown>} next
 */
async function strictCspHeader(context, next) {
  const strict = STRICT_CSP_PATHS.has(context.path);
  await next();
  if (strict) context.set('Content-Security-Policy', STRICT_CSP);
}

/**
 * @param {{ path: string, url: string }} context
 * @param {() => Promise<unknown>} next
 */
function demoRoutes(context, next) {
  // /dist/... is served from dist/; every other path from demo/, so nothing else in the repository is exposed.
  if (!context.path.startsWith('/dist/')) context.url = `/demo${context.url}`;
  return next();
}

/**
 * Resolves when `port` can be listened on; rejects with a plain-English error when it cannot.
 * @param {number} port
 * @param {string} host
 * @returns {Promise<void>}
 */
function checkPortFree(port, host) {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', (/** @type {NodeJS.ErrnoException} */ error) => {
      const reason =
        error.code === 'EADDRINUSE'
          ? `Port ${port} on ${host} is already in use (is another copy of the demo running?).`
          : `Cannot listen on ${host}:${port} (${error.code ?? error.message}).`;
      reject(new Error(`${reason}\nChoose another port: npm start -- --port ${port + 1}   (or PORT=${port + 1} npm start)`));
    });
    probe.listen(port, host, () => probe.close(() => resolvePort()));
  });
}

/**
 * Starts the demo server.
 * @param {{ port?: number, host?: string }} [options]
 */
export async function serveDemo({ port = DEFAULT_PORT, host = DEFAULT_HOST } = {}) {
  await checkPortFree(port, host);
  const server = await startDevServer({
    config: { rootDir: root, port, hostname: host, middleware: [strictCspHeader, demoRoutes] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { server, origin: `http://${host}:${port}` };
}

/** Reads --port / --host (or PORT / HOST) from the command line, with a clear message on bad input. */
export function readServeOptions(argv = process.argv.slice(2)) {
  const { values } = parseArgs({ args: argv, options: { port: { type: 'string' }, host: { type: 'string' } }, strict: true });
  const rawPort = values.port ?? process.env.PORT ?? String(DEFAULT_PORT);
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`The port must be a whole number from 1 to 65535; got "${rawPort}".`);
  }
  return { port, host: values.host ?? process.env.HOST ?? DEFAULT_HOST };
}

/**
 * The URLs and folders a person needs, printed once the server is up.
 * @param {string} origin
 */
export function describeServer(origin) {
  return [
    'Record Access Kit demo is running.',
    '',
    `  Practice website with the guide:  ${origin}/`,
    `  A fully configured practice:      ${origin}/configured.html`,
    `  Under a strict CSP:               ${origin}/strict-csp.html`,
    `  Fictional record portal:          ${origin}/portal/`,
    `  Widget script (for embedding):    ${origin}/dist/widget/record-access-guide.js`,
    '',
    'Unpacked extensions (load them as described in README.md):',
    `  Chrome:   ${resolve(root, 'dist/extension/chrome')}`,
    `  Firefox:  ${resolve(root, 'dist/extension/firefox')}`,
    '',
    'Press Ctrl-C to stop.',
  ].join('\n');
}

/** Runs the server until Ctrl-C; errors become one clear line and exit code 1. */
export async function runServerCli() {
  try {
    const { server, origin } = await serveDemo(readServeOptions());
    console.log(describeServer(origin));
    const stop = () => {
      server.stop().finally(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(`Could not start the demo server: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  await runServerCli();
}
