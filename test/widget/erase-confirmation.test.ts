/**
 * "Clear my answers" and "Start again" ask before they delete (#18 item 8): a question with a warning button
 * and a way back, by keyboard, with focus on the question and back on the button pressed after "No".
 * Control: on main, one press deleted everything, and every "asks first" check here failed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../widget/index.js';
import type { RecordAccessGuide } from '../../widget/record-access-guide/record-access-guide.js';
import { progressKey } from '../../widget/storage/progress-store.js';
import { deleteGuideDatabase, expectNoAxeViolations, readAll, until } from './support/index.js';

const PRACTICE = 'Oakmere Green Surgery';
const KEY = progressKey(location.pathname, null, PRACTICE);

const root = (el: RecordAccessGuide): ShadowRoot => el.shadowRoot as ShadowRoot;
const heading = (el: RecordAccessGuide): string => root(el).querySelector('#step-heading')?.textContent?.trim() ?? '';
const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};
const focusedText = (): string => deepActive()?.textContent?.trim() ?? '';

function buttonNamed(el: RecordAccessGuide, name: string): HTMLButtonElement {
  const button = [...root(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!button) throw new Error(`no "${name}" button on "${heading(el)}"`);
  return button;
}

async function press(el: RecordAccessGuide, name: string): Promise<void> {
  buttonNamed(el, name).click();
  await el.updateComplete;
}

async function answer(el: RecordAccessGuide, value: string): Promise<void> {
  root(el).querySelector<HTMLInputElement>(`input[value="${value}"]`)?.click();
  await press(el, 'Continue');
}

/** Focuses `name` by Tab presses alone (at most 40), as a keyboard user would reach it. */
async function tabTo(el: RecordAccessGuide, name: string): Promise<void> {
  for (let i = 0; i < 40 && focusedText() !== name; i++) await sendKeys({ press: 'Tab' });
  expect(focusedText(), `reached "${name}" by Tab`).to.equal(name);
}

async function savedKeys(): Promise<string[]> {
  return ((await readAll('progress')) as { key: string }[]).map((r) => r.key);
}

const mount = async () =>
  (await fixture<HTMLElement>(html`<main><record-access-guide practice-name=${PRACTICE}></record-access-guide></main>`)).querySelector(
    'record-access-guide',
  ) as RecordAccessGuide;

describe('<record-access-guide> asks before deleting the answers', () => {
  beforeEach(deleteGuideDatabase);

  it('has no axe violations on either question, in English and Welsh', async () => {
    const el = await mount();
    await press(el, 'Start now');
    await press(el, 'Clear my answers');
    expect(heading(el)).to.equal('Are you sure you want to clear your answers?');
    await expectNoAxeViolations(el);
    el.setAttribute('locale', 'cy');
    await until(() => heading(el) === 'Ydych chi’n siŵr eich bod eisiau clirio eich atebion?', 'the Welsh question');
    await expectNoAxeViolations(el);
  });

  it('"Clear my answers" by keyboard: asks, "No, go back" keeps every answer and returns focus to the button', async () => {
    const el = await mount();
    await press(el, 'Start now');
    await answer(el, 'myself');
    await until(async () => (await savedKeys()).includes(KEY), 'the answers saved');
    await tabTo(el, 'Clear my answers');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Are you sure you want to clear your answers?');
    expect(deepActive()?.id, 'focus on the question').to.equal('step-heading');
    expect(root(el).textContent).to.contain('You cannot get them back.');
    // Quick exit and the language switch stay; Back and the step count do not (the question is not a step).
    expect(root(el).querySelector('[part="quick-exit"]')).to.not.equal(null);
    expect(root(el).querySelector('[part="back"]')).to.equal(null);
    expect(root(el).querySelector('[part="step-count"]')).to.equal(null);

    await tabTo(el, 'No, go back');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.equal('How old are you?');
    expect(focusedText(), 'focus back on the button pressed').to.equal('Clear my answers');
    expect(await savedKeys()).to.deep.equal([KEY]);
    await press(el, 'Back');
    // With step history on, Back goes through the browser's history: the step shows on its popstate.
    await until(() => heading(el) !== 'How old are you?', 'the step before');
    expect(root(el).querySelector<HTMLInputElement>('input[value="myself"]')?.checked, 'the answer is still there').to.equal(true);
  });

  it('"Yes, clear my answers" by keyboard deletes them and focuses the confirmation', async () => {
    const el = await mount();
    await press(el, 'Start now');
    await answer(el, 'myself');
    await until(async () => (await savedKeys()).includes(KEY), 'the answers saved');
    await press(el, 'Clear my answers');
    await tabTo(el, 'Yes, clear my answers');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActive()?.id === 'storage-notice', 'focus on the cleared notice');
    expect(heading(el)).to.equal('Use your GP practice online');
    expect(await savedKeys()).to.deep.equal([]);
  });

  it('"Start again" on the next-steps page asks; "No" keeps the checklist, "Yes" starts again', async () => {
    const el = await mount();
    await press(el, 'Start now');
    await answer(el, 'myself');
    await answer(el, '16-plus');
    for (let i = 0; i < 10 && heading(el) !== 'Your next steps'; i++) {
      const first = root(el).querySelector<HTMLInputElement>('form input');
      if (first && !root(el).querySelector('form input:checked')) first.click();
      root(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
      await el.updateComplete;
    }
    expect(heading(el)).to.equal('Your next steps');
    await press(el, 'Start again');
    expect(heading(el)).to.equal('Are you sure you want to start again?');
    expect(deepActive()?.id).to.equal('step-heading');
    await press(el, 'No, go back');
    expect(heading(el)).to.equal('Your next steps');
    expect(focusedText()).to.equal('Start again');
    expect(root(el).querySelector('[part="checklist"]')).to.not.equal(null);
    await press(el, 'Start again');
    await press(el, 'Yes, start again');
    expect(heading(el)).to.equal('Use your GP practice online');
    expect(deepActive()?.id).to.equal('step-heading');
  });

  it('"Start again" after stopping for now asks too', async () => {
    const el = await mount();
    await press(el, 'Start now');
    await press(el, 'I want to stop for now');
    root(el).querySelector<HTMLInputElement>('input[value="worried"]')?.click();
    await press(el, 'Finish');
    expect(heading(el)).to.equal('Thank you');
    await press(el, 'Start again');
    expect(heading(el)).to.equal('Are you sure you want to start again?');
    await press(el, 'No, go back');
    expect(heading(el)).to.equal('Thank you');
    expect(focusedText()).to.equal('Start again');
  });

  it('quick exit still asks nothing, and its description says it deletes the answers on purpose', async () => {
    const el = await mount();
    const exit = root(el).querySelector<HTMLButtonElement>('[part="quick-exit"]')!;
    const hint = root(el).getElementById(exit.getAttribute('aria-describedby')!)?.textContent?.trim();
    expect(hint).to.equal(
      'This takes you to another website straight away. It also deletes your answers from this device, to keep you safe. This cannot be undone.',
    );
  });
});
