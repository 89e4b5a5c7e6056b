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
