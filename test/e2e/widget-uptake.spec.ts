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
  await step(page, [], 'Start now', 'Who do you want to use online services for?');
  await step(page, ['myself'], 'Continue', 'How old are you?');
  await step(page, ['16-plus'], 'Continue', 'What do you want to do online?');
  await step(page, ['record'], 'Continue', 'What you will see in a GP record');
  await step(page, [], 'Continue', 'Before you decide');
  await step(page, ['continue'], 'Continue', 'Proving who you are');
  await step(page, ['yes'], 'Continue', 'Getting online');
  await step(page, [], 'Continue', 'Do you need any help or support?');
  await step(page, ['easy-read'], 'Continue', 'Check your answers');
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
  await step(page, [], 'Start again', 'Use your GP practice online');
  await step(page, [], 'Start now', 'Who do you want to use online services for?');
  await guide(page).getByRole('button', { name: 'I want to stop for now' }).click();
  await step(page, ['worried'], 'Finish', 'Thank you');
  await page.waitForTimeout(500); // a beacon would be sent at once; give a wrong one time to show.
  const allowed = new Set([
    `GET document ${DEMO_ORIGIN}/`,
    `GET stylesheet ${DEMO_ORIGIN}/assets/practice.css`,
    `GET script ${DEMO_ORIGIN}/dist/widget/record-access-guide.js`,
    `GET other ${DEMO_ORIGIN}/favicon.ico`,
  ]);
  // The guide's own parts fetched beside the first render (saved answers, the glossary), from beside its script; never the beacon's.
  const ownPart = new RegExp(`^GET script ${DEMO_ORIGIN}/dist/widget/parts/(progress-store|database|glossary-part)-[\\w-]{8}\\.js$`);
  expect(requests.filter((r) => !allowed.has(r) && !ownPart.test(r))).toEqual([]);
  expect(requests).toContain(`GET script ${DEMO_ORIGIN}/dist/widget/record-access-guide.js`);
  expect(requests.filter((r) => r.includes('/parts/beacon-'))).toEqual([]);
});

test('with an endpoint, each event arrives as a text/plain beacon with only coarse fields', async ({ page }) => {
  const beacons: Request[] = [];
  await page.route(`${ENDPOINT}**`, (route) => {
    beacons.push(route.request());
    return route.fulfill({ status: 204 });
  });
  await page.goto('/uptake.html');
  await guide(page).evaluate((el, endpoint) => el.setAttribute('uptake-endpoint', endpoint), ENDPOINT);
  await walkWholeJourney(page);
  await expect.poll(() => beacons.length).toBe(11);
  for (const request of beacons) {
    expect(request.method()).toBe('POST');
    expect(request.headers()['content-type']).toBe('text/plain;charset=UTF-8');
    expect(Object.keys(bodyOf(request)).sort()).toEqual(expect.arrayContaining(['event', 'format', 'hour', 'widget']));
    expect(String(bodyOf(request)['hour'])).toMatch(/^\d{4}-\d\d-\d\dT\d\d:00Z$/);
  }
  const summary = beacons.map((r) => {
    const { event, step: stepId, who, services } = bodyOf(r);
    return event === 'rag-complete' ? { event, who, services } : { event, step: stepId };
  });
  expect(summary.slice(0, 2)).toEqual([
    { event: 'rag-step-change', step: 'who' },
    { event: 'rag-step-change', step: 'age' },
  ]);
  expect(summary.slice(-2)).toEqual([
    { event: 'rag-step-change', step: 'next-steps' },
    { event: 'rag-complete', who: 'myself', services: ['record'] },
  ]);
  // The page's own forwarding saw the same events.
  await expect(page.locator('#event-log > li')).toHaveCount(11);
});

test('offline, events wait in IndexedDB and are delivered once the browser is online again', async ({ context, page }) => {
  const beacons: Request[] = [];
  await page.route(`${ENDPOINT}**`, (route) => {
    beacons.push(route.request());
    return route.fulfill({ status: 204 });
  });
  await page.goto('/uptake.html');
  await guide(page).evaluate((el, endpoint) => el.setAttribute('uptake-endpoint', endpoint), ENDPOINT);
  await context.setOffline(true);
  await step(page, [], 'Start now', 'Who do you want to use online services for?');
  await step(page, ['child'], 'Continue', 'Using online services for your child');
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
  await expect.poll(queued).toBe(2);
  expect(beacons).toEqual([]);

  await context.setOffline(false);
  await expect.poll(() => beacons.length).toBe(2);
  expect(beacons.map((r) => bodyOf(r)['step'])).toEqual(['who', 'proxy']);
  await expect.poll(queued).toBe(0);
});
