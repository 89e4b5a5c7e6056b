/**
 * RAG-P-04: *Clear my answers* and *Start again* ask before they delete (#18 item 8). The question screen by
 * keyboard alone, in each locale: focus on its heading, "No" returns focus to the button pressed with nothing
 * lost, "Yes" deletes and focuses the confirmation; no axe violations with forced colours off and on; every
 * focus stop's indicator at least 3:1; no sideways scrolling at 320 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../e2e/support/axe.js';
import { focusStop } from './support/focus.js';
import { KeyboardWalk } from './support/guide.js';
import { applyLocale, LOCALES } from './support/locales.js';
import { forgetSavedAnswersOnLoad, guide, horizontalOverflow } from './support/screens.js';

test.beforeEach(({ page }) => forgetSavedAnswersOnLoad(page));

const WORDS = {
  'en-GB': { clear: 'Clear my answers', question: 'Are you sure you want to clear your answers?', no: 'No, go back', yes: 'Yes, clear my answers' },
  cy: { clear: 'Clirio fy atebion', question: 'Ydych chi’n siŵr eich bod eisiau clirio eich atebion?', no: 'Na, ewch yn ôl', yes: 'Ydw, cliriwch fy atebion' },
} as const;

/** The guide on its second step with one answer given (by clicks: the keyboard part is the question itself). */
async function onSecondStep(page: Page, locale: (typeof LOCALES)[number]): Promise<void> {
  await page.goto('/');
  await applyLocale(page, locale);
  await guide(page).locator('form button[type="submit"]').click();
  await guide(page).locator('input[value="myself"]').check();
  await guide(page).locator('form button[type="submit"]').click();
  await expect(guide(page).locator('input[value="16-plus"]')).toHaveCount(1);
}

const heading = (page: Page) => guide(page).locator('#step-heading');

for (const locale of LOCALES) {
  test(`RAG-P-04 (${locale}) "Clear my answers" asks first, by keyboard: focus on the question, "No" keeps everything and returns focus, "Yes" clears and confirms`, async ({
    page,
  }) => {
    const words = WORDS[locale];
    await onSecondStep(page, locale);
    const walk = new KeyboardWalk(page);
    await heading(page).focus();
    await walk.tabTo('age', words.clear, (stop) => stop.text === words.clear);
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText(words.question);
    expect((await focusStop(page))?.id, 'focus on the question').toBe('step-heading');
    expect(await axeViolations(page)).toBe('');
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await axeViolations(page)).toBe('');
    await walk.tabTo('question (forced colours)', words.yes, (stop) => stop.text === words.yes);
    await page.emulateMedia({ forcedColors: 'none' });
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await horizontalOverflow(page)).toBe(0);
    await page.setViewportSize({ width: 1280, height: 720 });

    await heading(page).focus();
    await walk.tabTo('question', words.no, (stop) => stop.text === words.no);
    await page.keyboard.press('Enter');
    await expect(guide(page).locator('input[value="16-plus"]')).toHaveCount(1);
    expect((await focusStop(page))?.text, 'focus back on the button pressed').toBe(words.clear);

    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText(words.question);
    await walk.tabTo('question', words.yes, (stop) => stop.text === words.yes);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focusStop(page))?.id, { message: 'focus on the cleared notice' }).toBe('storage-notice');
    expect(await axeViolations(page)).toBe('');
    expect(walk.failures, 'focus indicators under 3:1').toEqual([]);
  });
}
