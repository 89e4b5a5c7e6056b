/**
 * Serves the generated portal pages over HTTP on loopback for the extension's page-load and switching
 * measures: the page, and its NHS.UK stylesheet as a separate request, as a portal serves them.
 *
 * Loads must not fall into groups by chance. Traced, when the stylesheet reached the page after the parser
 * had started on the 2.5 MB body, it was parsed only after the whole page had been parsed, styled and laid
 * out without it (at 750 ms instead of 30 ms), and everything was styled and laid out again: the same page
 * cost about 0.8 s more in those loads, in whichever browser, served by Playwright's request routing (which
 * answers over the DevTools protocol, slowly on a busy machine) or by a plain server alike. So the head is
 * sent first and the body once the stylesheet has been sent, as a portal's server streams a page whose
 * stylesheet the browser has: every load of every contender parses its body with the stylesheet in place.
 * The stylesheet's web fonts live on the NHS's own server, which no measure may reach; their `@font-face`
 * rules are left out, as if the font were installed: a font that fails to load makes the browser lay the
 * whole page out again when the failure arrives (traced: two more full layouts, 0.4 to 0.55 s each, in a load
 * where it came late), another thing chance would decide. Nothing is cached between loads (`no-store`): a
 * browser with the extension and one without keep separate caches.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { NHSUK_STYLESHEET_PATH, portalPage, type PortalStyle } from './portal-page.js';

export interface PageServer {
  /** The origin the benchmark's copy of the extension is allowed on (127.0.0.1). */
  allowed: string;
  /** The same pages on an origin the extension is not allowed on (127.0.0.2, also loopback). */
  notAllowed: string;
  close(): Promise<void>;
}

/** The path of the generated portal page with `rows` result rows, styled `style`. */
export function portalPath(rows: number, style: PortalStyle): string {
  return `/portal-${style}-${rows}`;
}

const PORTAL_PATH = /^\/portal-(plain|nhsuk)-(\d+)$/;
/** How long the body waits for its stylesheet to be requested, at most, and then for it to be parsed. */
const STYLESHEET_WAIT_LIMIT_MS = 2000;
const STYLESHEET_PARSE_MS = 50;

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/**
 * Starts the server on 127.0.0.1 and 127.0.0.2, on BENCH_PAGE_PORT if set (a free port otherwise).
 * `nhsukStylesheet` is the NHS.UK frontend's stylesheet as published.
 */
export async function startPageServer(nhsukStylesheet: string): Promise<PageServer> {
  // The web fonts live on the NHS's server, which no measure may reach (see above).
  const stylesheet = nhsukStylesheet.replace(/@font-face\{[^}]*\}/g, '');
  const pages = new Map<string, string>();
  const stylesheetWaiters: (() => void)[] = [];
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const portal = PORTAL_PATH.exec(path);
    if (path === NHSUK_STYLESHEET_PATH) {
      response.writeHead(200, { 'content-type': 'text/css', 'cache-control': 'no-store' }).end(stylesheet, () => {
        for (const resolve of stylesheetWaiters.splice(0)) resolve();
      });
    } else if (portal) {
      let html = pages.get(path);
      if (html === undefined) {
        html = portalPage(Number(portal[2]), portal[1] as PortalStyle);
        pages.set(path, html);
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      const bodyAt = html.indexOf('<body');
      if (portal[1] !== 'nhsuk' || bodyAt < 0) {
        response.end(html);
        return;
      }
      // The head first; the body once the stylesheet it links has been sent and had a moment to be parsed.
      const sent = new Promise<void>((resolve) => stylesheetWaiters.push(resolve));
      response.write(html.slice(0, bodyAt));
      void Promise.race([sent, delay(STYLESHEET_WAIT_LIMIT_MS)])
        .then(() => delay(STYLESHEET_PARSE_MS))
        .then(() => response.end(html.slice(bodyAt)));
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not a benchmark page');
    }
  };
  const servers = [createServer(handle), createServer(handle)];
  const port = await listen(servers[0]!, '127.0.0.1', Number(process.env.BENCH_PAGE_PORT ?? 0));
  await listen(servers[1]!, '127.0.0.2', port);
  return {
    allowed: `http://127.0.0.1:${port}`,
    notAllowed: `http://127.0.0.2:${port}`,
    close: () => Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())))).then(() => undefined),
  };
}
