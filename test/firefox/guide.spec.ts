/**
 * The guide in Firefox ESR, as a patient meets it on a practice website: keyboard only, checked with
 * axe, its saved progress kept across a reload, step history (Back pressed straight after Continue too),
 * Welsh loaded on demand, and Listen read aloud with a real speech-dispatcher voice. No extension is installed: the guide must stand on its own.
 */
import { expect, test } from '@playwright/test';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import type { AxeResults } from 'axe-core';
import { AXE_RUN_OPTIONS, formatViolations } from '../support/axe-rules.js';
import { readIndexedDbStoreInPage, recordHighlightsInPage, seenHighlightsInPage } from '../support/page-probes.js';
import { DEMO_ORIGIN } from './support/origin.js';
import { launchFirefox, open, SLOW, type FirefoxSession } from './support/firefox.js';

test.describe.configure({ mode: 'serial' });

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;
const HIGHLIGHT = 'record-access-guide-reading';

let session: FirefoxSession;
let page: Page;

test.beforeAll(async () => {
  test.setTimeout(SLOW * 2);
  session = await launchFirefox({ realVoices: true, install: false });
  page = await session.newPage();
});

test.afterAll(async () => {
  await session?.close();
});

/** What has focus, looking through the guide's shadow root. */
function focused(): Promise<{ tag: string; id: string; value: string; text: string } | null> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return null;
    return {
      tag: active.tagName.toLowerCase(),
      id: active.id,
      value: (active as HTMLInputElement).value ?? '',
      text: active.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    };
  });
}

/** The text of the first element matching `selector` inside the guide. */
const guideText = (selector: string): Promise<string> =>
  page.evaluate(
    (s: string) => document.querySelector('record-access-guide')?.shadowRoot?.querySelector(s)?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    selector,
  );

/**
 * Presses Tab (or Shift+Tab, for something above focus, as a person would) until focus is on what `matches`
 * describes. Tabbing past the end of the page would go into Firefox's own toolbar, so the direction matters.
 */
async function tabTo(
  description: string,
  matches: (f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean,
  direction: 'forward' | 'backward' = 'forward',
): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    if (direction === 'backward') await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    if (direction === 'backward') await page.keyboard.up('Shift');
    const now = await focused();
    if (now && matches(now)) return;
  }
  throw new Error(`Tab never reached ${description}`);
}

async function select(value: string): Promise<void> {
  await tabTo(`option ${value}`, (f) => f.tag === 'input' && f.value === value);
  await page.keyboard.press(' ');
}

/** Presses a button with Enter and checks that focus moved to the next step's heading. */
async function press(label: string, nextHeading: string, direction: 'forward' | 'backward' = 'forward'): Promise<void> {
  await tabTo(`the ${label} button`, (f) => f.tag === 'button' && f.text === label, direction);
  await page.keyboard.press('Enter');
  await page
    .waitForFunction(
      (heading: string) => document.querySelector('record-access-guide')?.shadowRoot?.querySelector('#step-heading')?.textContent?.trim() === heading,
      { timeout: SLOW, polling: 50 },
      nextHeading,
    )
    .catch(async (error: unknown) => {
      throw new Error(`After ${label}, expected "${nextHeading}" but the heading is "${await guideText('#step-heading')}"`, { cause: error });
    });
  expect(await focused()).toMatchObject({ id: 'step-heading', text: nextHeading });
}

/** axe-core in Firefox, with the project's one configuration; returns the readable report ('' when clean). */
async function axeReport(): Promise<string> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = (await page.evaluate(
    (options: unknown) => (window as unknown as { axe: { run(c: Document, o: unknown): Promise<unknown> } }).axe.run(document, options),
    AXE_RUN_OPTIONS as unknown,
  )) as AxeResults;
  return formatViolations(results);
}

/** Starts a visit with no saved answers, as a new patient would arrive. */
async function freshVisit(path = '/'): Promise<void> {
  await open(page, `${DEMO_ORIGIN}${path}`);
  await page.evaluate(
    () =>
      new Promise((resolve) => Object.assign(indexedDB.deleteDatabase('record-access-guide'), { onsuccess: resolve, onerror: resolve, onblocked: resolve })),
  );
  await open(page, `${DEMO_ORIGIN}${path}`);
  await page.waitForFunction(() => document.querySelector('record-access-guide')?.shadowRoot?.querySelector('#step-heading') != null, { timeout: SLOW });
}

