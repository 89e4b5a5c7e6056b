// Serves the demo site (demo/) at / and the built products (dist/) at /dist/, and nothing else: no other file
// of the checkout, nothing outside those two folders however the path is spelt. Listens on 127.0.0.1 only,
// unless --host asks for another address (then it warns). Used by `npm start` and by the test tiers.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
export const DEFAULT_PORT = 8000;
export const DEFAULT_HOST = '127.0.0.1';

/** The only folders served, by URL prefix (longest first). */
const MOUNTS = [
  { prefix: '/dist/', dir: resolve(root, 'dist') },
  { prefix: '/', dir: resolve(root, 'demo') },
];

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

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
};

/**
 * Where a request's path may be read from, or null. The path is decoded once, then refused if any segment
 * is empty-ish trickery: `..` or `.` (however encoded), a backslash, a NUL, or a dot-file (`.git`, `.env`).
 * The resolved file must still lie inside its folder, and so must its real path (no symlink out).
 * @param {string} rawUrl the request target, as sent
 * @returns {{ file: string, dir: string, path: string } | null}
 */
export function mapRequestPath(rawUrl) {
  if (!rawUrl.startsWith('/')) return null;
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? '';
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (path.includes('\\') || path.includes('\0') || path.includes('%')) return null;
  const segments = path.split('/').slice(1);
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.startsWith('.'))) return null;
  const mount = MOUNTS.find(({ prefix }) => path.startsWith(prefix));
  if (!mount) return null;
  const relative = path.slice(mount.prefix.length);
  const file = resolve(mount.dir, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
  if (!file.startsWith(mount.dir + sep)) return null;
  return { file, dir: mount.dir, path };
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
async function serveFile(request, response) {
  const send = (/** @type {number} */ status, /** @type {string} */ text, headers = {}) => {
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...headers });
    response.end(request.method === 'HEAD' ? undefined : text);
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed', { Allow: 'GET, HEAD' });
  const mapped = mapRequestPath(request.url ?? '');
  if (!mapped) return send(404, 'Not found');
  try {
    const info = await stat(mapped.file);
    if (info.isDirectory()) return send(301, 'Moved', { Location: `${mapped.path}/` });
    // A symlink inside a served folder must not lead outside it.
    const real = await realpath(mapped.file);
    if (!real.startsWith((await realpath(mapped.dir)) + sep)) return send(404, 'Not found');
    /** @type {Record<string, string>} */
    const headers = {
      'Content-Type': CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (extname(real).toLowerCase())] ?? 'application/octet-stream',
      'Content-Length': String(info.size),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    };
    if (STRICT_CSP_PATHS.has(mapped.path)) headers['Content-Security-Policy'] = STRICT_CSP;
    response.writeHead(200, headers);
    if (request.method === 'HEAD') return response.end();
    createReadStream(real)
      .on('error', () => response.destroy())
      .pipe(response);
  } catch {
    send(404, 'Not found');
  }
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

/** True for addresses only this computer can reach. @param {string} host */
export function isLoopback(host) {
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * Starts the demo server on `host` (127.0.0.1 unless asked otherwise).
 * @param {{ port?: number, host?: string }} [options]
 */
export async function serveDemo({ port = DEFAULT_PORT, host = DEFAULT_HOST } = {}) {
  await checkPortFree(port, host);
  const http = createHttpServer((request, response) => void serveFile(request, response));
  await new Promise((resolveListen, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => resolveListen(undefined));
  });
  const server = {
    /** @returns {Promise<void>} */
    stop: () =>
      new Promise((resolveStop) => {
        http.close(() => resolveStop());
        http.closeAllConnections();
      }),
  };
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return { server, origin: `http://${shownHost}:${port}` };
}

/** Reads --port (or PORT) and --host from the command line, with a clear message on bad input. */
export function readServeOptions(argv = process.argv.slice(2)) {
  const { values } = parseArgs({ args: argv, options: { port: { type: 'string' }, host: { type: 'string' } }, strict: true });
  const rawPort = values.port ?? process.env.PORT ?? String(DEFAULT_PORT);
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`The port must be a whole number from 1 to 65535; got "${rawPort}".`);
  }
  // Only an explicit --host widens it: a HOST variable left in the environment by another tool must not.
  return { port, host: values.host ?? DEFAULT_HOST };
}

/** The warning printed when the server is reachable from other computers. @param {string} host */
export function exposedWarning(host) {
  return `Warning: the demo is served on ${host}, so other computers that can reach this address can load it. Use it only on a network you trust; without --host it is served on ${DEFAULT_HOST} only.`;
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
    const options = readServeOptions();
    const { server, origin } = await serveDemo(options);
    if (!isLoopback(options.host)) console.warn(exposedWarning(options.host));
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
