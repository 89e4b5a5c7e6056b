import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEFAULT_HIGHLIGHT } from '../../../shared/speech/read-aloud.js';
import { CONTROL_BAR_ATTRIBUTE } from '../../../extension/content/read-aloud/control-bar.js';
import { PageReader } from '../../../extension/content/read-aloud/page-reader.js';
import { DEFAULT_AIDS, type Aids } from '../../../extension/settings/schema.js';
import type { MessageKey } from '../../../extension/ui/i18n.js';
import { expectNoAxeViolations, FakeSynthesizer, until } from '../support/index.js';
import { openAidUiRootsForTests } from '../../../extension/content/ui-root.js';

/** The English strings, looked up as browser.i18n would. */
const strings = (key: MessageKey, substitution?: string): string => `${key}${substitution === undefined ? '' : `:${substitution}`}`;

// The bar and panel have closed shadow roots as shipped (extension/content/ui-root.ts); these tests look inside.
openAidUiRootsForTests();

const bar = (): HTMLElement | null => document.querySelector(`[${CONTROL_BAR_ATTRIBUTE}]`);
const barButton = (name: MessageKey): HTMLButtonElement => {
  const found = [...(bar()?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent === name);
  if (!found) throw new Error(`no ${name} button in the bar`);
  return found;
};
const barStatus = (): string => bar()?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '';
const highlightedText = (): string | undefined => ([...(CSS.highlights.get(DEFAULT_HIGHLIGHT) ?? [])][0] as Range | undefined)?.toString();
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PageReader (content-script read-aloud)', () => {
  let synth: FakeSynthesizer;
  let aids: Aids | undefined;
  let reader: PageReader;

  beforeEach(async () => {
    await fixture(html`
      <div>
        <nav><a href="#a">Menu link.</a></nav>
        <main>
          <h1>Medicines</h1>
          <p id="first">Take one tablet. Drink water.</p>
          <p id="second">Ask the pharmacist. Keep out of reach.</p>
          <table>
            <thead><tr><th>Test</th><th>Result</th></tr></thead>
            <tbody><tr><td>HbA1c</td><td>45</td></tr><tr><td>TSH</td><td>1.0</td></tr></tbody>
          </table>
        </main>
      </div>
    `);
    synth = new FakeSynthesizer();
    aids = { ...DEFAULT_AIDS, readingRate: 1.5 };
    reader = new PageReader({ mainContentSelectors: ['main'], aids: () => aids, strings, synthesizer: () => synth, voiceWaitMs: 5 });
  });

  afterEach(() => reader.end());

  it('reads the main content, not the navigation, at the rate from settings, highlighting each sentence', async () => {
    const focusedBefore = document.activeElement;
    expect(reader.run('read-main', false)).to.deep.equal({ ok: true });
    await until(() => synth.spoken.length > 0, 'the first utterance');
    expect(synth.texts).to.deep.equal(['Medicines']);
    expect(synth.last.request.rate).to.equal(1.5);
    expect(highlightedText()).to.equal('Medicines');
    expect(document.activeElement, 'the bar does not take focus').to.equal(focusedBefore);
    synth.finishLast();
    expect(highlightedText()).to.equal('Take one tablet.');
    expect(barStatus()).to.equal('readAloudReadingSentence:2');
  });

  it('stop removes the bar, the highlight and its stylesheet', async () => {
    reader.run('read-main', false);
    await until(() => synth.spoken.length > 0, 'the first utterance');
    expect(bar()).to.not.equal(null);
    expect(document.querySelector('style[data-record-access-aid="read-aloud"]')).to.not.equal(null);
    expect(reader.run('stop', false)).to.deep.equal({ ok: true });
    expect(bar()).to.equal(null);
    expect(CSS.highlights.has(DEFAULT_HIGHLIGHT)).to.equal(false);
    expect(document.querySelector('style[data-record-access-aid="read-aloud"]')).to.equal(null);
  });

  it('removes everything when the last sentence has been read', async () => {
    reader.run('read-table', false); // nothing focused: waits for a click on a table
    expect(synth.spoken.length).to.equal(0);
    document.querySelector('td')!.click();
    await until(() => synth.spoken.length > 0, 'the first row');
    expect(synth.texts).to.deep.equal(['Test: HbA1c, Result: 45']);
    expect(highlightedText()).to.equal('HbA1c45');
    synth.finishLast();
    expect(synth.last.request.text).to.equal('Test: TSH, Result: 1.0');
    synth.finishLast();
    expect(bar()).to.equal(null);
    expect(CSS.highlights.has(DEFAULT_HIGHLIGHT)).to.equal(false);
  });

  it('reads the selection only: from the sentence it starts in to where it ends', async () => {
    const second = document.querySelector('#second')!.firstChild as Text;
    const selection = document.getSelection()!;
    selection.setBaseAndExtent(document.querySelector('#first')!.firstChild!, 5, second, 'Ask the pharmacist.'.length);
    reader.run('read-selection', false);
    await until(() => synth.spoken.length > 0, 'the first utterance');
    synth.finishLast();
    synth.finishLast();
    expect(synth.texts).to.deep.equal(['Take one tablet.', 'Drink water.', 'Ask the pharmacist.']);
    synth.finishLast();
    expect(bar(), 'finished at the end of the selection').to.equal(null);
    selection.removeAllRanges();
  });

  it('says why when there is no selection, or when aids are off on the site, and shows nothing', () => {
    document.getSelection()?.removeAllRanges();
    expect(reader.run('read-selection', false)).to.deep.equal({ ok: false, refusal: 'no-selection' });
    aids = undefined;
    expect(reader.run('read-main', false)).to.deep.equal({ ok: false, refusal: 'aids-off' });
    expect(bar()).to.equal(null);
    expect(synth.spoken.length).to.equal(0);
  });

  it('pause and resume never start reading by themselves', () => {
    expect(reader.run('pause-resume', false)).to.deep.equal({ ok: true });
    expect(bar()).to.equal(null);
    expect(synth.spoken.length).to.equal(0);
  });

  it('read from here waits for a click and starts at the clicked sentence; a link clicked to pick is not followed', async () => {
    reader.run('read-from-here', false);
    expect(barStatus()).to.equal('readAloudPickStart');
    const target = document.querySelector('#second')!;
    const box = target.getBoundingClientRect();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, clientX: box.left + 2, clientY: box.top + box.height / 2 });
    target.dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(true);
    await until(() => synth.spoken.length > 0, 'the first utterance');
    expect(synth.texts).to.deep.equal(['Ask the pharmacist.']);
  });

  it('Esc cancels picking, removing the bar', async () => {
    reader.run('read-from-here', false);
    expect(bar()).to.not.equal(null);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(bar()).to.equal(null);
    await nextTask();
    expect(synth.spoken.length).to.equal(0);
  });

  it('from the keyboard the bar takes focus; its buttons work and Esc in it stops and gives focus back', async () => {
    const start = document.createElement('button');
    start.textContent = 'somewhere on the page';
    document.body.append(start);
    start.focus();
    reader.run('read-main', true);
    await until(() => synth.spoken.length > 0, 'the first utterance');
    expect(bar()?.shadowRoot?.activeElement?.textContent).to.equal('readAloudPause');
    barButton('readAloudNext').click();
    expect(synth.last.request.text).to.equal('Take one tablet.');
    barButton('readAloudPause').click();
    expect(bar()?.dataset.state).to.equal('paused');
    expect(barStatus()).to.equal('readAloudPausedAt:2');
    barButton('readAloudPrevious').click();
    barButton('readAloudPlay').click();
    expect(synth.last.request.text).to.equal('Medicines');
    const select = bar()!.shadowRoot!.querySelector('select')!;
    select.value = '2';
    select.dispatchEvent(new Event('change'));
    expect(synth.last.request.rate).to.equal(2);
    barButton('readAloudStop').focus();
    await sendKeys({ press: 'Escape' });
    expect(bar()).to.equal(null);
    expect(document.activeElement).to.equal(start);
    start.remove();
  });

  it('says clearly when there is no voice, and keeps the bar until the person closes it', async () => {
    synth.setVoices([]);
    reader.run('read-main', false);
    // The shared engine reports a code; the extension's own locale file gives the words.
    await until(() => barStatus() === 'readAloudProblemNoVoice', 'the no-voice message');
    expect(synth.spoken.length).to.equal(0);
    expect(barButton('readAloudPause').disabled).to.equal(true);
    barButton('readAloudStop').click();
    expect(bar()).to.equal(null);
  });

  it('the control bar passes axe', async () => {
    reader.run('read-main', false);
    await until(() => synth.spoken.length > 0, 'the first utterance');
    await expectNoAxeViolations(bar()!);
  });
});
