import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.js';

test('the demo practice page renders the guide from one script tag, with no axe violations', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  const guide = page.locator('record-access-guide');
  await expect(guide.getByRole('heading', { level: 2, name: 'Use your GP practice online' })).toBeVisible();
  await expect(guide).toContainText('contact Oakmere Green Surgery.');
  expect(await axeViolations(page)).toBe('');
  expect(errors).toEqual([]);
});

test('the guide reflows at 320 CSS pixels without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  await expect(page.locator('record-access-guide').getByRole('heading', { level: 2 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});

test('the server exposes only the demo and the build, not the repository', async ({ request }) => {
  for (const path of ['/package.json', '/node_modules/lit/package.json', '/widget/index.ts']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  expect((await request.get('/dist/widget/record-access-guide.js')).status()).toBe(200);
  expect((await request.get('/portal/')).status()).toBe(200);
});

test('the build writes a custom elements manifest documenting the guide’s public API', async () => {
  const { readFile } = await import('node:fs/promises');
  const manifest = JSON.parse(await readFile(new URL('../../dist/widget/custom-elements.json', import.meta.url), 'utf8')) as {
    modules: {
      declarations?: {
        tagName?: string;
        attributes?: { name: string }[];
        events?: { name: string }[];
        cssParts?: { name: string }[];
        cssProperties?: { name: string }[];
      }[];
    }[];
  };
  const guide = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'record-access-guide');
  expect(guide?.attributes?.map((a) => a.name)).toEqual([
    'locale',
    'practice-name',
    'ods-code',
    'services',
    'portals',
    'contact-phone',
    'contact-email',
    'contact-sms',
    'contact-online-form',
    'contact-bsl-video-relay',
    'registration-hours',
    'listen-rate',
    'step-history',
    'quick-exit-url',
    'save-progress-days',
    'uptake-endpoint',
  ]);
  expect(guide?.events?.map((e) => e.name)).toEqual(['rag-step-change', 'rag-complete', 'rag-exit']);
  expect(guide?.cssParts?.map((p) => p.name)).toEqual(expect.arrayContaining(['quick-exit', 'storage-notice', 'saved-progress']));
  expect(guide?.cssProperties?.map((p) => p.name)).toContain('--record-access-guide-text-color');
});

test('Listen fetches its speech code only when pressed, and says so clearly if that file cannot be fetched', async ({ page }) => {
  const parts: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/dist/widget/parts/listen-reader')) parts.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  const guide = page.locator('record-access-guide');
  await expect(guide.getByRole('heading', { level: 2 })).toBeVisible();
  expect(parts, 'nothing of Listen is fetched before it is pressed').toEqual([]);

  // Offline or blocked: the patient is told, and the button is back to Listen rather than a Stop that does nothing.
  await page.route('**/dist/widget/parts/**', (route) => route.abort('internetdisconnected'));
  await guide.getByRole('button', { name: 'Listen' }).click();
  await expect(guide.getByRole('status').first()).toHaveText('Sorry, Listen is not working on this page at the moment. Please try again later.');
  await expect(guide.getByRole('button', { name: 'Listen' })).toBeVisible();
  expect(parts.length).toBeGreaterThan(0);
  expect(
    parts.every((path) => /^\/dist\/widget\/parts\/listen-reader-[\w-]+\.js$/.test(path)),
    parts.join(', '),
  ).toBe(true);
});