test('keyboard only, a patient signing up for themselves reaches their checklist; axe finds nothing on any step', async () => {
  await freshVisit();
  const violations: Record<string, string> = {};
  /** Checks the step now shown, keeping what axe found under its heading (all steps are checked before failing). */
  const checkStep = async () => {
    const report = await axeReport();
    if (report !== '') violations[await guideText('#step-heading')] = report;
  };
  await checkStep();
  // Each screen: what to choose on it, the button that moves on, and the heading that comes next.
  const journey: [choose: string | null, button: string, next: string][] = [
    [null, 'Start now', 'Who is this for?'],
    ['myself', 'Continue', 'How old are you?'],
    ['16-plus', 'Continue', 'What do you want to do online?'],
    ['record', 'Continue', 'What you will see in a GP record'],
    ['continue', 'Continue', 'Proving who you are'],
    ['yes', 'Continue', 'Check your answers'],
    [null, 'Show my next steps', 'Your next steps'],
  ];
  for (const [choose, button, next] of journey) {
    if (choose !== null) await select(choose);
    await press(button, next);
    await checkStep();
  }
  expect(await guideText('[part="checklist"]')).toContain('choose to prove who you are with photo ID');
  expect(violations).toEqual({});
});

test('saved progress: after a reload Firefox offers to continue, and the answers are still there', async () => {
  await freshVisit();
  await press('Start now', 'Who is this for?');
  await select('myself');
  await press('Continue', 'How old are you?');
  // The answer is saved once the step has changed; reload as a patient whose tab was closed would.
  await expect
    .poll(async () => JSON.stringify(await page.evaluate(readIndexedDbStoreInPage, { database: 'record-access-guide', store: 'progress' })), { timeout: SLOW })
    .toContain('"current":"age"');
  await open(page, `${DEMO_ORIGIN}/`);
  await page.waitForFunction(
    () =>
      document.querySelector('record-access-guide')?.shadowRoot?.querySelector('#step-heading')?.textContent?.trim() ===
      'Do you want to continue where you left off?',
    { timeout: SLOW, polling: 50 },
  );
  expect(await axeReport()).toBe('');
  await press('Continue where you left off', 'How old are you?');
  // Back (above the heading) to "Who is this for?": the answer given before the reload is still chosen.
  await press('Back', 'Who is this for?', 'backward');
  expect(
    await page.evaluate(() => document.querySelector('record-access-guide')?.shadowRoot?.querySelector<HTMLInputElement>('input[value="myself"]')?.checked),
  ).toBe(true);
});

const QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';

const heading = (): Promise<string> => guideText('#step-heading');
const until = (check: () => Promise<boolean>) => expect.poll(check, { timeout: SLOW }).toBe(true);

/** A fresh visit to the guide's page with another page of the site before it in this tab's history. */
async function openGuideAfterAnotherPage(): Promise<void> {
  await freshVisit();
  await open(page, `${DEMO_ORIGIN}/configured.html`);
  await open(page, `${DEMO_ORIGIN}/`);
  await page.waitForFunction(() => document.querySelector('record-access-guide')?.shadowRoot?.querySelector('#step-heading') != null, { timeout: SLOW });
}

test('step history in Firefox: Back and Forward move between steps, and quick exit leaves no way Back into the guide', async () => {
  await openGuideAfterAnotherPage();
  // The other site must be https (a webmaster's http address is refused); there is no internet here, so
  // Firefox shows its error page for it.
  await page.evaluate((url: string) => document.querySelector('record-access-guide')?.setAttribute('quick-exit-url', url), QUICK_EXIT_URL);
  await press('Start now', 'Who is this for?');
  await select('myself');
  await press('Continue', 'How old are you?');
  await page.goBack();
  await until(async () => (await heading()) === 'Who is this for?');
  await page.goForward();
  await until(async () => (await heading()) === 'How old are you?');
  expect(page.url()).toBe(`${DEMO_ORIGIN}/`);

  await page.evaluate(() => document.querySelector('record-access-guide')?.shadowRoot?.querySelector<HTMLButtonElement>('[part="quick-exit"]')?.click());
  // Left the practice's site (Firefox's error page for the unreachable address has an about: URL of its own).
  await until(async () => !page.url().startsWith(DEMO_ORIGIN));
  await page.goBack();
  await until(async () => page.url() === `${DEMO_ORIGIN}/configured.html`);
});

