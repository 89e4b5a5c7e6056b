/**
 * The steps after the start page (their English and the code that draws them) are their own file
 * (parts/later-steps-*.js), fetched beside the first render so the main script stays small (issue #18, item 10). Against the built bundle: it is fetched without
 * the patient asking; a patient who presses on before it arrives waits for it and is told why; one who
 * presses on when it cannot be fetched stays where they are, is told in words that do not blame their
 * internet, keeps their answers, and can go on once it loads.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { axeViolations } from './support/axe.js';

const LATER_STEPS = '**/dist/widget/parts/later-steps-*.js';
const guide = (page: Page) => page.locator('record-access-guide');
const heading = (page: Page) => guide(page).locator('#step-heading');
const startNow = (page: Page) => guide(page).getByRole('button', { name: 'Start now' });
const problem = (page: Page) => guide(page).locator('#steps-problem');

function recordWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return warnings;
}

test('the later steps’ English is fetched beside the first render, before the patient presses anything', async ({ page }) => {
  const fetched = page.waitForRequest((request) => /\/dist\/widget\/parts\/later-steps-[\w-]+\.js$/.test(request.url()));
  await page.goto('/');
  await expect(heading(page)).toHaveText('Use your GP practice online');
  await fetched;
  await startNow(page).click();
  await expect(heading(page)).toHaveText('Who is this for?');
  await expect(heading(page)).toBeFocused();
});

test('pressed before the words arrive: the patient is told the step is being got ready, then it shows', async ({ page }) => {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(LATER_STEPS, async (route: Route) => {
    await released;
    await route.continue();
  });
  await page.goto('/');
  await expect(heading(page)).toHaveText('Use your GP practice online');
  await startNow(page).click();
  await expect(guide(page).getByRole('status')).toHaveText('Getting the next step ready.');
  // Said on screen too, for a patient who cannot hear the live region.
  await expect(guide(page).locator('#steps-waiting')).toHaveText('Getting the next step ready.');
  await expect(heading(page)).toHaveText('Use your GP practice online');
  expect(await axeViolations(page)).toBe('');
  release();
  await expect(heading(page)).toHaveText('Who is this for?');
  await expect(heading(page)).toBeFocused();
  await expect(guide(page).locator('#steps-waiting')).toHaveCount(0);
  await expect(problem(page)).toHaveCount(0);
});

test('when the words cannot be fetched: the patient stays, is told plainly, and goes on once they load', async ({ page }) => {
  const warnings = recordWarnings(page);
  await page.route(LATER_STEPS, (route) => route.abort('failed'));
  await page.goto('/');
  await expect(heading(page)).toHaveText('Use your GP practice online');
  // Nothing is said until the patient tries to go on: the start page itself works.
  await expect(problem(page)).toHaveCount(0);
  await startNow(page).click();
  await expect(problem(page)).toHaveText(
    'Sorry, the rest of this guide is not working on this page at the moment. Your answers are kept. Please try again later, or contact Oakmere Green Surgery.',
  );
  await expect(problem(page)).toHaveAttribute('role', 'alert');
  await expect(problem(page)).toBeFocused();
  await expect(problem(page)).not.toContainText('internet');
  await expect(guide(page).locator('#steps-waiting')).toHaveCount(0);
  await expect(heading(page)).toHaveText('Use your GP practice online');
  expect(warnings.some((w) => w.includes('the part with the later steps could not be loaded'))).toBe(true);
  expect(await axeViolations(page)).toBe('');

  await page.unroute(LATER_STEPS);
  await startNow(page).click();
  await expect(heading(page)).toHaveText('Who is this for?');
  await expect(problem(page)).toHaveCount(0);
});

test('answers saved before a reload are kept when the words cannot be fetched, and come back once they can', async ({ page }) => {
  await page.goto('/');
  await startNow(page).click();
  await guide(page).locator('input[value="child"]').check();
  await guide(page).getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page)).toHaveText('How old is your child?');

  await page.route(LATER_STEPS, (route) => route.abort('failed'));
  await page.goto('/');
  await expect(heading(page)).toHaveText('Use your GP practice online');
  await startNow(page).click();
  await expect(problem(page)).toBeVisible();
  await expect(heading(page)).toHaveText('Use your GP practice online');

  // Loaded again at the same address, the page returns to the step the patient was on (step history), answers and all.
  await page.unroute(LATER_STEPS);
  await page.goto('/');
  await expect(heading(page)).toHaveText('How old is your child?');
  await guide(page).getByRole('button', { name: 'Back' }).click();
  await expect(guide(page).locator('input[value="child"]')).toBeChecked();
});

test('a practice’s replacement text: a later step’s is used, and an id the guide does not have is reported once the ids arrive', async ({ page }) => {
  const warnings = recordWarnings(page);
  await page.route('**/later-steps-strings.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Practice</title>
        <script type="module" src="/dist/widget/record-access-guide.js"></script></head>
        <body><main><h1>Oakmere Green Surgery</h1>
        <record-access-guide practice-name="Oakmere Green Surgery" contact-phone="01632 960000">
          <script type="application/json">{ "strings": { "whoHeading": "Who needs this?", "notAnId": "Hello" } }</script>
        </record-access-guide></main></body></html>`,
    }),
  );
  await page.goto('/later-steps-strings.html');
  await expect(heading(page)).toHaveText('Use your GP practice online');
  // The ids of every text come with the later steps, beside the first render: the check waits for them.
  await expect.poll(() => warnings.filter((w) => w.includes('"strings.notAnId": is not a text id')).length).toBe(1);
  expect(warnings.some((w) => w.includes('whoHeading'))).toBe(false);
  await startNow(page).click();
  await expect(heading(page)).toHaveText('Who needs this?');
});
