/**
 * The guide on the demo practice pages, driven by keyboard alone as a patient would, against the built bundle.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe.js';

interface Focused {
  tag: string;
  id: string;
  type: string;
  value: string;
  text: string;
}

/** The element that has focus, looking inside the guide's shadow root. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return null;
    const input = active as HTMLInputElement;
    return {
      tag: active.tagName.toLowerCase(),
      id: active.id,
      type: input.type ?? '',
      value: input.value ?? '',
      text: active.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    };
  });
}

/** Presses Tab until the focused element matches, failing if it never does. */
async function tabTo(page: Page, description: string, matches: (f: Focused) => boolean): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now && matches(now)) return;
  }
  throw new Error(`Tab never reached ${description}`);
}

const option = (value: string) => (f: Focused) => f.tag === 'input' && f.value === value;
const button = (text: string) => (f: Focused) => f.tag === 'button' && f.text === text;

/** Ticks a checkbox or selects the first radio of a group with Space. */
async function select(page: Page, value: string): Promise<void> {
  await tabTo(page, `option ${value}`, option(value));
  await page.keyboard.press('Space');
}

/** Presses a button with Enter, then checks focus moved to the new step's heading. */
async function press(page: Page, label: string, nextHeading: string): Promise<void> {
  await tabTo(page, `the ${label} button`, button(label));
  await page.keyboard.press('Enter');
  const guide = page.locator('record-access-guide');
  await expect(guide.getByRole('heading', { level: 2, name: nextHeading })).toBeVisible();
  expect(await focused(page)).toMatchObject({ id: 'step-heading', text: nextHeading });
}

async function expectAnnounced(page: Page, text: string): Promise<void> {
  await expect(page.locator('record-access-guide').getByRole('status')).toHaveText(text);
}

test('keyboard only: a patient signing up for themselves reaches a checklist for the photo ID route in 8 screens', async ({ page }) => {
  await page.goto('/');
  const guide = page.locator('record-access-guide');
  await expect(guide.locator('[part="step-count"]'), 'no step count on the start page').toHaveCount(0);
  await press(page, 'Start now', 'Who is this for?');
  // The heading is read on focus; the live region says only where the patient is, without a total until it is certain.
  await expectAnnounced(page, 'Step 1');
  await select(page, 'myself');
  await press(page, 'Continue', 'How old are you?');
  await expectAnnounced(page, 'Step 2');
  await select(page, '16-plus');
  await press(page, 'Continue', 'What do you want to do online?');
  await select(page, 'record');
  await select(page, 'prescriptions');
  await press(page, 'Continue', 'What you will see in a GP record');
  await expectAnnounced(page, 'Step 4 of 7');
  await select(page, 'continue');
  await press(page, 'Continue', 'Proving who you are');
  await select(page, 'yes');
  await press(page, 'Continue', 'Check your answers');
  await press(page, 'Show my next steps', 'Your next steps');
  await expectAnnounced(page, 'Step 7 of 7');
  const checklist = guide.locator('[part="checklist"]');
  await expect(checklist).toContainText('choose to prove who you are with photo ID');
  await expect(checklist.getByRole('link', { name: 'NHS App on Google Play' })).toHaveAttribute(
    'href',
    'https://play.google.com/store/apps/details?id=com.nhs.online.nhsonline',
  );
  await expect(checklist).toContainText('easy read');
  expect(await axeViolations(page)).toBe('');
});

