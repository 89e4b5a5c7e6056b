/**
 * The guide embedded in an NHS.UK-styled practice page (the real nhsuk-frontend CSS), in real Chromium at a
 * 375px phone size: quick exit leaves no way Back (after the page's skip link and its own pushState too),
 * browser Back/Forward between steps (Back pressed straight after Continue too), reload returning to the step,
 * step-history="off", quick exit from frames, the self-closing tag, the webmaster's console warnings (a
 * file:// page too), and the entry under another name or as one file (issue 18).
 *
 * Test pages are answered by page.route on the demo origin (the demo server only serves demo/ and dist/), so
 * they load the real build from /dist/ exactly as a practice page would. The quick-exit site is routed too:
 * there is no internet here.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { readIndexedDbStoreInPage } from '../support/page-probes.js';

const nhsukCss = readFile(new URL('../../node_modules/nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css', import.meta.url), 'utf8');
const EXIT_URL = 'https://www.bbc.co.uk/weather';

interface PracticePage {
  /** Attributes on the guide element. */
  attributes?: string;
  /** The script tag's type attribute (a webmaster may forget it). */
  scriptType?: string;
  /** Markup placed where the guide goes, instead of the usual element. */
  guideMarkup?: string;
}

/** An NHS.UK-styled practice page with a skip link to #main and the guide inside main. */
function practiceHtml(options: PracticePage = {}): string {
  const type = options.scriptType === undefined ? ' type="module"' : options.scriptType;
  const guide =
    options.guideMarkup ??
    `<record-access-guide practice-name="Oakmere Green Surgery" contact-phone="01632 960000" quick-exit-url="${EXIT_URL}" ${options.attributes ?? ''}></record-access-guide>`;
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Online services - Oakmere Green Surgery</title>
<link rel="stylesheet" href="/embed-test/nhsuk.css">
<script${type} src="/dist/widget/record-access-guide.js"></script>
</head><body>
<a class="nhsuk-skip-link" href="#main">Skip to main content</a>
<header class="nhsuk-header"><div class="nhsuk-width-container"><p class="nhsuk-header__service-name">Oakmere Green Surgery</p></div></header>
<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="main" tabindex="-1">
<h1 class="nhsuk-heading-xl">Use our online services</h1>
${guide}
<p id="after-guide">Opening hours: 8am to 6:30pm, Monday to Friday.</p>
</main></div></body></html>`;
}

/** Serves the practice pages, the NHS.UK CSS, a plain page before them, and the quick-exit site. */
async function serve(page: Page, pages: Record<string, string>): Promise<void> {
  await page.route(/\/embed-test\//, async (route) => {
    const path = new URL(route.request().url()).pathname.replace('/embed-test/', '');
    if (path === 'nhsuk.css') return route.fulfill({ contentType: 'text/css', body: await nhsukCss });
    if (path === 'before.html') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Search results</title><h1>Search results</h1>' });
    const body = pages[path];
    return body === undefined ? route.fulfill({ status: 404, body: 'not found' }) : route.fulfill({ contentType: 'text/html', body });
  });
  await page.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
}

const guide = (page: Page) => page.locator('record-access-guide');
const heading = (page: Page, name: string) => guide(page).getByRole('heading', { level: 2, name });

async function next(page: Page, button: string, nextHeading: string): Promise<void> {
  await guide(page).getByRole('button', { name: button, exact: true }).click();
  await expect(heading(page, nextHeading)).toBeVisible();
}

/** Start now, then two steps in: "Who" -> "How old" -> "What do you want to do online?". */
async function walkThreeSteps(page: Page): Promise<void> {
  await next(page, 'Start now', 'Who is this for?');
  await guide(page).locator('input[value="myself"]').check();
  await next(page, 'Continue', 'How old are you?');
  await guide(page).locator('input[value="16-plus"]').check();
  await next(page, 'Continue', 'What do you want to do online?');
}

test.use({ viewport: { width: 375, height: 667 } });

test('quick exit leaves no way Back into the guide, after the skip link and the page’s own pushState', async ({ page }) => {
  await serve(page, { 'practice.html': practiceHtml() });
  await page.goto('/embed-test/before.html');
  await page.goto('/embed-test/practice.html');
  await expect(heading(page, 'Use your GP practice online')).toBeVisible();
  // The page's own entries: its skip link (a #main fragment entry) and its own routing.
  await page.getByRole('link', { name: 'Skip to main content' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.evaluate(() => history.pushState({ practiceTab: 'online' }, '', '/embed-test/practice.html?tab=online'));
  await walkThreeSteps(page);

  await guide(page).getByRole('button', { name: 'Leave this page now' }).click();
  await expect(page).toHaveURL(EXIT_URL);
  await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible();

  // Back from the other site goes to the page before the practice's, never to the guide's page.
  await page.goBack();
  await expect(page).toHaveURL(/\/embed-test\/before\.html$/);
  await expect(page.getByRole('heading', { name: 'Search results' })).toBeVisible();
  // And Forward from there goes to the other site, not to the guide's page either.
  await page.goForward();
  await expect(page).toHaveURL(EXIT_URL);
});

test('browser Back and Forward move between steps, a reload returns to the step, the page’s anchors still work', async ({ page }) => {
  await serve(page, { 'practice.html': practiceHtml() });
  await page.goto('/embed-test/practice.html');
  await walkThreeSteps(page);
  const url = page.url();

  await page.goBack();
  await expect(heading(page, 'How old are you?')).toBeVisible();
  await expect(guide(page).locator('input[value="16-plus"]')).toBeChecked();
  await page.goBack();
  await expect(heading(page, 'Who is this for?')).toBeVisible();
  await page.goForward();
  await expect(heading(page, 'How old are you?')).toBeVisible();
  expect(page.url(), 'the URL never changes for a step').toBe(url);
  // The guide's own Back link goes through the same entries, and shows the answer given too.
  await guide(page).locator('[part="back"]').click();
  await expect(heading(page, 'Who is this for?')).toBeVisible();
  await expect(guide(page).locator('input[value="myself"]')).toBeChecked();
  await page.goForward();
  await expect(heading(page, 'How old are you?')).toBeVisible();

  // The step is saved (IndexedDB) a moment after it shows: reload once it is, as a patient would. A reload
  // within those milliseconds finds the step before saved and offers to continue instead (once under load).
  await expect
    .poll(async () => JSON.stringify(await page.evaluate(readIndexedDbStoreInPage, { database: 'record-access-guide', store: 'progress' })))
    .toContain('"current":"age"');
  await page.reload();
  await expect(heading(page, 'How old are you?')).toBeVisible();
  await expect(guide(page).locator('input[value="16-plus"]')).toBeChecked();

  // The page's own skip link still moves to #main and Back undoes it without moving the guide.
  await page.getByRole('link', { name: 'Skip to main content' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('#main')).toBeFocused();
  await page.goBack();
  await expect(page).not.toHaveURL(/#main$/);
  await expect(heading(page, 'How old are you?')).toBeVisible();
});

test('browser Back pressed straight after Start now or Continue goes back exactly one step, never off the page', async ({ page }) => {
  await serve(page, { 'practice.html': practiceHtml() });
  await page.goto('/embed-test/before.html');
  await page.goto('/embed-test/practice.html');
  await expect(heading(page, 'Use your GP practice online')).toBeVisible();
  // A quick-exit address the guide refuses (http), set after load: in Firefox this once seemed to stop Back working.
  await guide(page).evaluate((element) => element.setAttribute('quick-exit-url', 'http://www.bbc.co.uk/weather'));
  /** Presses the button (Enter), then the browser's Back at once: no wait for the next step to render or paint. */
  const pressThenBack = async (button: string) => {
    await guide(page).getByRole('button', { name: button, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.goBack();
  };

  // From the guide's first step: Back returns to it, not to the page before the practice's.
  await pressThenBack('Start now');
  await expect(heading(page, 'Use your GP practice online')).toBeVisible();
  await expect(page).toHaveURL(/\/embed-test\/practice\.html$/);
  await page.goForward();
  await expect(heading(page, 'Who is this for?')).toBeVisible();

  // Two steps in: Back goes to the step just left, with its answer, not the one before it.
  await guide(page).locator('input[value="myself"]').check();
  await next(page, 'Continue', 'How old are you?');
  await guide(page).locator('input[value="16-plus"]').check();
  await pressThenBack('Continue');
  await expect(heading(page, 'How old are you?')).toBeVisible();
  await expect(guide(page).locator('input[value="16-plus"]')).toBeChecked();
  await page.goBack();
  await expect(heading(page, 'Who is this for?')).toBeVisible();
  await expect(guide(page).locator('input[value="myself"]')).toBeChecked();
});

test('steps taken before the step-history code arrived (a slow network): browser Back goes one step back, not off the page', async ({ page }) => {
  await serve(page, { 'practice.html': practiceHtml() });
  // The part holding step history, fetched beside the first render, arrives only when the test lets it.
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/dist\/widget\/parts\/after-first-render-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('/embed-test/before.html');
  await page.goto('/embed-test/practice.html');
  await next(page, 'Start now', 'Who is this for?');
  await guide(page).locator('input[value="myself"]').check();
  await next(page, 'Continue', 'How old are you?');
  const entries = await page.evaluate(() => history.length);
  release();
  // The step on screen gets its entry once the part has run (on the old code it never did: Back left the page).
  await expect.poll(() => page.evaluate(() => history.length)).toBe(entries + 1);

  await page.goBack();
  await expect(heading(page, 'Who is this for?')).toBeVisible();
  await expect(guide(page).locator('input[value="myself"]')).toBeChecked();
  await expect(page).toHaveURL(/\/embed-test\/practice\.html$/);
  await page.goForward();
  await expect(heading(page, 'How old are you?')).toBeVisible();
});

test('step-history="off" adds no history entries: Back leaves the page', async ({ page }) => {
  await serve(page, { 'practice.html': practiceHtml({ attributes: 'step-history="off"' }), 'on.html': practiceHtml() });
  // Control: the same walk with step history on adds entries.
  await page.goto('/embed-test/on.html');
  const lengthOn = await page.evaluate(() => history.length);
  await walkThreeSteps(page);
  expect(await page.evaluate(() => history.length)).toBeGreaterThan(lengthOn);

  await page.goto('/embed-test/before.html');
  await page.goto('/embed-test/practice.html');
  const length = await page.evaluate(() => history.length);
  await walkThreeSteps(page);
  expect(await page.evaluate(() => history.length)).toBe(length);
  await page.goBack();
  await expect(page).toHaveURL(/\/embed-test\/before\.html$/);
});

test('quick exit in a same-origin frame leaves the top page, with no way Back into it', async ({ page }) => {
  await serve(page, {
    'practice.html': practiceHtml(),
    'framed.html': `<!doctype html><html lang="en-GB"><title>Framed</title><h1>Practice</h1><iframe title="Guide" src="/embed-test/practice.html" style="width:360px;height:600px"></iframe></html>`,
  });
  await page.goto('/embed-test/before.html');
  await page.goto('/embed-test/framed.html');
  const frame = page.frameLocator('iframe');
  await frame.getByRole('button', { name: 'Start now' }).click();
  await expect(frame.getByRole('heading', { level: 2, name: 'Who is this for?' })).toBeVisible();
  await frame.getByRole('button', { name: 'Leave this page now' }).click();
  await expect(page).toHaveURL(EXIT_URL);
  await page.goBack();
  await expect(page).toHaveURL(/\/embed-test\/before\.html$/);
});

test('quick exit in a sandboxed frame without top navigation: the webmaster is warned at load, the patient told on the first press', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().includes('record-access-guide')) warnings.push(message.text());
  });
  await serve(page, {
    'practice.html': practiceHtml(),
    'sandboxed.html': `<!doctype html><html lang="en-GB"><title>Sandboxed</title><h1>Practice</h1><iframe title="Guide" sandbox="allow-scripts allow-same-origin" src="/embed-test/practice.html" style="width:360px;height:600px"></iframe></html>`,
  });
  await page.goto('/embed-test/sandboxed.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 2, name: 'Use your GP practice online' })).toBeVisible();
  await expect.poll(() => warnings.filter((text) => text.includes('allow-top-navigation')).length).toBe(1);

  await frame.getByRole('button', { name: 'Leave this page now' }).click();
  await expect(frame.getByRole('alert')).toContainText('close this tab or window now');
  expect(page.url()).toMatch(/\/embed-test\/sandboxed\.html$/);
  // Second press: the guide's frame leaves, at least.
  await frame.getByRole('button', { name: 'Leave this page now' }).click();
  await expect.poll(() => page.frames().some((f) => f.url() === EXIT_URL)).toBe(true);
});

test('a self-closing <record-access-guide /> keeps the following content visible and warns once', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await serve(page, {
    'practice.html': practiceHtml({
      guideMarkup: `<record-access-guide practice-name="Oakmere Green Surgery" contact-phone="01632 960000" quick-exit-url="${EXIT_URL}" />`,
    }),
  });
  await page.goto('/embed-test/practice.html');
  await expect(heading(page, 'Use your GP practice online')).toBeVisible();
  await expect(page.locator('#after-guide')).toBeVisible();
  expect(await page.evaluate(() => document.querySelector('record-access-guide')?.contains(document.getElementById('after-guide')))).toBe(false);
  expect(warnings.filter((text) => /self-closing|\/>/.test(text))).toHaveLength(1);
});

test('webmaster warnings: a misspelt attribute, an unknown {marker}, a missing type="module" each warn once; a correct embed warns none', async ({ page }) => {
  // Every console warning and error from the practice's own origin (the NHS.UK CSS asks for fonts from the internet, which is not here).
  const warnings: string[] = [];
  page.on('console', (message) => {
    const from = message.location().url;
    if ((message.type() === 'warning' || message.type() === 'error') && (from === '' || from.startsWith('http://127.0.0.1'))) warnings.push(message.text());
  });
  const settingsScript = (strings: string) => `<script>document.querySelector('record-access-guide').config = { strings: ${strings} };</script>`;
  await serve(page, {
    'correct.html': practiceHtml({
      guideMarkup: `<record-access-guide practice-name="Oakmere Green Surgery" contact-phone="01632 960000" quick-exit-url="${EXIT_URL}"></record-access-guide>${settingsScript('{ quickExit: "Leave now" }')}`,
    }),
    'misspelt.html': practiceHtml({ attributes: 'practise-name="Oakmere"' }),
    'marker.html': practiceHtml({
      guideMarkup: `<record-access-guide practice-name="Oakmere Green Surgery" contact-phone="01632 960000" quick-exit-url="${EXIT_URL}"></record-access-guide>${settingsScript('{ quickExit: "Leave {surgery} now" }')}`,
    }),
    'classic.html': practiceHtml({ scriptType: '' }),
  });
  await page.goto('/embed-test/correct.html');
  await expect(guide(page).getByRole('button', { name: 'Leave now' })).toBeVisible();
  await walkThreeSteps(page);
  expect(warnings, 'a correct embed gives no warnings').toEqual([]);

  const cases: [string, RegExp][] = [
    ['misspelt.html', /attribute "practise-name" is not a setting of the guide.*Did you mean "practice-name"\?/],
    ['marker.html', /strings\.quickExit: \{surgery\} is not filled in/],
    ['classic.html', /has no type="module"/],
  ];
  for (const [path, expected] of cases) {
    warnings.length = 0;
    await page.goto(`/embed-test/${path}`);
    await expect(guide(page).getByRole('heading', { level: 2 })).toBeVisible();
    await expect.poll(() => warnings.filter((text) => expected.test(text)).length, path).toBe(1);
    // Still once after the patient moves on (the checks run at load, not on each render).
    await next(page, 'Start now', 'Who is this for?');
    expect(warnings.filter((text) => expected.test(text)).length, path).toBe(1);
    expect(
      warnings.filter((text) => text.startsWith('record-access-guide:')),
      path,
    ).toHaveLength(1);
  }
});

test('after each Continue on a phone the step’s top (Back link and step count) is in view, with the heading focused', async ({ page }) => {
  // The visible height of a 375 x 667 phone's screen in its browser, under the address bar and toolbar.
  await page.setViewportSize({ width: 375, height: 553 });
  await serve(page, { 'practice.html': practiceHtml() });
  await page.goto('/embed-test/practice.html');
  await next(page, 'Start now', 'Who is this for?');
  // Each answer, then Continue pressed where a patient finds it, below the options.
  for (const [value, nextHeading] of [
    ['myself', 'How old are you?'],
    ['16-plus', 'What do you want to do online?'],
    ['record', 'What you will see in a GP record'],
  ] as const) {
    await guide(page).locator(`input[value="${value}"]`).check();
    const button = guide(page).getByRole('button', { name: 'Continue', exact: true });
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await expect(heading(page, nextHeading)).toBeFocused();
    await expect(guide(page).locator('[part="back"]'), nextHeading).toBeInViewport({ ratio: 1 });
    await expect(guide(page).locator('[part="step-count"]'), nextHeading).toBeInViewport({ ratio: 1 });
  }
});

/** Serves `file` from dist/widget/ (entry, parts/, locales/) at any path under `/embed-test/<folder>/`. */
async function serveBuildAt(page: Page, folder: string, files: (path: string) => string | null): Promise<void> {
  await page.route(new RegExp(`/embed-test/${folder}/`), async (route) => {
    const path = new URL(route.request().url()).pathname.replace(`/embed-test/${folder}/`, '');
    const file = files(path);
    if (file === null) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ contentType: 'text/javascript', body: await readFile(new URL(`../../dist/widget/${file}`, import.meta.url), 'utf8') });
  });
}

test('the entry renamed and placed elsewhere loads Listen’s part once, with no second copy of the entry', async ({ page }) => {
  await serve(page, {
    'practice.html': practiceHtml().replace('/dist/widget/record-access-guide.js', '/embed-test/js/practice-guide-v3.js'),
  });
  await serveBuildAt(page, 'js', (path) =>
    path === 'practice-guide-v3.js' ? 'record-access-guide.js' : /^(parts|locales)\/[\w-]+\.js$/.test(path) ? path : null,
  );
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/could not be loaded|could not be fetched|without its main script/.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('/embed-test/practice.html');
  await expect(heading(page, 'Use your GP practice online')).toBeVisible();
  await guide(page).getByRole('button', { name: 'Listen' }).click();
  await expect.poll(() => scripts.filter((path) => path.includes('/parts/listen-reader-')).length).toBe(1);
  await next(page, 'Start now', 'Who is this for?');
  expect(
    scripts.filter((path) => path.endsWith('/practice-guide-v3.js')),
    'the entry is fetched once',
  ).toHaveLength(1);
  expect(
    scripts.filter((path) => path.startsWith('/dist/') || path.endsWith('record-access-guide.js')),
    'nothing fetched by the original name',
  ).toEqual([]);
  // The parts fetched beside the first render found the entry too: the glossary links the record step's short forms.
  await guide(page).locator('input[value="myself"]').check();
  await next(page, 'Continue', 'How old are you?');
  await guide(page).locator('input[value="16-plus"]').check();
  await next(page, 'Continue', 'What do you want to do online?');
  await guide(page).locator('input[value="record"]').check();
  await next(page, 'Continue', 'What you will see in a GP record');
  await expect.poll(() => guide(page).locator('button.term').count(), 'the short forms linked').toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('the one-file build works alone, with no folders beside it', async ({ page }) => {
  await serve(page, { 'practice.html': practiceHtml().replace('/dist/widget/record-access-guide.js', '/embed-test/solo/guide.js') });
  const asked: string[] = [];
  await serveBuildAt(page, 'solo', (path) => {
    asked.push(path);
    return path === 'guide.js' ? 'one-file/record-access-guide.js' : null;
  });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/could not be loaded|could not be fetched|without its main script/.test(message.text())) problems.push(message.text());
  });
  await page.goto('/embed-test/practice.html');
  await walkThreeSteps(page);
  await guide(page).getByRole('button', { name: 'Listen' }).click();
  await expect(guide(page).getByRole('status').first()).toHaveText('Reading this step aloud.');
  await guide(page).locator('input[value="record"]').check();
  await next(page, 'Continue', 'What you will see in a GP record');
  await expect.poll(() => guide(page).locator('button.term').count(), 'the short forms linked').toBeGreaterThan(0);
  expect(problems).toEqual([]);
  expect(asked).toEqual(['guide.js']);
});

test('a page opened from a file (file://) is told once to use a web server, and the one-file build still shows the guide there', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().startsWith('record-access-guide:')) warnings.push(message.text());
  });
  const folder = await mkdtemp(join(tmpdir(), 'rag-file-page-'));
  try {
    const script = fileURLToPath(new URL('../../dist/widget/one-file/record-access-guide.js', import.meta.url));
    // A classic script: browsers refuse type="module" from file://, as the warning says.
    const html = practiceHtml({ scriptType: '' })
      .replace('/dist/widget/record-access-guide.js', pathToFileURL(script).href)
      .replace('<link rel="stylesheet" href="/embed-test/nhsuk.css">', '');
    await writeFile(join(folder, 'practice.html'), html);
    await page.goto(pathToFileURL(join(folder, 'practice.html')).href);
    await expect(heading(page, 'Use your GP practice online')).toBeVisible();
    await expect.poll(() => warnings.filter((text) => text.includes('opened from a file (file://)')).length).toBe(1);
    expect(warnings.filter((text) => text.includes('has no type="module"'))).toHaveLength(1);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
