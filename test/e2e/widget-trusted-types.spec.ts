/**
 * Trusted Types policies that leave no room for Lit's `lit-html` (issue #19), each sent as a real
 * Content-Security-Policy header with the page: a page that lists other policy names only, and a page
 * that already loaded another copy of Lit. Before, the guide's script threw at load: an empty space and
 * no message. Now the guide shows a short message with the practice's contact details (and any content
 * the practice put inside the element) where Trusted Types are required, works where they are only
 * named, and tells the webmaster why in the console.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe.js';

/** Serves `path` with the guide under `policy`, as a real header; `before` is script the page runs first. */
async function servePage(page: Page, path: string, policy: string, before = ''): Promise<void> {
  await page.route(`**${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'Content-Security-Policy': policy },
      body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Practice</title>
        ${before ? '<script src="/before-guide.js"></script>' : ''}
        <script type="module" src="/dist/widget/record-access-guide.js"></script></head>
        <body><main><h1>Oakmere Green Surgery</h1>
        <record-access-guide practice-name="Oakmere Green Surgery" contact-phone="01632 960000" contact-email="reception@oakmere.example">
          <p>Our reception team can also help you sign up.</p>
        </record-access-guide></main></body></html>`,
    }),
  );
  if (before) await page.route('**/before-guide.js', (route) => route.fulfill({ contentType: 'text/javascript', body: before }));
}

/** Console warnings and errors, and uncaught exceptions, from the start. */
function recordConsole(page: Page): { warnings: string[]; uncaught: string[] } {
  const recorded = { warnings: [] as string[], uncaught: [] as string[] };
  page.on('console', (message) => {
    if (message.type() === 'warning') recorded.warnings.push(message.text());
  });
  page.on('pageerror', (error) => recorded.uncaught.push(error.message));
  return recorded;
}

const guide = (page: Page) => page.locator('record-access-guide');

/** What the fallback must give the patient, and the webmaster. */
async function expectFallback(page: Page, warnings: string[], uncaught: string[], cause: RegExp): Promise<void> {
  await expect(guide(page).getByRole('heading', { level: 2 })).toHaveText('Use your GP practice online');
  await expect(guide(page).locator('[part="notice"]')).toHaveText('Sorry, this guide cannot be shown on this page.');
  await expect(guide(page).getByRole('link', { name: 'Phone: 01632 960000' })).toHaveAttribute('href', 'tel:01632960000');
  await expect(guide(page).getByRole('link', { name: /reception@oakmere\.example/ })).toHaveAttribute('href', 'mailto:reception@oakmere.example');
  await expect(guide(page).getByRole('link', { name: 'NHS App help pages' })).toHaveAttribute('href', 'https://www.nhs.uk/nhs-app/nhs-app-help-and-support/');
  // The practice's own words inside the element show through the fallback's slot.
  await expect(page.getByText('Our reception team can also help you sign up.')).toBeVisible();
  await expect.poll(() => warnings.find((w) => w.includes('Trusted Types policy "lit-html"')) ?? '').toMatch(cause);
  expect(
    warnings.filter((w) => w.includes('Trusted Types')),
    'told once',
  ).toHaveLength(1);
  expect(uncaught, 'nothing thrown at the page').toEqual([]);
}

test('a policy list without lit-html, Trusted Types required: the fallback with the practice’s contacts, and one message naming the policy', async ({
  page,
}) => {
  const { warnings, uncaught } = recordConsole(page);
  await servePage(page, '/tt-other-policy.html', "default-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types somepolicy");
  await page.goto('/tt-other-policy.html');
  await expectFallback(
    page,
    warnings,
    uncaught,
    /refused Lit's Trusted Types policy "lit-html" \(.*somepolicy|lit-html.*\)\. Add lit-html to its trusted-types directive/,
  );
  expect(await axeViolations(page)).toBe('');
});

test('a page that loaded another Lit first (its own lit-html policy, no allow-duplicates): the fallback and one message', async ({ page }) => {
  const { warnings, uncaught } = recordConsole(page);
  // What another copy of Lit does when it loads.
  const otherLit = "window.trustedTypes.createPolicy('lit-html', { createHTML: (s) => s });";
  await servePage(page, '/tt-other-lit.html', "default-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html", otherLit);
  await page.goto('/tt-other-lit.html');
  await expectFallback(page, warnings, uncaught, /already exists|allow-duplicates/);
});

test('a policy list without lit-html where Trusted Types are not required: the guide works as usual', async ({ page }) => {
  const { uncaught } = recordConsole(page);
  await servePage(page, '/tt-names-only.html', "default-src 'self'; script-src 'self'; trusted-types somepolicy");
  await page.goto('/tt-names-only.html');
  await expect(guide(page).getByRole('heading', { level: 2 })).toHaveText('Use your GP practice online');
  await guide(page).getByRole('button', { name: 'Start now' }).click();
  await expect(guide(page).getByRole('heading', { level: 2 })).toHaveText('Who is this for?');
  expect(uncaught).toEqual([]);
});

test('control: with lit-html in the policy list the guide renders its steps, not the fallback', async ({ page }) => {
  const { warnings } = recordConsole(page);
  await servePage(page, '/tt-lit-allowed.html', "default-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html");
  await page.goto('/tt-lit-allowed.html');
  await guide(page).getByRole('button', { name: 'Start now' }).click();
  await expect(guide(page).getByRole('heading', { level: 2 })).toHaveText('Who is this for?');
  await expect(guide(page).locator('[part="notice"]')).toHaveCount(0);
  expect(warnings.filter((w) => w.includes('Trusted Types'))).toEqual([]);
});
