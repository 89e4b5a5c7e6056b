/**
 * Fast (non-keyboard) driving of the guide for checks that look at every screen, such as the axe
 * matrix and reflow: each action is one evaluation in the page. Keyboard operation itself is proved
 * separately, on every path, by support/guide.ts.
 */
import type { Locator, Page } from '@playwright/test';
import { QUESTIONS } from '../../../widget/journey/journey.js';
import type { JourneyAction, JourneyPath } from './journey-paths.js';
import { DB_NAME } from '../../../widget/storage/schema.js';

export const guide = (page: Page): Locator => page.locator('record-access-guide');

/** Action plus the question field it answers, as the page-side code needs it. */
interface PageAction {
  action: JourneyAction;
  field: string | null;
  required: boolean;
}

const toPageAction = (action: JourneyAction): PageAction => {
  const question = action.kind === 'continue' ? QUESTIONS[action.step] : undefined;
  return { action, field: question?.field ?? null, required: question?.required ?? false };
};

/**
 * In the page: does `actions` one by one in the guide's shadow root (clicks, as a person's keys would
 * cause), waiting for each render. With `seen`, before each action whose question is required and
 * unanswered it first submits empty (the error state); it stops at the first screen whose shape hash is
 * not in `seen` and says how far it got. Runs in the browser: no imports.
 */
async function playInPage(
  element: Element,
  { steps, seen }: { steps: PageAction[]; seen: string[] | null },
): Promise<{ done: number; hash: string | null; errorState: boolean }> {
  const root = element.shadowRoot;
  if (!root) throw new Error('the guide has no shadow root');
  const drawn = () => (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  // A step past the start page may wait for its part, fetched beside the first render (#steps-waiting shows
  // meanwhile): a person is slower than that fetch, this driver is not, so it waits until the step is drawn.
  const rendered = async () => {
    await drawn();
    for (const started = Date.now(); root.querySelector('#steps-waiting');) {
      if (Date.now() - started > 10_000) throw new Error('the next step was still being got ready after 10 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await drawn();
    }
  };
  const click = (selector: string) => {
    const target = root.querySelector<HTMLElement>(selector);
    if (!target) throw new Error(`no ${selector} on "${root.querySelector('#step-heading')?.textContent ?? 'this screen'}"`);
    target.click();
  };
  // The screen's markup without its words (FNV-1a): screens equal in it differ only in the answers they repeat.
  const shapeHash = () => {
    let text = '';
    for (const el of root.querySelectorAll('*')) {
      if (el.getAttribute('role') === 'status') continue;
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      text += `<${el.tagName} ${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}${hasText ? ' #' : ''}>`;
    }
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return hash.toString(16);
  };
  const known = seen ? new Set(seen) : null;
  for (let index = 0; index < steps.length; index += 1) {
    const { action, field, required } = steps[index] as PageAction;
    const inputs = field ? [...root.querySelectorAll<HTMLInputElement>(`input[name="${field}"]`)] : [];
    if (known && required && !inputs.some((input) => input.checked) && !root.querySelector('#error-summary')) {
      click('form button[type="submit"]');
      await rendered();
      const hash = shapeHash();
      if (!known.has(hash)) return { done: index, hash, errorState: true };
    }
    if (action.kind === 'change') click(`[data-change="${action.step}"]`);
    else if (action.kind === 'stop-for-now') click('.stop button');
    else {
      for (const input of inputs) if (input.checked !== action.values.includes(input.value)) input.click();
      click('form button[type="submit"]');
    }
    await rendered();
    if (known) {
      const hash = shapeHash();
      if (!known.has(hash)) return { done: index + 1, hash, errorState: false };
    }
  }
  return { done: steps.length, hash: null, errorState: false };
}

/** Replaces the guide with a fresh copy (same attributes and children): a new journey without reloading the page. */
export async function freshGuide(page: Page): Promise<void> {
  await guide(page).evaluate(async (element, dbName) => {
    const fresh = element.cloneNode(true) as HTMLElement & { updateComplete: Promise<boolean> };
    const place = document.createComment('guide');
    element.replaceWith(place);
    // A fresh start: without this the new copy would offer the last path's saved answers back.
    await new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase(dbName);
      request.onsuccess = resolve;
      request.onerror = () => reject(request.error);
    });
    place.replaceWith(fresh);
    await fresh.updateComplete;
  }, DB_NAME);
}

/** Does `actions` in the guide, without stopping. */
export async function act(page: Page, ...actions: JourneyAction[]): Promise<void> {
  await guide(page).evaluate(playInPage, { steps: actions.map(toPageAction), seen: null });
}

/** Opens every closed disclosure on the screen (the record examples' short forms), for their open state. */
export function openDisclosures(page: Page): Promise<number> {
  return guide(page).evaluate(async (element) => {
    // <details> first: the short-form buttons of the record examples are inside one.
    const details = [...(element.shadowRoot?.querySelectorAll<HTMLDetailsElement>('details:not([open])') ?? [])];
    for (const disclosure of details) disclosure.open = true;
    const closed = [...(element.shadowRoot?.querySelectorAll<HTMLElement>('[aria-expanded="false"]') ?? [])];
    for (const button of closed) button.click();
    await (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    return details.length + closed.length;
  });
}

/** Horizontal overflow of the document, in CSS px (0 when nothing scrolls sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    return scroller.scrollWidth - scroller.clientWidth;
  });
}

/**
 * Visits every screen of `paths`, and the error state of each required question met unanswered,
 * calling `visit` once per new screen shape (markup without words). Each path starts from a fresh
 * guide; the part of a path already walked by an earlier path is replayed in one go.
 */
export async function visitScreens(
  page: Page,
  url: string,
  paths: readonly JourneyPath[],
  visit: (label: string) => Promise<void>,
  prepare: () => Promise<void> = async () => {},
): Promise<number> {
  await page.goto(url);
  await prepare();
  const seen: string[] = [];
  const walked = new Set<string>();
  const key = (actions: readonly JourneyAction[]) => JSON.stringify(actions);
  let first = true;
  for (const path of paths) {
    if (!first) await freshGuide(page);
    if (first) {
      await visit('start');
      first = false;
    }
    // Replay the longest prefix an earlier path already walked (its screens are all seen).
    let from = 0;
    for (let n = path.actions.length; n > 0; n -= 1) {
      if (walked.has(key(path.actions.slice(0, n)))) {
        from = n;
        break;
      }
    }
    if (from > 0) await act(page, ...path.actions.slice(0, from));
    let steps = path.actions.slice(from).map(toPageAction);
    let done = from;
    while (steps.length > 0) {
      const result = await guide(page).evaluate(playInPage, { steps, seen });
      if (result.hash === null) break;
      seen.push(result.hash);
      const action = path.actions[done + result.done - (result.errorState ? 0 : 1)];
      const label = result.errorState ? `${action?.step ?? ''} (error state)` : `${path.name} → after ${action?.kind ?? ''} ${action?.step ?? ''}`;
      await visit(label);
      if (!result.errorState && (await openDisclosures(page)) > 0) {
        await visit(`${label} (short forms open)`);
      }
      done += result.done;
      steps = steps.slice(result.done);
    }
    for (let n = 1; n <= path.actions.length; n += 1) walked.add(key(path.actions.slice(0, n)));
  }
  return seen.length + 1;
}

/** Every page load starts with no saved answers, as a first visit would (saved progress has its own tests). */
export async function forgetSavedAnswersOnLoad(page: Page): Promise<void> {
  await page.addInitScript((name) => void indexedDB.deleteDatabase(name), DB_NAME);
}
