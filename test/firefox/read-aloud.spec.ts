/**
 * Read aloud in Firefox ESR with real voices: speech-dispatcher with espeak-ng, played to a null audio
 * device. Firefox lists these voices as not local (`localService: false`, URIs `urn:moz-tts:speechd:`);
 * the extension must still find one, read with it, and move the sentence highlight on the page.
 */
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { recordHighlightsInPage, seenHighlightsInPage } from '../support/page-probes.js';
import { DEMO_ORIGIN } from './support/origin.js';
import { allowSites, extensionErrors, launchFirefox, open, openPopupOver, SLOW, type FirefoxSession } from './support/firefox.js';

test.describe.configure({ mode: 'serial' });

const HIGHLIGHT = 'record-access-reading';
const BAR = '[data-record-access-aids-read-aloud]';

let session: FirefoxSession;

test.beforeAll(async () => {
  test.setTimeout(SLOW * 2);
  session = await launchFirefox({ realVoices: true });
  await allowSites(session, ['http://127.0.0.1/*']);
});

test.afterAll(async () => {
  await session?.close();
});

const recordHighlights = (page: Page): Promise<void> => page.evaluate(recordHighlightsInPage, HIGHLIGHT);
const seenHighlights = (page: Page): Promise<string[]> => page.evaluate(seenHighlightsInPage);
const barState = (page: Page): Promise<string | null> =>
  page.evaluate((selector: string) => document.querySelector(selector)?.getAttribute('data-state') ?? null, BAR);
const barStatus = (page: Page): Promise<string> =>
  page.evaluate((selector: string) => document.querySelector(selector)?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '', BAR);

test('what Firefox lists: speech-dispatcher voices, all reported as not local', async () => {
  const page = await session.newPage();
  await open(page, `${DEMO_ORIGIN}/portal/`);
  await expect.poll(() => page.evaluate(() => speechSynthesis.getVoices().length), { timeout: SLOW }).toBeGreaterThan(0);
  const voices = await page.evaluate(() => {
    const all = speechSynthesis.getVoices();
    return {
      count: all.length,
      local: all.filter((v) => v.localService).length,
      speechd: all.filter((v) => v.voiceURI.startsWith('urn:moz-tts:speechd:')).length,
      english: all.some((v) => v.lang === 'en-GB'),
    };
  });
  console.log(`Firefox lists ${voices.count} voices: ${voices.speechd} from speech-dispatcher, ${voices.local} reported local`);
  // If Firefox starts reporting them as local, or lists other voices, SECURITY.md's account must be revisited.
  expect(voices.speechd).toBe(voices.count);
  expect(voices.local).toBe(0);
  expect(voices.english).toBe(true);
  await page.close();
});

test('Read page from the popup reads the main content with a real voice, the highlight moving sentence by sentence; Stop removes it all', async () => {
  const portal = await session.newPage();
  await open(portal, `${DEMO_ORIGIN}/portal/medicines.html`);
  await expect.poll(() => portal.evaluate(() => speechSynthesis.getVoices().length), { timeout: SLOW }).toBeGreaterThan(0);
  await recordHighlights(portal);
  const popup = await openPopupOver(session, portal);
  await popup.waitForFunction(() => !document.querySelector('rak-popup')?.shadowRoot?.querySelector<HTMLButtonElement>('.read-aloud button')?.disabled, {
    timeout: SLOW,
    // On a timer: the popup is a tab behind the page, where Firefox runs no animation frames.
    polling: 100,
  });
  await popup.click('>>> .read-aloud button');

  // The bar says what it is doing: never "could not be read aloud" (the engine lost its methods) or "needs a voice" (none found).
  await expect.poll(() => barState(portal), { timeout: SLOW }).toBe('playing');
  await expect
    .poll(async () => (await seenHighlights(portal)).slice(0, 3), { timeout: SLOW })
    .toEqual(['Medicines', 'Alex Sample · Date of birth 02-Mar-1961 · NHS number 999 000 0000 (a test number)', 'Repeat medicines']);
  expect(await barStatus(portal)).not.toMatch(/could not|needs a voice/);

  const stop = await portal.evaluateHandle(
    (selector: string) => [...(document.querySelector(selector)?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === 'Stop')!,
    BAR,
  );
  await (stop as import('puppeteer-core').ElementHandle<HTMLButtonElement>).click();
  await expect.poll(() => portal.evaluate((selector: string) => document.querySelectorAll(selector).length, BAR), { timeout: SLOW }).toBe(0);
  expect(await portal.evaluate(() => CSS.highlights.size)).toBe(0);
  await expect.poll(() => portal.evaluate(() => speechSynthesis.speaking), { timeout: SLOW }).toBe(false);
  await popup.close();
  await portal.close();
});

test('explain terms from the popup marks the medical abbreviations on the page, and switching it off removes the marks', async () => {
  const portal = await session.newPage();
  await open(portal, `${DEMO_ORIGIN}/portal/consultations.html`);
  const popup = await openPopupOver(session, portal);
  await popup.click('>>> #explainTerms');
  const marked = (): Promise<number> => portal.evaluate(() => CSS.highlights.get('record-access-terms')?.size ?? 0);
  await expect.poll(marked, { timeout: SLOW }).toBeGreaterThan(3);
  await popup.click('>>> #explainTerms');
  await expect.poll(marked, { timeout: SLOW }).toBe(0);
  await popup.close();
  await portal.close();
});

test('no errors from the extension in Firefox’s console, not even when a popup closes mid-request', async () => {
  expect(await extensionErrors(session)).toEqual([]);
});
