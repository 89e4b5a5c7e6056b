/**
 * Drives `<record-access-guide>` on a demo page by keyboard alone (Tab, Shift+Tab, arrows, Space, Enter),
 * following a generated JourneyPath, and checks at each screen what the criteria in
 * docs/accessibility-criteria.md ask: focus on the new heading, the step announced, a visible focus
 * indicator at every stop.
 */
import { expect, type Page } from '@playwright/test';
import { QUESTIONS, stepPosition } from '../../../widget/journey/journey.js';
import type { JourneyState } from '../../../widget/journey/types.js';
import { focusStop, judgeIndicator, type FocusStop } from './focus.js';
import type { JourneyAction, JourneyPath } from './journey-paths.js';
import { DEMO_CONTEXT } from './journey-paths.js';
import { act, freshGuide } from './screens.js';

/** Tab stops in a row before a search gives up: more than any step has. */
const MAX_TABS = 60;

/** A focus indicator that failed, with where. */
export interface IndicatorFailure {
  where: string;
  contrast: number;
}

/** Collects every keyboard stop visited, and the indicator failures among them (checked once per kind of stop). */
export class KeyboardWalk {
  readonly failures: IndicatorFailure[] = [];
  readonly #judged = new Set<string>();
  stops = 0;

  constructor(readonly page: Page) {}

  #record(stop: FocusStop, screen: string): void {
    this.stops += 1;
    const key = `${screen}|${stop.label}|${stop.type}|${stop.checked}`;
    if (this.#judged.has(key)) return;
    this.#judged.add(key);
    const verdict = judgeIndicator(stop);
    if (verdict.contrast < 3)
      this.failures.push({ where: `${screen}: ${stop.label} "${stop.text.slice(0, 40)}" (${verdict.part})`, contrast: Number(verdict.contrast.toFixed(2)) });
  }

  /** Presses `key`, records the new stop, and returns it. */
  async press(key: string, screen: string): Promise<FocusStop | null> {
    await this.page.keyboard.press(key);
    const stop = await focusStop(this.page);
    if (stop) this.#record(stop, screen);
    return stop;
  }

  /** Tabs forward until `matches`, failing the test with `description` if it never does. */
  async tabTo(screen: string, description: string, matches: (stop: FocusStop) => boolean): Promise<FocusStop> {
    for (let presses = 0; presses < MAX_TABS; presses += 1) {
      const stop = await this.press('Tab', screen);
      if (stop && matches(stop)) return stop;
    }
    throw new Error(`On ${screen}, Tab never reached ${description}`);
  }
}

const isSubmit = (stop: FocusStop) => stop.tag === 'button' && stop.type === 'submit';

/**
 * The guide's heading has focus (so a screen reader reads the title, once) and the live region says only
 * where the patient is: "Step N of M" once the total is certain, "Step N" before; nothing off the path.
 */
export async function expectScreen(page: Page, state: JourneyState, end: 'screen' | 'left' = 'screen'): Promise<void> {
  const guide = page.locator('record-access-guide');
  await expect(guide.locator('#step-heading')).toBeVisible();
  // A step past the start page may wait for its part (fetched beside the first render); the heading takes focus
  // when the step is drawn, so wait for that rather than reading focus while the last step is still shown.
  await expect.poll(async () => (await focusStop(page))?.id, { message: `focus is on the heading of ${state.current}`, timeout: 10_000 }).toBe('step-heading');
  const stop = await focusStop(page);
  const heading = stop?.text ?? '';
  const status = guide.getByRole('status').first();
  const position = end === 'left' ? null : stepPosition(state, DEMO_CONTEXT);
  if (position) {
    // The words around the numbers belong to the locale; the numbers do not. The title is not repeated.
    const expected = position.certain ? [String(position.number), String(position.count)] : [String(position.number)];
    await expect
      .poll(async () => ((await status.textContent()) ?? '').match(/\d+/g) ?? [], { message: `the announcement says step ${expected.join(' of ')}` })
      .toEqual(expected);
    expect((await status.textContent()) ?? '', 'the live region does not repeat the title').not.toContain(heading);
  } else {
    await expect(status).toHaveText('');
  }
}

