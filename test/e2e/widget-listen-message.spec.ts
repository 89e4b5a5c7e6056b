/**
 * When Listen cannot read, a sighted patient sees why, on screen beside the button, not only in the live
 * region: no voice on the device, and Listen's speech file missing from the practice's site. The message is
 * judged as a person meets it on a 375 px phone: shown, on screen where they pressed, not covered by
 * anything, right under the button; and it goes once Listen works.
 *
 * Chromium speaks here with real espeak-ng voices (speech-dispatcher). For "no voice", the page is shown none
 * of them until the test "installs" them (getVoices answers [] until then), as on a device with none.
 * Control: on main, where the message was only announced, every "sees it" check here failed (no such element).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';
import { withRealVoices } from '../../scripts/speech-env.mjs';
import { VOICE_WAIT_MS } from '../../shared/speech/engine.js';
import { shortenTimersOf } from '../support/voice-wait.js';
import { axeViolations } from './support/axe.js';

test.use({
  viewport: { width: 375, height: 667 },
  launchOptions: withRealVoices({ executablePath: findChromium(), args: chromiumArgs }),
});
// speech-dispatcher takes seconds to start.
test.setTimeout(90_000);

const NO_VOICE = /^Read aloud needs a voice installed on this device, and none was found\./;
const FILE_MISSING = 'Sorry, Listen is not working on this page at the moment. Please try again later.';

/**
 * Hides the device's voices from the page until `installVoices` (a device with no voice, then one added). The
 * engine's own wait for voices (15 s) fires after 50 ms instead, as in the unit tests (test/support/voice-wait.ts):
 * the path is the product's own, without 15 s of waiting.
 */
async function startWithNoVoices(page: Page): Promise<void> {
  await page.addInitScript(shortenTimersOf, { waitMs: VOICE_WAIT_MS, firesAfterMs: 50 });
  await page.addInitScript(() => {
    const realGetVoices = SpeechSynthesis.prototype.getVoices;
    const state = { installed: false };
    Object.defineProperty(window, '__voicesForTest', { value: state });
    SpeechSynthesis.prototype.getVoices = function (this: SpeechSynthesis) {
      return state.installed ? realGetVoices.call(this) : [];
    };
  });
}

async function installVoices(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __voicesForTest: { installed: boolean } }).__voicesForTest.installed = true));
  await expect.poll(() => page.evaluate(() => speechSynthesis.getVoices().length), { timeout: 30_000 }).toBeGreaterThan(0);
}

/**
 * What a sighted person meets: the message is visible, on screen without scrolling from where they pressed,
 * not covered at its centre or corners, and directly under the Listen button, lined up with it.
 */
async function expectSeenBesideButton(page: Page, message: Locator, button: Locator): Promise<void> {
  await expect(message).toBeVisible();
  await expect(message).toBeInViewport();
  const seen = await message.evaluate((element) => {
    const root = element.getRootNode() as ShadowRoot;
    const box = element.getBoundingClientRect();
    const points = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + 2, box.top + 2],
      [box.right - 2, box.bottom - 2],
    ] as const;
    return points.map(([x, y]) => {
      const hit = root.elementFromPoint(x, y);
      return hit !== null && (hit === element || element.contains(hit))
        ? 'message'
        : `${hit?.nodeName ?? 'nothing'} at ${Math.round(x)},${Math.round(y)} of ${innerWidth}x${innerHeight}`;
    });
  });
  expect(seen, 'nothing covers the message').toEqual(['message', 'message', 'message']);
  const buttonBox = (await button.boundingBox())!;
  const messageBox = (await message.boundingBox())!;
  const gap = messageBox.y - (buttonBox.y + buttonBox.height);
  expect(gap, 'the message starts just under the button').toBeGreaterThanOrEqual(0);
  expect(gap, 'the message starts just under the button').toBeLessThanOrEqual(32);
  expect(Math.abs(messageBox.x - buttonBox.x), 'lined up with the button').toBeLessThanOrEqual(24);
}

