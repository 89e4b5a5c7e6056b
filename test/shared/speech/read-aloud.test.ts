import { expect, fixture, html } from '@open-wc/testing';
import { DEFAULT_HIGHLIGHT, ReadAloud, type PreparedText } from '../../../shared/speech/read-aloud.js';
import { FakeSynthesizer } from './fake-synthesizer.js';

const highlightedText = (): string | undefined => ([...(CSS.highlights.get(DEFAULT_HIGHLIGHT) ?? [])][0] as Range | undefined)?.toString();

describe('ReadAloud with a fake synthesiser', () => {
  let controller: AbortController;
  beforeEach(() => (controller = new AbortController()));
  afterEach(() => controller.abort());

  it('stops at an end position, cutting the last sentence there (a selection’s end)', async () => {
    const page = await fixture(html`<div><p>One here. Two there.</p><p id="last">Three is cut. Four is not read.</p></div>`);
    const last = page.querySelector('#last')!.firstChild as Text;
    const synth = new FakeSynthesizer();
    const reader = new ReadAloud({ root: page, to: { node: last, offset: 'Three is'.length }, synthesizer: synth, voiceWaitMs: 5, signal: controller.signal });
    const done = reader.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    synth.finishLast();
    synth.finishLast();
    synth.finishLast();
    await done;
    expect(synth.texts).to.deep.equal(['One here.', 'Two there.', 'Three is']);
    expect(reader.engine.state).to.equal('idle');
  });

  it('reads a prepared text, highlighting what it maps each part to, and clears the highlight on abort', async () => {
    const page = await fixture(html`<ul><li>First row</li><li>Second row</li></ul>`);
    const [first, second] = [...page.querySelectorAll('li')];
    const prepared: PreparedText = {
      text: 'Spoken first.\nSpoken second.\n',
      rangeFor: (start) => {
        const range = document.createRange();
        range.selectNodeContents(start < 14 ? first! : second!);
        return range;
      },
    };
    const synth = new FakeSynthesizer();
    const reader = new ReadAloud({ root: prepared, synthesizer: synth, voiceWaitMs: 5, signal: controller.signal });
    await reader.start();
    expect(synth.texts).to.deep.equal(['Spoken first.']);
    expect(highlightedText()).to.equal('First row');
    synth.finishLast();
    expect(highlightedText()).to.equal('Second row');
    controller.abort();
    expect(CSS.highlights.has(DEFAULT_HIGHLIGHT)).to.equal(false);
    expect(synth.spoken.every((s) => s.cancelled)).to.equal(true);
  });
});
