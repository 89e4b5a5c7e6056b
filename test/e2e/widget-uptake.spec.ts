/**
 * Uptake events on the demo pages: with no endpoint nothing leaves the page; with one, the events arrive as
 * text/plain beacons, and offline they wait in IndexedDB until the browser is back online.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { DEMO_ORIGIN } from './support/demo-origin.js';

// No service worker may answer (or hide) a request.
test.use({ serviceWorkers: 'block' });

const ENDPOINT = 'https://uptake.example.invalid/collect';
const guide = (page: Page) => page.locator('record-access-guide');

async function step(page: Page, values: readonly string[], button: string, nextHeading: string): Promise<void> {
  for (const value of values) await guide(page).locator(`input[value="${value}"]`).check();
  await guide(page).getByRole('button', { name: button, exact: true }).click();
  await expect(guide(page).getByRole('heading', { level: 2, name: nextHeading })).toBeVisible();
}

/** The whole journey for someone signing up for themselves, ending at their checklist. */
async function walkWholeJourney(page: Page): Promise<void> {
  await step(page, [], 'Start now', 'Who is this for?');
  await step(page, ['myself'], 'Continue', 'How old are you?');
  await step(page, ['16-plus'], 'Continue', 'What do you want to do online?');
  await step(page, ['record'], 'Continue', 'What you will see in a GP record');
  await step(page, ['continue'], 'Continue', 'Proving who you are');
  await step(page, ['yes'], 'Continue', 'Check your answers');
  await step(page, [], 'Show my next steps', 'Your next steps');
}

function bodyOf(request: Request): Record<string, unknown> {
  return JSON.parse(request.postData() ?? 'null') as Record<string, unknown>;
}

test('with no endpoint configured, the whole journey fetches only the page and its own files', async ({ context, page }) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(`${request.method()} ${request.resourceType()} ${request.url()}`));
  await page.goto('/');
  await walkWholeJourney(page);
  await step(page, [], 'Start again', 'Are you sure you want to start again?');
  await step(page, [], 'Yes, start again', 'Use your GP practice online');
  await step(page, [], 'Start now', 'Who is this for?');
  await guide(page).getByRole('button', { name: 'I want to stop for now' }).click();
  await step(page, ['worried'], 'Finish', 'Thank you');
  await page.waitForTimeout(500); // a beacon would be sent at once; give a wrong one time to show.
  const allowed = new Set([
    `GET document ${DEMO_ORIGIN}/`,
    `GET stylesheet ${DEMO_ORIGIN}/assets/practice.css`,
    `GET script ${DEMO_ORIGIN}/dist/widget/record-access-guide.js`,
    `GET other ${DEMO_ORIGIN}/favicon.ico`,
  ]);
  // The guide's own parts fetched beside the first render (the later steps, saved answers, the glossary, step history), from beside its script; never the sender.
  const ownPart = new RegExp(
    `^GET script ${DEMO_ORIGIN}/dist/widget/parts/(later-steps|after-first-render|progress-store|database|glossary-part)-[\\w-]{8}\\.js$`,
  );
  expect(requests.filter((r) => !allowed.has(r) && !ownPart.test(r))).toEqual([]);
  expect(requests).toContain(`GET script ${DEMO_ORIGIN}/dist/widget/record-access-guide.js`);
  expect(requests.filter((r) => r.includes('/parts/sender-'))).toEqual([]);
});

test('with an endpoint, a whole visit sends one text/plain beacon with only the promised fields, at its end', async ({ page }) => {
  const beacons: Request[] = [];
  await page.route(`${ENDPOINT}**`, (route) => {
    beacons.push(route.request());
    return route.fulfill({ status: 204 });
  });
  await page.goto('/uptake.html');
  await guide(page).evaluate((el, endpoint) => el.setAttribute('uptake-endpoint', endpoint), ENDPOINT);
  await step(page, [], 'Start now', 'Who is this for?');
  await step(page, ['myself'], 'Continue', 'How old are you?');
  await step(page, ['16-plus'], 'Continue', 'What do you want to do online?');
  // Nothing goes while the patient moves on: step-by-step beacons would line up into their path.
  await page.waitForTimeout(300);
  expect(beacons).toEqual([]);
  await step(page, ['record'], 'Continue', 'What you will see in a GP record');
  await step(page, ['continue'], 'Continue', 'Proving who you are');
  await step(page, ['yes'], 'Continue', 'Check your answers');
  await step(page, [], 'Show my next steps', 'Your next steps');
  await expect.poll(() => beacons.length).toBe(1);
  const [request] = beacons as [Request];
  expect(request.method()).toBe('POST');
  expect(request.headers()['content-type']).toBe('text/plain;charset=UTF-8');
  const { hour, ...rest } = bodyOf(request);
  expect(String(hour)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:00Z$/);
  expect(rest).toEqual({ format: 2, widget: '0.1.0', event: 'rag-complete', who: 'myself', services: ['record'] });
  // The page's own forwarding (DOM events, unchanged) still saw every event.
  await expect(page.locator('#event-log > li')).toHaveCount(8);
  // Leaving the page afterwards sends nothing more.
  await page.goto('/');
  await page.waitForTimeout(300);
  expect(beacons.length).toBe(1);
});

