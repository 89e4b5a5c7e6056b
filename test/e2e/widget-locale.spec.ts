/**
 * The guide's languages against the built bundle: the Welsh chunk is fetched only when Welsh is wanted,
 * a chunk that cannot be fetched leaves a working English guide with a message, right-to-left pages mirror
 * it, and the production bundle carries no development checks.
 */
import { readdir, readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe.js';

const DIST = new URL('../../dist/widget/', import.meta.url);
const guide = (page: Page) => page.locator('record-access-guide');
const heading = (page: Page) => guide(page).locator('#step-heading');

/** Serves a page of our own at `path` on the demo origin, so it can load the built widget from /dist/. */
async function servePage(page: Page, path: string, body: string, headers: Record<string, string> = {}): Promise<void> {
  await page.route(`**${path}`, (route) => route.fulfill({ contentType: 'text/html', body, headers }));
}

function localeRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/dist/widget/locales/')) urls.push(new URL(request.url()).pathname);
  });
  return urls;
}

test('English readers fetch no locale chunk; Cymraeg fetches the Welsh chunk beside the bundle and keeps the step', async ({ page }) => {
  const requested = localeRequests(page);
  await page.goto('/');
  await expect(heading(page)).toHaveText('Use your GP practice online');
  await guide(page).getByRole('button', { name: 'Start now' }).click();
  await expect(heading(page)).toHaveText('Who is this for?');
  expect(requested).toEqual([]);

  const cymraeg = guide(page).getByRole('button', { name: 'Read this guide in Cymraeg' });
  await expect(cymraeg).toHaveAttribute('lang', 'cy');
  await cymraeg.focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Ar gyfer pwy mae hyn?');
  await expect(guide(page).locator('section.base')).toHaveAttribute('lang', 'cy');
  await expect(guide(page).getByRole('status')).toHaveText('Mae’r canllaw hwn nawr yn Gymraeg.');
  expect(requested).toHaveLength(1);
  expect(requested[0]).toMatch(/^\/dist\/widget\/locales\/cy-[\w-]+\.js$/);
  expect(await axeViolations(page)).toBe('');
});

test('a page in Welsh (lang="cy") gets the guide in Welsh without any setting', async ({ page }) => {
  await servePage(
    page,
    '/welsh-practice.html',
    `<!doctype html><html lang="cy"><head><meta charset="utf-8"><title>Meddygfa</title>
     <script type="module" src="/dist/widget/record-access-guide.js"></script></head>
     <body><main><h1>Meddygfa Glan-yr-Afon</h1><record-access-guide practice-name="Meddygfa Glan-yr-Afon"></record-access-guide></main></body></html>`,
  );
  await page.goto('/welsh-practice.html');
  await expect(heading(page)).toHaveText('Defnyddio eich meddygfa ar-lein');
  await expect(guide(page).getByRole('button', { name: 'Darllen y canllaw hwn yn English' })).toBeVisible();
  expect(await axeViolations(page)).toBe('');
});

test('when the Welsh chunk cannot be fetched, the guide stays in English, says so, and tries again when asked', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.route('**/dist/widget/locales/**', (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  await guide(page).getByRole('button', { name: 'Start now' }).click();
  await guide(page).locator('input[value="child"]').check();
  await guide(page).getByRole('button', { name: 'Read this guide in Cymraeg' }).click();
  const notice = guide(page).locator('[part="notice"]');
  await expect(notice).toHaveText('Sorry, the guide could not be shown in Cymraeg just now, so it is still in English. Please try again later.');
  // The file is missing or blocked on the practice's side far more often than the patient is offline: no blame on their internet.
  await expect(notice).not.toContainText('internet');
  await expect(guide(page).getByRole('status')).toHaveText(/could not be shown in Cymraeg/);
  await expect(heading(page)).toHaveText('Who is this for?');
  await expect(guide(page).locator('input[value="child"]')).toBeChecked();
  expect(warnings.some((w) => w.includes('"cy" language file could not be loaded'))).toBe(true);
  expect(await axeViolations(page)).toBe('');

  await page.unroute('**/dist/widget/locales/**');
  await guide(page).getByRole('button', { name: 'Read this guide in Cymraeg' }).click();
  await expect(heading(page)).toHaveText('Ar gyfer pwy mae hyn?');
  await expect(notice).toHaveCount(0);
  await expect(guide(page).locator('input[value="child"]')).toBeChecked();
});

test('dir="rtl" mirrors the guide: accent bar and Back on the right', async ({ page }, testInfo) => {
  await servePage(
    page,
    '/rtl-practice.html',
    `<!doctype html><html lang="en-GB" dir="rtl"><head><meta charset="utf-8"><title>RTL</title>
     <script type="module" src="/dist/widget/record-access-guide.js"></script></head>
     <body><main><h1>Oakmere Green Surgery</h1><record-access-guide practice-name="Oakmere Green Surgery"></record-access-guide></main></body></html>`,
  );
  await page.setViewportSize({ width: 800, height: 700 });
  await page.goto('/rtl-practice.html');
  await guide(page).getByRole('button', { name: 'Start now' }).click();
  const base = guide(page).locator('section.base');
  const borders = await base.evaluate((node) => ({ right: getComputedStyle(node).borderRightWidth, left: getComputedStyle(node).borderLeftWidth }));
  expect(borders).toEqual({ right: '8px', left: '0px' });
  const back = await guide(page).locator('[part="back"]').boundingBox();
  const exit = await guide(page).locator('[part="quick-exit"]').boundingBox();
  expect(back && exit && back.x > exit.x + exit.width).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('guide-rtl.png') });
  expect(await axeViolations(page)).toBe('');
});

test('the production bundle has no development checks; the .dev.js build and its chunk keep them', async () => {
  const production = await readFile(new URL('record-access-guide.js', DIST), 'utf8');
  const development = await readFile(new URL('record-access-guide.dev.js', DIST), 'utf8');
  expect(production).not.toContain('development build');
  expect(development).toContain('development build');
  const chunks = await readdir(new URL('locales/', DIST));
  expect(chunks.filter((name) => /^cy-[\w-]+\.js$/.test(name))).toHaveLength(1);
  expect(chunks.filter((name) => /^cy-[\w-]+\.dev\.js$/.test(name))).toHaveLength(1);
  // Welsh lives only in its chunk; sources are for reviewers and are not shipped.
  expect(production).not.toContain('canllaw hwn nawr');
  expect(production).not.toContain('prospectiveAccessNews');
});

test('the development build runs in Welsh without reporting missing text', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await servePage(
    page,
    '/dev-build.html',
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Dev</title>
     <script type="module" src="/dist/widget/record-access-guide.dev.js"></script></head>
     <body><main><record-access-guide locale="cy" practice-name="Oakmere Green Surgery"></record-access-guide></main></body></html>`,
  );
  await page.goto('/dev-build.html');
  await expect(heading(page)).toHaveText('Defnyddio eich meddygfa ar-lein');
  expect(warnings.filter((w) => w.includes('development build'))).toEqual([]);
});
