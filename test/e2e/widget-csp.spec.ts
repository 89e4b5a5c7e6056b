/**
 * The guide under a strict Content-Security-Policy (no inline script or style, no eval, Trusted Types
 * required), sent as a real HTTP header by the demo server. Every `securitypolicyviolation` is recorded
 * from before any page script runs, and every console error; the whole journey, with every button the
 * guide offers pressed on every step, must produce none.
 */
import { expect, test, type Page } from '@playwright/test';

interface Recorded {
  violations: string[];
  steps: string[];
}

declare global {
  interface Window {
    __cspTest: Recorded;
  }
}

/** Records violations and step changes from the very start of the document, before any page script. */
async function recordFromStart(page: Page): Promise<string[]> {
  await page.addInitScript(() => {
    const recorded: Recorded = { violations: [], steps: [] };
    window.__cspTest = recorded;
    window.addEventListener(
      'securitypolicyviolation',
      (event) =>
        recorded.violations.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
        ),
      true,
    );
    document.addEventListener('rag-step-change', (event) => recorded.steps.push(String((event as Event & { step: unknown }).step)));
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    // The browser's own favicon request 404s on the demo server; it is not the page's doing.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  return consoleErrors;
}

const recorded = (page: Page): Promise<Recorded> => page.evaluate(() => window.__cspTest);

async function currentStep(page: Page): Promise<string> {
  const { steps } = await recorded(page);
  return steps[steps.length - 1] ?? 'start';
}

/**
 * Presses every button and download link the step offers that neither leaves the step nor the page
 * (Listen, the glossary terms, Print and Download, and whatever later features add), so each is exercised
 * under the policy. The language switch is left out so the journey stays in English; Welsh under this
 * policy is covered by widget-print.spec.ts.
 */
async function pressEverythingOnStep(page: Page): Promise<number> {
  const extras = page.locator(
    'record-access-guide button:not([type="submit"]):not(.back):not(.quick-exit):not(.link-button):not(.language-button), record-access-guide a[download]',
  );
  const count = await extras.count();
  for (let index = 0; index < count; index += 1) {
    const control = extras.nth(index);
    if (await control.isVisible()) await control.click();
  }
  return count;
}

/** The answers given on the way: the same values in any language. */
const ANSWERS: Record<string, string[]> = {
  who: ['myself'],
  age: ['16-plus'],
  services: ['record', 'prescriptions'],
  record: ['continue'],
  identity: ['no'],
};

async function submitAndWaitForNextStep(page: Page): Promise<void> {
  const before = (await recorded(page)).steps.length;
  await page.locator('record-access-guide button[type="submit"]').click();
  await expect.poll(async () => (await recorded(page)).steps.length).toBeGreaterThan(before);
}

test('the demo server sends the strict policy as a header: no unsafe-inline, no unsafe-eval, Trusted Types required', async ({ request }) => {
  const response = await request.get('/strict-csp.html');
  expect(response.status()).toBe(200);
  const policy = response.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("style-src 'self'");
  expect(policy).toContain("require-trusted-types-for 'script'");
  expect(policy).toContain('trusted-types lit-html');
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  // Only the strict demo page gets it; the other demo pages keep their inline demo styles.
  expect((await request.get('/')).headers()['content-security-policy']).toBeUndefined();
});

test('under a strict CSP the whole journey to the checklist, every button pressed, reports no violation', async ({ page }) => {
  const consoleErrors = await recordFromStart(page);
  await page.goto('/strict-csp.html');
  const guide = page.locator('record-access-guide');
  // The JSON block's reworded heading proves the block was read (a data block is not blocked or reported).
  await expect(guide.getByRole('heading', { level: 2, name: 'Use Hollin Brook online' })).toBeVisible();

  let pressed = await pressEverythingOnStep(page);
  await submitAndWaitForNextStep(page);
  // The error summary and its link to the first option.
  await page.locator('record-access-guide button[type="submit"]').click();
  await guide.locator('#error-summary a').click();
  await expect(guide.locator('input[value="myself"]')).toBeFocused();

  for (let guard = 0; guard < 20 && (await currentStep(page)) !== 'next-steps'; guard += 1) {
    const step = await currentStep(page);
    pressed += await pressEverythingOnStep(page);
    for (const value of ANSWERS[step] ?? []) await guide.locator(`input[value="${value}"]`).check();
    await submitAndWaitForNextStep(page);
  }
  expect(await currentStep(page)).toBe('next-steps');
  await expect(guide.locator('[part="checklist"]')).toContainText('Hollin Brook Health Centre');
  pressed += await pressEverythingOnStep(page);
  // Listen on every step, and the glossary terms on the record step, at the least.
  expect(pressed).toBeGreaterThan(10);
  expect((await recorded(page)).steps).toEqual(['who', 'age', 'services', 'record', 'identity', 'check', 'next-steps']);

  // Back to the start and out through "stop for now": the leaving question and the finished view.
  await guide.locator('.start-again').click();
  await guide.getByRole('button', { name: 'Yes, start again' }).click();
  await submitAndWaitForNextStep(page);
  await guide.locator('.stop .link-button').click();
  await expect.poll(() => currentStep(page)).toBe('leaving');
  await guide.locator('input[value="other"]').check();
  await page.locator('record-access-guide button[type="submit"]').click();
  await expect(guide.getByRole('heading', { level: 2, name: 'Thank you' })).toBeVisible();

  expect((await recorded(page)).violations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('the policy is really enforced: the same recorder catches a string written as HTML', async ({ page }) => {
  // Without this, a test that never saw a violation could not tell "none happened" from "none were reported".
  await recordFromStart(page);
  await page.goto('/strict-csp.html');
  await expect(page.locator('record-access-guide').getByRole('heading', { level: 2 })).toBeVisible();
  const refused = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>not trusted</b>';
      return false;
    } catch (error) {
      return error instanceof TypeError;
    }
  });
  expect(refused).toBe(true);
  await expect.poll(async () => (await recorded(page)).violations.join('\n')).toContain('require-trusted-types-for');
});
