import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../widget/index.js';
import type { RecordAccessGuide } from '../../widget/record-access-guide/record-access-guide.js';
import { deleteGuideDatabase, expectNoAxeViolations, FakeSynthesizer, shortenVoiceWait, until } from './support/index.js';

// Saved progress would carry one test's answers into the next.
beforeEach(deleteGuideDatabase);

const HIGHLIGHT = 'record-access-guide-reading';
const root = (el: RecordAccessGuide): ShadowRoot => el.shadowRoot as ShadowRoot;
const listenButton = (el: RecordAccessGuide): HTMLButtonElement => root(el).querySelector<HTMLButtonElement>('[part="listen"]')!;
const status = (el: RecordAccessGuide): string => root(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';
const highlightedText = (): string | undefined => ([...(CSS.highlights.get(HIGHLIGHT) ?? [])][0] as Range | undefined)?.toString();

describe('<record-access-guide> Listen', () => {
  let synth: FakeSynthesizer;
  let el: RecordAccessGuide;

  beforeEach(async () => {
    synth = new FakeSynthesizer();
    el = await fixture<RecordAccessGuide>(
      html`<record-access-guide practice-name="Riverside Surgery" listen-rate="1.25" .synthesizer=${synth}></record-access-guide>`,
    );
  });

  it('has no axe violations while it reads a step aloud (status line, Stop listening, highlight)', async () => {
    listenButton(el).click();
    await until(() => synth.spoken.length > 0, 'the first utterance');
    await el.updateComplete;
    expect(listenButton(el).textContent!.trim()).to.equal('Stop listening');
    await expectNoAxeViolations(el);
  });

  it('never speaks unasked: nothing is read when the guide appears, and the first thing said is what Listen asked for', async () => {
    await el.updateComplete;
    expect(root(el).querySelector('#step-heading'), 'the first step is shown').to.not.equal(null);
    expect(synth.spoken.length).to.equal(0);
    expect(CSS.highlights.has(HIGHLIGHT)).to.equal(false);
    // The positive signal that this synthesizer is the one the guide speaks with: asked, it speaks, and
    // what it says first is the step's heading, so nothing was queued before the press.
    listenButton(el).click();
    await until(() => synth.spoken.length > 0, 'the first utterance');
    expect(synth.texts[0]).to.equal(root(el).querySelector('#step-heading')!.textContent!.trim());
  });

  it('reads the step’s heading and body, highlighting each sentence, then says it has finished', async () => {
    listenButton(el).click();
    await until(() => synth.spoken.length > 0, 'the first utterance');
    await el.updateComplete;
    const heading = root(el).querySelector('#step-heading')!.textContent!.trim();
    expect(synth.texts[0]).to.equal(heading);
    expect(synth.last.request.rate).to.equal(1.25);
    expect(highlightedText()).to.equal(heading);
    expect(status(el)).to.equal('Reading this step aloud.');
    expect(listenButton(el).textContent!.trim()).to.equal('Stop listening');
    await expectNoAxeViolations(el);
    for (let i = 0; i < 100 && el.isConnected && listenButton(el).textContent!.trim() === 'Stop listening'; i++) {
      synth.finishLast();
      await el.updateComplete;
    }
    expect(synth.texts.length).to.be.greaterThan(1);
    // Only the step is read, not the Listen button itself.
    expect(synth.texts).to.not.include('Listen');
    expect(listenButton(el).textContent!.trim()).to.equal('Listen');
    expect(status(el)).to.equal('Finished reading this step.');
    expect(CSS.highlights.has(HIGHLIGHT)).to.equal(false);
  });

  it('works by keyboard, and Stop listening stops at once and clears the highlight', async () => {
    listenButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => synth.spoken.length > 0, 'the first utterance');
    await el.updateComplete;
    expect(CSS.highlights.has(HIGHLIGHT)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(CSS.highlights.has(HIGHLIGHT)).to.equal(false);
    expect(synth.spoken.every((s) => s.cancelled)).to.equal(true);
    expect(listenButton(el).textContent!.trim()).to.equal('Listen');
  });

  it('keeps an option ticked but not yet sent with Continue when Listen re-renders the step', async () => {
    root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    const option = root(el).querySelector<HTMLInputElement>('input[value="child"]')!;
    option.focus();
    await sendKeys({ press: 'Space' });
    expect(option.checked).to.equal(true);
    listenButton(el).click();
    await until(() => synth.spoken.length > 0, 'the first utterance');
    await el.updateComplete;
    expect(root(el).querySelector<HTMLInputElement>('input[value="child"]')!.checked).to.equal(true);
    listenButton(el).click();
    await el.updateComplete;
    expect(root(el).querySelector<HTMLInputElement>('input[value="child"]')!.checked).to.equal(true);
  });

  it('stops reading when the step changes or the guide is removed', async () => {
    listenButton(el).click();
    await until(() => synth.spoken.length > 0, 'the first utterance');
    root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    expect(CSS.highlights.has(HIGHLIGHT)).to.equal(false);
    expect(synth.spoken.every((s) => s.cancelled)).to.equal(true);
    listenButton(el).click();
    await until(() => synth.spoken.some((s) => !s.cancelled), 'reading the new step');
    el.remove();
    expect(CSS.highlights.has(HIGHLIGHT)).to.equal(false);
  });

  it('says clearly when no voice is available', async () => {
    // The engine waits 15 s for voices to appear (Firefox lists them seconds late) before saying there are none: shortened here.
    const restore = shortenVoiceWait();
    try {
      synth.setVoices([]);
      el.remove();
      el = await fixture<RecordAccessGuide>(html`<record-access-guide practice-name="Riverside Surgery" .synthesizer=${synth}></record-access-guide>`);
      listenButton(el).click();
      await until(() => status(el).startsWith('Read aloud needs a voice'), 'the no-voice message');
      expect(listenButton(el).textContent!.trim()).to.equal('Listen');
    } finally {
      restore();
    }
  });
});