test('no voice on the device: the reason is shown beside Listen, and goes once a voice is there and Listen reads', async ({ page }) => {
  await startWithNoVoices(page);
  await page.goto('/');
  const guide = page.locator('record-access-guide');
  const message = guide.locator('[part="listen-message"]');
  const listen = guide.locator('[part="listen"]');
  await expect(guide.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(message).toHaveCount(0);

  await listen.click();
  await expect(message).toHaveText(NO_VOICE);
  await expect(listen).toHaveText('Listen');
  await expectSeenBesideButton(page, message, listen);
  // Focus on the button reads the reason too.
  await expect(listen).toHaveAccessibleDescription(NO_VOICE);
  expect(await axeViolations(page)).toBe('');
  await page.screenshot({ path: test.info().outputPath('no-voice.png') });

  await installVoices(page);
  await listen.click();
  await expect(message).toHaveCount(0);
  await expect(listen).toHaveText('Stop listening');
  await expect.poll(() => page.evaluate(() => speechSynthesis.speaking), { timeout: 30_000 }).toBe(true);
  await expect(listen).not.toHaveAttribute('aria-describedby');
});

test('Listen’s speech file missing from the site: the reason is shown beside Listen without blaming the patient’s internet, and goes once the file is back', async ({
  page,
}) => {
  await page.goto('/');
  const guide = page.locator('record-access-guide');
  const message = guide.locator('[part="listen-message"]');
  const listen = guide.locator('[part="listen"]');
  await expect(guide.getByRole('heading', { level: 2 })).toBeVisible();
  await expect.poll(() => page.evaluate(() => speechSynthesis.getVoices().length), { timeout: 30_000 }).toBeGreaterThan(0);

  await page.route('**/dist/widget/parts/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await listen.click();
  await expect(message).toHaveText(FILE_MISSING);
  await expect(message).not.toContainText(/internet|connection/i);
  await expect(listen).toHaveText('Listen');
  await expectSeenBesideButton(page, message, listen);
  expect(await axeViolations(page)).toBe('');

  // The file is back (the practice fixed its site): pressed again on the same step, Listen reads and the message goes.
  await page.unroute('**/dist/widget/parts/**');
  await listen.click();
  await expect(listen).toHaveText('Stop listening');
  await expect.poll(() => page.evaluate(() => speechSynthesis.speaking), { timeout: 30_000 }).toBe(true);
  await expect(message).toHaveCount(0);
});

test('the message belongs to its step: moving on clears it', async ({ page }) => {
  await page.goto('/');
  const guide = page.locator('record-access-guide');
  await expect(guide.getByRole('heading', { level: 2 })).toBeVisible();
  await page.route('**/dist/widget/parts/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await guide.locator('[part="listen"]').click();
  const message = guide.locator('[part="listen-message"]');
  await expect(message).toHaveText(FILE_MISSING);
  await guide.getByRole('button', { name: 'Start now' }).click();
  await expect(guide.getByRole('heading', { level: 2, name: 'Who is this for?' })).toBeVisible();
  await expect(message).toHaveCount(0);
});

test('Welsh: the missing-file message is shown in Welsh beside Gwrando', async ({ page }) => {
  await page.goto('/');
  const guide = page.locator('record-access-guide');
  await guide.evaluate((element) => element.setAttribute('locale', 'cy'));
  await expect(guide.getByRole('heading', { level: 2, name: 'Defnyddio eich meddygfa ar-lein' })).toBeVisible();
  await page.route('**/dist/widget/parts/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  const listen = guide.locator('[part="listen"]');
  await listen.click();
  const message = guide.locator('[part="listen-message"]');
  await expect(message).toHaveText('Mae’n ddrwg gennym, nid yw Gwrando yn gweithio ar y dudalen hon ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen.');
  await expectSeenBesideButton(page, message, listen);
});
