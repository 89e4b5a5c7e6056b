/**
 * The guide's Listen button with the browser's real voices (espeak-ng through speech-dispatcher; see
 * web-test-runner.config.mjs), pressed with a real mouse click as browsers require.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../widget/index.js';
import type { RecordAccessGuide } from '../../widget/record-access-guide/record-access-guide.js';
import { deleteGuideDatabase, expectNoAxeViolations, until } from './support/index.js';

// Saved progress would carry one test's answers into the next.
beforeEach(deleteGuideDatabase);

const HIGHLIGHT = 'record-access-guide-reading';

describe('<record-access-guide> Listen with real voices', () => {
  before(async function () {
    this.timeout(30_000);
    while (speechSynthesis.getVoices().length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
  });

  it('has no axe violations while a real voice reads the step', async function () {
    this.timeout(60_000);
    const el = await fixture<RecordAccessGuide>(html`<record-access-guide practice-name="Riverside Surgery"></record-access-guide>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="listen"]')!;
    const box = button.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await until(() => speechSynthesis.speaking, 'the real voice to start');
    await el.updateComplete;
    await expectNoAxeViolations(el);
    button.click();
    await until(() => !speechSynthesis.speaking, 'the voice to stop');
  });

  it('speaks the step, moving the highlight from sentence to sentence, and clears it when done', async function () {
    this.timeout(60_000);
    const el = await fixture<RecordAccessGuide>(html`<record-access-guide practice-name="Riverside Surgery"></record-access-guide>`);
    const shadow = el.shadowRoot!;
    const button = shadow.querySelector<HTMLButtonElement>('[part="listen"]')!;
    // Record each sentence the highlight moves to, as it moves (espeak-ng to a null device is fast).
    const seen: string[] = [];
    const timer = setInterval(() => {
      const range = [...(CSS.highlights.get(HIGHLIGHT) ?? [])][0] as Range | undefined;
      const text = range?.toString();
      if (text && seen.at(-1) !== text) seen.push(text);
    }, 2);
    const box = button.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await el.updateComplete;
    expect(button.textContent!.trim()).to.equal('Stop listening');
    while (button.textContent!.trim() === 'Stop listening') await new Promise((resolve) => setTimeout(resolve, 50));
    clearInterval(timer);
    const heading = shadow.querySelector('#step-heading')!.textContent!.trim();
    expect(seen[0]).to.equal(heading);
    expect(seen.length).to.be.greaterThan(1);
    expect(shadow.querySelector('[role="status"]')!.textContent!.trim()).to.equal('Finished reading this step.');
    expect(CSS.highlights.has(HIGHLIGHT)).to.equal(false);
  });
});