test('keyboard only: a parent of a young child, without photo ID, with the error summary on the way', async ({ page }) => {
  await page.goto('/');
  await press(page, 'Start now', 'Who is this for?');
  // Continue with nothing chosen: the error summary takes focus and its link leads to the first option.
  await tabTo(page, 'Continue', button('Continue'));
  await page.keyboard.press('Enter');
  expect(await focused(page)).toMatchObject({ id: 'error-summary' });
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Select who this is for' });
  await page.keyboard.press('Enter');
  expect(await focused(page)).toMatchObject({ tag: 'input', value: 'myself' });
  // Arrow keys move through the radios and select.
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toMatchObject({ value: 'child' });
  await press(page, 'Continue', 'How old is your child?');
  await tabTo(page, 'the first age', option('16-plus'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toMatchObject({ value: 'under-13' });
  await press(page, 'Continue', 'Using online services for your child');
  await expect(page.locator('record-access-guide')).toContainText('parental responsibility');
  await press(page, 'Continue', 'What do you want to do online?');
  await select(page, 'appointments');
  await press(page, 'Continue', 'Proving who you are');
  await tabTo(page, 'yes', option('yes'));
  await page.keyboard.press('ArrowDown');
  await press(page, 'Continue', 'Check your answers');
  await press(page, 'Show my next steps', 'Your next steps');
  const checklist = page.locator('record-access-guide').locator('[part="checklist"]');
  await expect(checklist).toContainText('Ask Oakmere Green Surgery for access to their record.');
  await expect(checklist).toContainText('proof that you are their parent or guardian');
  await expect(checklist).toContainText('If they are at another practice, ask that practice instead.');
  await expect(checklist).toContainText('choose to prove who you are without photo ID');
  await expect(checklist).toContainText('Always sign in as yourself, never as them.');
});

test('keyboard only: a carer of an adult who cannot agree and holds an LPA, who wants to talk to the practice first, changing an answer on the way', async ({
  page,
}) => {
  await page.goto('/configured.html');
  await press(page, 'Start now', 'Who is this for?');
  await tabTo(page, 'myself', option('myself'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toMatchObject({ value: 'adult' });
  await press(page, 'Continue', 'Using online services for another adult');
  await press(page, 'Continue', 'Can they agree to you having access?');
  await tabTo(page, 'yes', option('yes'));
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toMatchObject({ value: 'lpa' });
  await press(page, 'Continue', 'What do you want to do online?');
  await select(page, 'record');
  await press(page, 'Continue', 'What you will see in their GP record');
  await tabTo(page, 'carry on', option('continue'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toMatchObject({ value: 'talk' });
  await press(page, 'Continue', 'Proving who you are');
  await select(page, 'yes');
  await press(page, 'Continue', 'Check your answers');
  // Change the services answer, then come straight back to the check.
  await press(page, 'Change what you want to do', 'What do you want to do online?');
  await select(page, 'messages');
  await press(page, 'Continue', 'Check your answers');
  await expect(page.locator('record-access-guide').locator('.summary-row').nth(2)).toContainText('send and read messages with the practice');
  await press(page, 'Show my next steps', 'Your next steps');
  const checklist = page.locator('record-access-guide').locator('[part="checklist"]');
  await expect(checklist.locator('> li').first()).toContainText('Talk to Riverside Lane Medical Practice before you sign up.');
  await expect(checklist).toContainText('Take the health and welfare LPA');
  await expect(checklist).toContainText('When to go: Monday to Friday, 2pm to 4pm, at the front desk');
});

test('keyboard only: changing "who" on check your answers from Myself to My child walks the child’s age and the proxy step again', async ({ page }) => {
  await page.goto('/');
  await press(page, 'Start now', 'Who is this for?');
  await select(page, 'myself');
  await press(page, 'Continue', 'How old are you?');
  await select(page, '16-plus');
  await press(page, 'Continue', 'What do you want to do online?');
  await select(page, 'appointments');
  await press(page, 'Continue', 'Proving who you are');
  await select(page, 'yes');
  await press(page, 'Continue', 'Check your answers');
  await press(page, 'Change who it is for', 'Who is this for?');
  await tabTo(page, 'myself', option('myself'));
  await page.keyboard.press('ArrowDown');
  await press(page, 'Continue', 'How old is your child?');
  // The patient's own age is not reused as the child's.
  const ages = page.locator('record-access-guide').locator('input[name="age"]:checked');
  await expect(ages).toHaveCount(0);
  await select(page, '16-plus');
  await press(page, 'Continue', 'Using online services for your child');
  await press(page, 'Continue', 'Can your child agree to you having access?');
  await select(page, 'yes');
  await press(page, 'Continue', 'Check your answers');
  await expect(page.locator('record-access-guide').locator('.summary-list')).toContainText('My child');
});

test('the quick-exit button leaves at once by keyboard, replacing the page in history', async ({ page }) => {
  await page.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Weather</p>' }),
  );
  await page.goto('/portal/');
  await page.goto('/');
  await press(page, 'Start now', 'Who is this for?');
  await select(page, 'myself');
  await tabTo(page, 'the quick-exit button', button('Leave this page now'));
  await page.keyboard.press('Enter');
  await page.waitForURL('https://www.bbc.co.uk/weather');
  await page.goBack();
  expect(new URL(page.url()).pathname).toBe('/portal/');
});

test('a patient who stops part-way can say why, and is told where to get help', async ({ page }) => {
  await page.goto('/configured.html');
  const exits = page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        document.addEventListener('rag-exit', (e) => resolve(String((e as Event & { reason: unknown }).reason)), { once: true }),
      ),
  );
  await press(page, 'Start now', 'Who is this for?');
  await press(page, 'I want to stop for now', 'What is stopping you?');
  await select(page, 'cannot-register');
  await press(page, 'Finish', 'Thank you');
  expect(await exits).toBe('cannot-register');
  await expect(page.locator('record-access-guide')).toContainText('Riverside Lane Medical Practice can help you get online');
  // Help that fits the reason: without photo ID there is another way.
  await expect(page.locator('record-access-guide')).toContainText('Without photo ID, the practice can give you 3 details');
});

test('the fully configured demo shows its settings and reworded text, with no axe violations or console warnings', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  await page.goto('/configured.html');
  const guide = page.locator('record-access-guide');
  await expect(guide.getByRole('heading', { level: 2, name: 'Use Riverside Lane online' })).toBeVisible();
  await expect(guide).toContainText('send and read messages with the practice');
  await expect(guide).toContainText('Stuck? Ask Riverside Lane Medical Practice at the front desk');
  expect(await axeViolations(page)).toBe('');
  expect(warnings).toEqual([]);
});

test('in forced-colours mode the guide stays axe-clean and keyboard focus stays visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/configured.html');
  await press(page, 'Start now', 'Who is this for?');
  expect(await axeViolations(page)).toBe('');
  await tabTo(page, 'Continue', button('Continue'));
  const outline = await page.evaluate(() => {
    const guide = document.querySelector('record-access-guide');
    const active = guide?.shadowRoot?.activeElement;
    if (!active) return null;
    const style = getComputedStyle(active);
    return { style: style.outlineStyle, width: style.outlineWidth, color: style.outlineColor };
  });
  expect(outline?.style).toBe('solid');
  expect(outline?.width).toBe('3px');
  expect(outline?.color).not.toBe('rgba(0, 0, 0, 0)');
  await page.keyboard.press('Enter');
  expect(await axeViolations(page)).toBe('');
  // The remaining kinds of step: content, a question under its own heading, check answers, the checklist.
  const guide = page.locator('record-access-guide');
  const steps: [string, string[]][] = [
    ['Continue', ['myself']],
    ['Continue', ['16-plus']],
    ['Continue', ['record']],
    ['Continue', ['continue']],
    ['Continue', ['yes']],
    ['Show my next steps', []],
  ];
  for (const [label, values] of steps) {
    for (const value of values) await guide.locator(`input[value="${value}"]`).check();
    await guide.getByRole('button', { name: label, exact: true }).click();
    expect(await axeViolations(page), await guide.locator('#step-heading').innerText()).toBe('');
  }
});

test('every kind of step reflows at 320 CSS pixels without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/configured.html');
  const noOverflow = async (where: string) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, where).toBe(0);
  };
  const guide = page.locator('record-access-guide');
  await noOverflow('start');
  const steps: [string, string[]][] = [
    ['Start now', []],
    ['Continue', ['myself']],
    ['Continue', ['16-plus']],
    ['Continue', ['record']],
    ['Continue', ['continue']],
    ['Continue', ['no']],
    ['Show my next steps', []],
  ];
  for (const [label, values] of steps) {
    for (const value of values) await guide.locator(`input[value="${value}"]`).check();
    await guide.getByRole('button', { name: label, exact: true }).click();
    // With every disclosure open too: the record examples and the rest of the record step.
    await guide.evaluate((el) => el.shadowRoot?.querySelectorAll('details').forEach((details) => (details.open = true)));
    await noOverflow(await guide.locator('#step-heading').innerText());
  }
  await expect(guide.getByRole('heading', { level: 2, name: 'Your next steps' })).toBeVisible();
});
