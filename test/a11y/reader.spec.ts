/**
 * The document reader page (extension/reader), with a tagged PDF open (headings, a table, the original
 * page): axe in every colour theme, with forced colours off and on, at 320 px and desktop width; no
 * sideways scrolling at 320 px; and the page operated by keyboard alone, focus visible on each control.
 */
import { expect, test } from '../e2e/support/extension.js';
import { openFile, openReader, settled } from '../e2e/support/reader.js';
import { storeSettings } from '../e2e/support/settings.js';
import { axeFindings } from '../e2e/support/axe.js';
import { horizontalOverflow } from './support/screens.js';
import { EXTENSION_THEMES, WIDTHS } from './support/matrix.js';

// Its tests change only what the shared browser's reset puts back (e2e/support/extension.ts).
test.use({ shareExtensionBrowser: true });

test('reader page: no axe violations with a document open, in every colour theme, forced colours off and on, at 320 px and desktop; no sideways scrolling at 320 px', async ({
  extension,
}) => {
  const problems: string[] = [];
  for (const theme of EXTENSION_THEMES) {
    await storeSettings(extension, { global: { ...theme, explainTerms: true } });
    const page = await openReader(extension);
    await openFile(page, 'discharge-summary.pdf');
    expect(await settled(page)).toBe('ready');
    await expect(page.locator('#original-view canvas')).toBeVisible();
    for (const forcedColors of ['none', 'active'] as const) {
      await page.emulateMedia({ forcedColors });
      for (const { name, viewport } of WIDTHS) {
        await page.setViewportSize(viewport);
        const where = `theme ${theme.colourTheme}, forced colours ${forcedColors}, ${name}`;
        const findings = await axeFindings(page);
        if (findings.report) problems.push(`${where}:\n${findings.report}`);
        if (viewport.width === 320) {
          const overflow = await horizontalOverflow(page);
          if (overflow > 0) problems.push(`${where}: scrolls sideways by ${overflow} px`);
        }
      }
    }
    await page.close();
  }
  expect(problems.join('\n\n')).toBe('');
});

test('reader page: a document is opened, read and paged through by keyboard alone, with visible focus', async ({ extension }) => {
  const page = await openReader(extension);
  // Tab order starts with the skip link, then the file chooser (a real file input, its label showing focus).
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the document text' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#file')).toBeFocused();
  const outline = await page.locator('label[for="file"]').evaluate((label) => getComputedStyle(label).outlineStyle);
  expect(outline).toBe('solid');
  await openFile(page, 'ten-pages.pdf');
  expect(await settled(page)).toBe('ready');
  // Every toolbar control is reached by Tab, each with a visible outline.
  const reached: string[] = [];
  for (let i = 0; i < 20; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el
        ? {
            text: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.id,
            outline: getComputedStyle(el).outlineStyle,
            disabled: (el as HTMLButtonElement).disabled,
          }
        : null;
    });
    if (!stop) break;
    reached.push(stop.text);
    expect(stop.outline, `focus outline on ${stop.text}`).not.toBe('none');
    if (stop.text === 'Zoom in to the original') break;
  }
  expect(reached).toEqual(
    expect.arrayContaining(['Read aloud', 'Read from here', 'Next page', 'Go', 'Original page', 'Zoom out of the original', 'Zoom in to the original']),
  );
  await page.getByRole('button', { name: 'Next page' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#page-2')).toBeFocused();
  await page.keyboard.press('Space');
});
