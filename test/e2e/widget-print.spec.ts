/**
 * The next-steps checklist on paper and as a file, against the built bundle on the configured demo page:
 * print media hides every control and prints the practice's details and link addresses; Download saves a
 * text file made on the device, also under a strict Content Security Policy.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe.js';

const guide = (page: Page) => page.locator('record-access-guide');
const heading = (page: Page) => guide(page).locator('#step-heading');

/** From the first step to the checklist: for themselves, 16 or over, no photo ID. */
async function reachNextSteps(page: Page, words = { start: 'Start now', next: 'Continue', show: 'Show my next steps' }): Promise<void> {
  const g = guide(page);
  await g.getByRole('button', { name: words.start }).click();
  for (const value of ['myself', '16-plus', 'record', 'continue', 'no']) {
    if (value) await g.locator(`input[value="${value}"]`).check();
    await g.getByRole('button', { name: words.next, exact: true }).click();
  }
  await g.getByRole('button', { name: words.show }).click();
}

async function downloadedText(page: Page, buttonName: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), guide(page).getByRole('button', { name: buttonName }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: (await readFile(path, 'utf8')).replace(/^\ufeff/, '') };
}

test('Download saves the checklist as a text file with the practice details, the date and the steps', async ({ page }) => {
  await page.goto('/configured.html');
  await reachNextSteps(page);
  await expect(heading(page)).toHaveText('Your next steps');
  const steps = await guide(page).locator('[part="checklist"] > li').allInnerTexts();
  const { name, text } = await downloadedText(page, 'Download this checklist');
  expect(name).toMatch(/^next-steps-\d{4}-\d{2}-\d{2}\.txt$/);
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('Your next steps');
  expect(lines[1]).toBe('Riverside Lane Medical Practice');
  expect(lines[2]).toMatch(/^Made on \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
  // The same steps as the page, in the same order.
  const numbered = lines.filter((line) => /^\d+\. /.test(line)).map((line) => line.replace(/^\d+\. /, ''));
  expect(numbered).toEqual(steps.map((step) => step.split('\n')[0]!.trim()));
  expect(text).toContain('   - large print');
  for (const detail of [
    '- Phone: 01632 960000',
    '- Email: reception@riverside-lane.example',
    '- Text: 07700 900000',
    '- Online form: https://riverside-lane.example/contact',
    '- BSL video relay service: https://riverside-lane.example/bsl',
    '- Practice code (ODS code): Y99999',
    '- When to go in to register: Monday to Friday, 2pm to 4pm, at the front desk',
  ]) {
    expect(lines).toContain(detail);
  }
});

test('the checklist downloads in Welsh under a strict Content Security Policy, with no network request', async ({ page }) => {
  const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.route('**/strict-csp-practice.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'Content-Security-Policy': csp },
      body: `<!doctype html><html lang="cy"><head><meta charset="utf-8"><title>Meddygfa</title>
        <script type="module" src="/dist/widget/record-access-guide.js"></script></head>
        <body><main><h1>Meddygfa Glan-yr-Afon</h1><record-access-guide practice-name="Meddygfa Glan-yr-Afon" contact-phone="01632 960111"></record-access-guide></main></body></html>`,
    }),
  );
  await page.goto('/strict-csp-practice.html');
  await expect(heading(page)).toHaveText('Defnyddio eich meddygfa ar-lein');
  await reachNextSteps(page, { start: 'Dechrau nawr', next: 'Parhau', show: 'Dangos fy nghamau nesaf' });
  await expect(heading(page)).toHaveText('Eich camau nesaf');
  expect(await axeViolations(page)).toBe('');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const { name, text } = await downloadedText(page, 'Lawrlwytho’r rhestr hon');
  expect(name).toMatch(/^camau-nesaf-\d{4}-\d{2}-\d{2}\.txt$/);
  expect(text.split('\r\n').slice(0, 2)).toEqual(['Eich camau nesaf', 'Meddygfa Glan-yr-Afon']);
  expect(text).toContain('Gwnaed ar ');
  expect(text).toContain('   - print bras');
  expect(text).toContain('- Ffôn: 01632 960111');
  expect(requests.filter((url) => !url.startsWith('blob:'))).toEqual([]);
  expect(violations).toEqual([]);
});

test('printing the next steps hides every control and prints large black text, the practice and link addresses', async ({ page }, testInfo) => {
  await page.goto('/configured.html');
  await reachNextSteps(page);
  expect(await axeViolations(page)).toBe('');
  await expect(guide(page).getByRole('button', { name: 'Print this checklist' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  for (const selector of [
    '[part="back"]',
    '[part="quick-exit"]',
    '[part="listen"]',
    '[part="language-switch"]',
    '.start-again',
    '[part="print-button"]',
    '[part="download-button"]',
  ]) {
    await expect(guide(page).locator(selector), selector).toBeHidden();
  }
  await expect(guide(page).locator('[part="checklist"]')).toBeVisible();
  await expect(guide(page).locator('.print-practice')).toHaveText('Riverside Lane Medical Practice');
  await expect(guide(page).locator('.print-only')).toContainText(/Made on \d{1,2} \w+ \d{4}\./);
  await expect(guide(page).locator('.practice-details li')).toHaveText([
    'Practice code (ODS code): Y99999',
    'When to go in to register: Monday to Friday, 2pm to 4pm, at the front desk',
  ]);
  const look = await guide(page).evaluate((host) => ({ color: getComputedStyle(host).color, size: parseFloat(getComputedStyle(host).fontSize) }));
  expect(look.color).toBe('rgb(0, 0, 0)');
  expect(look.size).toBeGreaterThanOrEqual(18);
  const after = await guide(page)
    .locator('a[href="https://riverside-lane.example/contact"]')
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toBe('" (https://riverside-lane.example/contact)"');
  await page.screenshot({ path: testInfo.outputPath('next-steps-print.png'), fullPage: true });

  // Headless Chromium prints it: a real PDF of one page or more.
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  await testInfo.attach('next-steps.pdf', { body: pdf, contentType: 'application/pdf' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(1);
});
