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
import {
  chooseAndContinue,
  deepActiveElement,
  deleteGuideDatabase,
  expectNoAxeViolations,
  guideRoot,
  pressButton,
  readAll,
  stepHeading,
  until,
} from './support/index.js';

const PRACTICE = 'Oakmere Green Surgery';
const KEY = progressKey(location.pathname, null, PRACTICE);

const focusedText = (): string => deepActiveElement()?.textContent?.trim() ?? '';

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
    await pressButton(el, 'Start now');
    await pressButton(el, 'Clear my answers');
    expect(stepHeading(el)).to.equal('Are you sure you want to clear your answers?');
    await expectNoAxeViolations(el);
    el.setAttribute('locale', 'cy');
    await until(() => stepHeading(el) === 'Ydych chi’n siŵr eich bod eisiau clirio eich atebion?', 'the Welsh question');
    await expectNoAxeViolations(el);
  });

  it('"Clear my answers" by keyboard: asks, "No, go back" keeps every answer and returns focus to the button', async () => {
    const el = await mount();
    await pressButton(el, 'Start now');
    await chooseAndContinue(el, 'myself');
    await until(async () => (await savedKeys()).includes(KEY), 'the answers saved');
    await tabTo(el, 'Clear my answers');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(stepHeading(el)).to.equal('Are you sure you want to clear your answers?');
    expect(deepActiveElement()?.id, 'focus on the question').to.equal('step-heading');
    expect(guideRoot(el).textContent).to.contain('You cannot get them back.');
    // Quick exit and the language switch stay; Back and the step count do not (the question is not a step).
    expect(guideRoot(el).querySelector('[part="quick-exit"]')).to.not.equal(null);
    expect(guideRoot(el).querySelector('[part="back"]')).to.equal(null);
    expect(guideRoot(el).querySelector('[part="step-count"]')).to.equal(null);

    await tabTo(el, 'No, go back');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(stepHeading(el)).to.equal('How old are you?');
    expect(focusedText(), 'focus back on the button pressed').to.equal('Clear my answers');
    expect(await savedKeys()).to.deep.equal([KEY]);
    await pressButton(el, 'Back');
    // With step history on, Back goes through the browser's history: the step shows on its popstate.
    await until(() => stepHeading(el) !== 'How old are you?', 'the step before');
    expect(guideRoot(el).querySelector<HTMLInputElement>('input[value="myself"]')?.checked, 'the answer is still there').to.equal(true);
  });

  it('"Yes, clear my answers" by keyboard deletes them and focuses the confirmation', async () => {
    const el = await mount();
    await pressButton(el, 'Start now');
    await chooseAndContinue(el, 'myself');
    await until(async () => (await savedKeys()).includes(KEY), 'the answers saved');
    await pressButton(el, 'Clear my answers');
    await tabTo(el, 'Yes, clear my answers');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.id === 'storage-notice', 'focus on the cleared notice');
    expect(stepHeading(el)).to.equal('Use your GP practice online');
    expect(await savedKeys()).to.deep.equal([]);
  });

  it('"Start again" on the next-steps page asks; "No" keeps the checklist, "Yes" starts again', async () => {
    const el = await mount();
    await pressButton(el, 'Start now');
    await chooseAndContinue(el, 'myself');
    await chooseAndContinue(el, '16-plus');
    for (let i = 0; i < 10 && stepHeading(el) !== 'Your next steps'; i++) {
      const first = guideRoot(el).querySelector<HTMLInputElement>('form input');
      if (first && !guideRoot(el).querySelector('form input:checked')) first.click();
      guideRoot(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
      await el.updateComplete;
    }
    expect(stepHeading(el)).to.equal('Your next steps');
    await pressButton(el, 'Start again');
    expect(stepHeading(el)).to.equal('Are you sure you want to start again?');
    expect(deepActiveElement()?.id).to.equal('step-heading');
    await pressButton(el, 'No, go back');
    expect(stepHeading(el)).to.equal('Your next steps');
    expect(focusedText()).to.equal('Start again');
    expect(guideRoot(el).querySelector('[part="checklist"]')).to.not.equal(null);
    await pressButton(el, 'Start again');
    await pressButton(el, 'Yes, start again');
    expect(stepHeading(el)).to.equal('Use your GP practice online');
    expect(deepActiveElement()?.id).to.equal('step-heading');
  });

  it('"Start again" after stopping for now asks too', async () => {
    const el = await mount();
    await pressButton(el, 'Start now');
    await pressButton(el, 'I want to stop for now');
    guideRoot(el).querySelector<HTMLInputElement>('input[value="worried"]')?.click();
    await pressButton(el, 'Finish');
    expect(stepHeading(el)).to.equal('Thank you');
    await pressButton(el, 'Start again');
    expect(stepHeading(el)).to.equal('Are you sure you want to start again?');
    await pressButton(el, 'No, go back');
    expect(stepHeading(el)).to.equal('Thank you');
    expect(focusedText()).to.equal('Start again');
  });

  it('quick exit still asks nothing, and its description says it deletes the answers on purpose', async () => {
    const el = await mount();
    const exit = guideRoot(el).querySelector<HTMLButtonElement>('[part="quick-exit"]')!;
    const hint = guideRoot(el).getElementById(exit.getAttribute('aria-describedby')!)?.textContent?.trim();
    expect(hint).to.equal(
      'This takes you to another website straight away. It also deletes your answers from this device, to keep you safe. This cannot be undone.',
    );
  });
});