/** Presses a button with Enter, then the browser's Back at once: no wait for the next step to render or paint. */
async function pressThenBack(label: string): Promise<void> {
  await tabTo(`the ${label} button`, (f) => f.tag === 'button' && f.text === label);
  await page.keyboard.press('Enter');
  await page.goBack();
}

test('Back pressed straight after Start now or Continue goes back exactly one step, with a refused quick-exit address set after load', async () => {
  await openGuideAfterAnotherPage();
  // An http address is refused (https only): the guide keeps its default and says so in the console.
  await page.evaluate(() => document.querySelector('record-access-guide')?.setAttribute('quick-exit-url', 'http://www.bbc.co.uk/weather'));
  // From the first step: Back returns to it, not to the page before.
  await pressThenBack('Start now');
  await until(async () => (await heading()) === 'Use your GP practice online');
  expect(page.url()).toBe(`${DEMO_ORIGIN}/`);
  await page.goForward();
  await until(async () => (await heading()) === 'Who is this for?');
  await select('myself');
  await press('Continue', 'How old are you?');
  await select('16-plus');
  // Two steps in: Back goes to the step just left, not the one before it; Forward and Back still move a step.
  await pressThenBack('Continue');
  await until(async () => (await heading()) === 'How old are you?');
  await page.goBack();
  await until(async () => (await heading()) === 'Who is this for?');
  await page.goForward();
  await until(async () => (await heading()) === 'How old are you?');
  expect(page.url()).toBe(`${DEMO_ORIGIN}/`);
});

test('Cymraeg: the Welsh text loads on demand and the guide says which language it is in', async () => {
  await freshVisit();
  await tabTo('the language switch', (f) => f.tag === 'button' && f.text.includes('Cymraeg'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('record-access-guide')?.shadowRoot?.querySelector('.base')?.getAttribute('lang') === 'cy', {
    timeout: SLOW,
    polling: 50,
  });
  expect(await guideText('#step-heading')).toBe('Defnyddio eich meddygfa ar-lein');
  expect(await axeReport()).toBe('');
});

test('Listen reads the step with a real Firefox voice, the highlight moving sentence by sentence, then says it has finished', async () => {
  test.setTimeout(SLOW * 3);
  await freshVisit();
  // A patient's first Listen in this Firefox: its speech-dispatcher voices are not listed yet (they arrive
  // seconds after a page first asks), and the guide must wait for them rather than say there are none.
  // Nothing here asks for the voices (that would start the listing early); a listener only notes when they come.
  await page.evaluate(() =>
    speechSynthesis.addEventListener('voiceschanged', () => Object.assign(window, { voicesListedAt: performance.now() }), { once: true }),
  );
  await press('Start now', 'Who is this for?');
  await page.evaluate(recordHighlightsInPage, HIGHLIGHT);
  // Listen sits above the heading, which has focus: Shift+Tab, as a person would.
  await tabTo('Listen', (f) => f.tag === 'button' && f.text === 'Listen', 'backward');
  await page.evaluate(() => Object.assign(window, { listenPressedAt: performance.now() }));
  await page.keyboard.press('Enter');
  await page
    .waitForFunction(
      () => document.querySelector('record-access-guide')?.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim() === 'Finished reading this step.',
      { timeout: SLOW * 2, polling: 50 },
    )
    .catch(async (error: unknown) => {
      const state = await page.evaluate(() => ({
        status: document.querySelector('record-access-guide')?.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim(),
        seen: (window as unknown as { seenHighlights?: string[] }).seenHighlights,
        voices: speechSynthesis.getVoices().length,
      }));
      throw new Error(`Listen did not finish: ${JSON.stringify(state)}`, { cause: error });
    });
  const seen = await page.evaluate(seenHighlightsInPage);
  // The voices were listed only after Listen was pressed: the guide waited for them (the cold path was tested).
  const timing = await page.evaluate(() => {
    const w = window as unknown as { voicesListedAt?: number; listenPressedAt: number };
    return { voicesListedAt: w.voicesListedAt ?? null, listenPressedAt: w.listenPressedAt };
  });
  console.log(`Firefox listed its voices ${Math.round((timing.voicesListedAt ?? NaN) - timing.listenPressedAt)} ms after Listen was pressed`);
  expect(timing.voicesListedAt).toBeGreaterThan(timing.listenPressedAt);
  expect(seen[0]).toBe('Who is this for?');
  expect(seen.length).toBeGreaterThan(2);
  expect(await page.evaluate((name: string) => CSS.highlights.has(name), HIGHLIGHT)).toBe(false);
});