/** Chooses `values` for the current question by keyboard: arrows within a radio group, Space on checkboxes. */
async function answer(walk: KeyboardWalk, action: Extract<JourneyAction, { kind: 'continue' }>): Promise<void> {
  const question = QUESTIONS[action.step];
  if (!question) return;
  const screen = action.step;
  const options = question.options(DEMO_CONTEXT);
  if (question.kind === 'radio') {
    const target = action.values[0];
    if (target === undefined) return;
    let stop = await walk.tabTo(screen, `the ${question.field} radios`, (s) => s.type === 'radio' && s.name === question.field);
    for (let moves = 0; stop.value !== target && moves <= options.length; moves += 1) {
      stop = (await walk.press('ArrowDown', screen)) ?? stop;
    }
    expect(stop.value, `arrows reach ${target}`).toBe(target);
    if (!stop.checked) stop = (await walk.press('Space', screen)) ?? stop;
    expect(stop.checked, `${target} is selected`).toBe(true);
    return;
  }
  let stop = await walk.tabTo(screen, `the ${question.field} checkboxes`, (s) => s.type === 'checkbox' && s.name === question.field);
  for (let index = 0; index < options.length; index += 1) {
    expect(stop.name, 'the checkboxes are next to each other in the tab order').toBe(question.field);
    if (stop.checked !== action.values.includes(stop.value)) stop = (await walk.press('Space', screen)) ?? stop;
    expect(stop.checked, `${stop.value} ${action.values.includes(stop.value) ? 'ticked' : 'not ticked'}`).toBe(action.values.includes(stop.value));
    if (index < options.length - 1) stop = (await walk.press('Tab', screen)) ?? stop;
  }
}

/** Does one action by keyboard alone. */
export async function doAction(walk: KeyboardWalk, action: JourneyAction): Promise<void> {
  const { page } = walk;
  if (action.kind === 'change') {
    await walk.tabTo('check', `Change (${action.step})`, (s) => s.change === action.step);
  } else if (action.kind === 'stop-for-now') {
    // The stop button comes after the step's main button.
    await walk.tabTo(action.step, 'the main button', isSubmit);
    await walk.tabTo(action.step, 'I want to stop for now', (s) => s.tag === 'button' && s.className.includes('link-button'));
  } else {
    await answer(walk, action);
    await walk.tabTo(action.step, 'the main button', isSubmit);
  }
  await page.keyboard.press('Enter');
}

/**
 * Walks a path by keyboard, checking focus and announcement after every action. With `replayed` > 0, the
 * first `replayed` actions (walked by keyboard on an earlier path) are done by clicks on a fresh guide
 * first, and the keyboard takes over from there; otherwise the walk starts by tabbing to Start now.
 */
export async function walkPathByKeyboard(page: Page, path: JourneyPath, walk = new KeyboardWalk(page), replayed = 0): Promise<KeyboardWalk> {
  if (replayed > 0) {
    await freshGuide(page);
    await act(page, ...path.actions.slice(0, replayed));
    await expectScreen(page, path.states[replayed - 1] as JourneyState);
  } else {
    // The start page: Tab from the top of the document reaches Start now.
    await walk.tabTo('start', 'Start now', isSubmit);
    await page.keyboard.press('Enter');
    const first = path.states[0];
    if (first) await expectScreen(page, first);
  }
  for (let index = Math.max(1, replayed); index < path.actions.length; index += 1) {
    await doAction(walk, path.actions[index] as JourneyAction);
    const state = path.states[index] as JourneyState;
    const left = path.end === 'left' && index === path.actions.length - 1;
    await expectScreen(page, state, left ? 'left' : 'screen');
  }
  return walk;
}

/** How many leading actions of `path` some earlier path has already done (so need not be done by keyboard again). */
export function sharedPrefix(path: JourneyPath, earlier: readonly JourneyPath[]): number {
  let best = 0;
  for (const other of earlier) {
    let n = 0;
    while (n < path.actions.length - 1 && n < other.actions.length && JSON.stringify(path.actions[n]) === JSON.stringify(other.actions[n])) n += 1;
    best = Math.max(best, n);
  }
  return best;
}