test('a beacon cannot tell age bands, or a child from another adult, apart: a visit left part-way says only the last step', async ({ browser }) => {
  /**
   * In a fresh profile, answers, then stops by "I want to stop for now" and "Finish", and returns what the
   * endpoint received. (A visit that ends by leaving the page sends at pagehide; Playwright cannot see a beacon
   * sent while a page unloads, so that path is covered by test/widget/uptake/uptake-element.test.ts.)
   */
  const visit = async (answers: [string, string][]) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const beacons: Request[] = [];
    await context.route(`${ENDPOINT}**`, (route) => {
      beacons.push(route.request());
      return route.fulfill({ status: 204 });
    });
    await page.goto('/uptake.html');
    await guide(page).evaluate((el, endpoint) => el.setAttribute('uptake-endpoint', endpoint), ENDPOINT);
    await step(page, [], 'Start now', 'Who is this for?');
    for (const [value, nextHeading] of answers) await step(page, [value], 'Continue', nextHeading);
    await page.waitForTimeout(200);
    expect(beacons).toEqual([]);
    await guide(page).getByRole('button', { name: 'I want to stop for now' }).click();
    await step(page, [], 'Finish', 'Thank you');
    await expect.poll(() => beacons.length).toBe(1);
    await page.waitForTimeout(200);
    const bodies = beacons.map((r) => {
      const { hour: _hour, ...rest } = bodyOf(r);
      return rest;
    });
    await context.close();
    return bodies;
  };
  const child = await visit([
    ['child', 'How old is your child?'],
    ['13-to-15', 'Using online services for your child'],
  ]);
  const adult = await visit([['adult', 'Using online services for another adult']]);
  // Both stopped on the "proxy" step: the endpoint learns that, and nothing that tells the two apart.
  expect(child).toEqual([{ format: 2, widget: '0.1.0', event: 'rag-exit', step: 'proxy', reason: null }]);
  expect(adult).toEqual(child);
  const under13 = await visit([
    ['myself', 'How old are you?'],
    ['under-13', 'Check your answers'],
  ]);
  const over16 = await visit([
    ['myself', 'How old are you?'],
    ['16-plus', 'What do you want to do online?'],
  ]);
  for (const body of [...under13, ...over16]) expect(Object.keys(body).sort()).toEqual(['event', 'format', 'reason', 'step', 'widget']);
});

test("offline, the visit's beacon waits in IndexedDB and is delivered once the browser is online again", async ({ context, page }) => {
  const beacons: Request[] = [];
  await page.route(`${ENDPOINT}**`, (route) => {
    beacons.push(route.request());
    return route.fulfill({ status: 204 });
  });
  await page.goto('/uptake.html');
  // The sending code is fetched as soon as there is an endpoint, while the page is still online.
  const senderCode = page.waitForResponse((response) => /\/parts\/sender-[\w-]{8}\.js$/.test(response.url()));
  await guide(page).evaluate((el, endpoint) => el.setAttribute('uptake-endpoint', endpoint), ENDPOINT);
  await senderCode;
  await context.setOffline(true);
  await step(page, [], 'Start now', 'Who is this for?');
  await guide(page).getByRole('button', { name: 'I want to stop for now' }).click();
  await step(page, ['access-needs'], 'Finish', 'Thank you');
  const queued = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('record-access-guide');
          open.onsuccess = () => {
            const count = open.result.transaction('uptake-queue').objectStore('uptake-queue').count();
            count.onsuccess = () => {
              open.result.close();
              resolve(count.result);
            };
          };
        }),
    );
  await expect.poll(queued).toBe(1);
  expect(beacons).toEqual([]);

  await context.setOffline(false);
  await expect.poll(() => beacons.length).toBe(1);
  expect(bodyOf(beacons[0] as Request)).toMatchObject({ event: 'rag-exit', step: 'who', reason: 'access-needs' });
  await expect.poll(queued).toBe(0);
});
