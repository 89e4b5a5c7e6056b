/**
 * Pages whose Content-Security-Policy is stricter than the guide needs (issue #19), each sent as a real
 * HTTP header with the page. A policy that allows the guide's script but not the folder its parts load
 * from blocks Welsh, Listen and the later steps' words: the patient must be told what is true (it cannot be done on this page),
 * not to check an internet connection that works, and the webmaster told it was the policy.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEMO_ORIGIN } from './support/demo-origin.js';

const GUIDE_SCRIPT = `${DEMO_ORIGIN}/dist/widget/record-access-guide.js`;

/** Serves `path` as a small practice page with the guide, under `policy` as a real header. */
async function servePage(page: Page, path: string, policy: string): Promise<void> {
  await page.route(`**${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'Content-Security-Policy': policy },
      body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Practice</title>
        <script type="module" src="/dist/widget/record-access-guide.js"></script></head>
        <body><main><h1>Oakmere Green Surgery</h1>
        <record-access-guide practice-name="Oakmere Green Surgery" contact-phone="01632 960000"></record-access-guide></main></body></html>`,
    }),
  );
}

function recordWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return warnings;
}

const guide = (page: Page) => page.locator('record-access-guide');

// The guide's own script by its full address, and nothing else: its parts (locales/, parts/) are blocked.
const SCRIPT_ONLY = `default-src 'self'; script-src ${GUIDE_SCRIPT}; require-trusted-types-for 'script'; trusted-types lit-html`;

test('a policy that blocks the Welsh file: the patient is told it cannot be shown on this page, the webmaster that the policy blocked it', async ({ page }) => {
  const warnings = recordWarnings(page);
  await servePage(page, '/csp-parts.html', SCRIPT_ONLY);
  await page.goto('/csp-parts.html');
  await guide(page).getByRole('button', { name: 'Read this guide in Cymraeg' }).click();
  const notice = guide(page).locator('[part="notice"]');
  await expect(notice).toHaveText('Sorry, the guide cannot be shown in Cymraeg on this page, so it is still in English.');
  await expect(notice).not.toContainText('internet');
  // The policy blocks the saved-answers part too, so the storage notice is a second status: find the language one.
  await expect(guide(page).getByRole('status').filter({ hasText: 'cannot be shown in Cymraeg' })).toHaveText(/cannot be shown in Cymraeg on this page/);
  await expect(guide(page).getByRole('heading', { level: 2 })).toHaveText('Use your GP practice online');
  await expect
    .poll(() => warnings.find((w) => w.includes('"cy" language file could not be loaded')) ?? '')
    .toMatch(/this page's Content-Security-Policy blocked it \(script-src(-elem)? refused http:\/\/127\.0\.0\.1:\d+\/dist\/widget\/locales\/cy-[\w-]+\.js\)/);
});

test('a policy that blocks Listen’s speech code: the patient is told the step cannot be read aloud on this page, the webmaster names the policy', async ({
  page,
}) => {
  const warnings = recordWarnings(page);
  await servePage(page, '/csp-parts.html', SCRIPT_ONLY);
  await page.goto('/csp-parts.html');
  await guide(page).getByRole('button', { name: 'Listen' }).click();
  await expect(guide(page).getByRole('status').first()).toHaveText('Sorry, this step cannot be read aloud on this page.');
  await expect(guide(page).getByRole('button', { name: 'Listen' })).toBeVisible();
  await expect
    .poll(() => warnings.find((w) => w.includes('the read-aloud code could not be loaded')) ?? '')
    .toMatch(/Content-Security-Policy blocked it \(script-src(-elem)? refused http:\/\/127\.0\.0\.1:\d+\/dist\/widget\/parts\/listen-reader-[\w-]+\.js\)/);
});

test('a policy that blocks the later steps’ words: Start now says the rest cannot be shown on this page, the webmaster names the policy', async ({ page }) => {
  const warnings = recordWarnings(page);
  await servePage(page, '/csp-parts.html', SCRIPT_ONLY);
  await page.goto('/csp-parts.html');
  await expect(guide(page).getByRole('heading', { level: 2 })).toHaveText('Use your GP practice online');
  await guide(page).getByRole('button', { name: 'Start now' }).click();
  const problem = guide(page).locator('#steps-problem');
  await expect(problem).toHaveText('Sorry, the rest of this guide cannot be shown on this page. Please contact Oakmere Green Surgery for help.');
  await expect(problem).toBeFocused();
  await expect(guide(page).getByRole('heading', { level: 2 })).toHaveText('Use your GP practice online');
  await expect
    .poll(() => warnings.find((w) => w.includes('the part with the later steps could not be loaded')) ?? '')
    // The saved-answers part is blocked in the same moment, and a policy report does not say which import it
    // belongs to: the file named is one of the guide's parts, and the advice (allow the folder) fits both.
    .toMatch(/Content-Security-Policy blocked it \(script-src(-elem)? refused http:\/\/127\.0\.0\.1:\d+\/dist\/widget\/parts\/[\w-]+\.js\)/);
});

test('control: under the same page with a policy that allows the folder, Welsh and Listen load', async ({ page }) => {
  await servePage(
    page,
    '/csp-parts.html',
    `default-src 'self'; script-src ${DEMO_ORIGIN}/dist/widget/; require-trusted-types-for 'script'; trusted-types lit-html`,
  );
  await page.goto('/csp-parts.html');
  await guide(page).getByRole('button', { name: 'Read this guide in Cymraeg' }).click();
  await expect(guide(page).getByRole('heading', { level: 2 })).toHaveText('Defnyddio eich meddygfa ar-lein');
  await expect(guide(page).locator('[part="notice"]')).toHaveCount(0);
});
