/**
 * Settings survive a browser restart in Firefox: chosen once, they are there the next day without the
 * person doing anything. Temporary add-ons are removed when Firefox closes, so the second launch installs
 * the same build into the same profile, as an update would; Firefox keeps the add-on's storage and its
 * registered content scripts across that (prefs set in test/firefox/support/firefox.ts).
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ORIGIN } from './support/origin.js';
import { allowSites, launchFirefox, open, SLOW } from './support/firefox.js';

const profileDir = mkdtempSync(join(tmpdir(), 'rak-firefox-restart-'));

test.afterAll(() => rmSync(profileDir, { recursive: true, force: true }));

const pageLook = (page: import('puppeteer-core').Page) =>
  page.evaluate(() => ({ background: getComputedStyle(document.body).backgroundColor, rootFontSize: getComputedStyle(document.documentElement).fontSize }));

test('a theme and a text size chosen in the options page are in place on the portal after Firefox restarts', async () => {
  test.setTimeout(SLOW * 5);
  const first = await launchFirefox({ profileDir });
  try {
    await allowSites(first, ['http://127.0.0.1/*']);
    const options = await first.newPage();
    await open(options, first.url('options.html'));
    await options.click('>>> #theme-dark');
    await options.select('>>> #text-size', '150%');
    const portal = await first.newPage();
    await open(portal, `${DEMO_ORIGIN}/portal/consultations.html`);
    await expect.poll(() => pageLook(portal), { timeout: SLOW }).toEqual({ background: 'rgb(0, 0, 0)', rootFontSize: '24px' });
  } finally {
    await first.close();
  }

  const second = await launchFirefox({ profileDir });
  try {
    const portal = await second.newPage();
    await open(portal, `${DEMO_ORIGIN}/portal/consultations.html`);
    await expect.poll(() => pageLook(portal), { timeout: SLOW }).toEqual({ background: 'rgb(0, 0, 0)', rootFontSize: '24px' });
    // And the options page shows what was chosen, not the defaults.
    const options = await second.newPage();
    await open(options, second.url('options.html'));
    await expect.poll(() => options.$eval('>>> #theme-dark', (input) => (input as HTMLInputElement).checked), { timeout: SLOW }).toBe(true);
  } finally {
    await second.close();
  }
});
