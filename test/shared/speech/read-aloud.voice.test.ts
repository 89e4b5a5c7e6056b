/**
 * Read-aloud with the browser's real voices (espeak-ng through speech-dispatcher; see
 * web-test-runner.config.mjs). A real mouse click starts it, as browsers require.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { DEFAULT_HIGHLIGHT, ReadAloud, readingHighlightCss } from '../../../shared/speech/read-aloud.js';
import { SpeechStateEvent, SpeechUnitEvent } from '../../../shared/speech/events.js';
import { WebSpeechSynthesizer, type Synthesizer, type VoiceInfo } from '../../../shared/speech/synthesizer.js';

/** The real synthesiser, recording what the engine really reports. */
class RecordingSynthesizer extends WebSpeechSynthesizer implements Synthesizer {
  log: string[] = [];
  voicesUsed = new Set<VoiceInfo>();
  override speak(...[request, callbacks]: Parameters<Synthesizer['speak']>): void {
    this.voicesUsed.add(request.voice);
    super.speak(request, {
      ...callbacks,
      onStart: () => (this.log.push(`start:${request.text}`), callbacks.onStart()),
      onEnd: () => (this.log.push(`end:${request.text}`), callbacks.onEnd()),
    });
  }
}

async function clickToStart(button: HTMLButtonElement, start: () => Promise<void>): Promise<void> {
  const started = new Promise<void>((resolve, reject) => button.addEventListener('click', () => start().then(resolve, reject), { once: true }));
  const box = button.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  await started;
}

function waitForIdle(engine: ReadAloud['engine'], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`still reading after ${timeoutMs} ms`)), timeoutMs);
    const check = () => {
      if (engine.state !== 'idle') return;
      clearTimeout(timer);
      resolve();
    };
    engine.addEventListener(SpeechStateEvent.type, check);
    check();
  });
}

describe('read aloud with real voices', () => {
  // speech-dispatcher starts on first use and takes seconds to list its voices; that start-up is the
  // machine's, not what is tested here.
  before(async function () {
    this.timeout(30_000);
    while (speechSynthesis.getVoices().length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
  });

  let page: HTMLElement;
  let button: HTMLButtonElement;
  let controller: AbortController;

  beforeEach(async () => {
    page = await fixture(html`
      <div>
        <style>${readingHighlightCss()}</style>
        <button>Read aloud</button>
        <h2>Your test results</h2>
        <p>Your blood sugar is a little high. The practice will call you.</p>
        <p aria-hidden="true">This decoration is not read.</p>
        <p>No other action is needed.</p>
      </div>
    `);
    button = page.querySelector('button')!;
    controller = new AbortController();
  });

  afterEach(() => controller.abort());

  it('speaks each sentence with a local voice, moving the highlight from sentence to sentence, and clears it at the end', async () => {
    const synth = new RecordingSynthesizer();
    const highlighted: string[] = [];
    const reader = new ReadAloud({ root: page, skip: (el) => el === button, synthesizer: synth, signal: controller.signal });
    reader.engine.addEventListener(SpeechUnitEvent.type, () => {
      const range = [...(CSS.highlights.get(DEFAULT_HIGHLIGHT) ?? [])][0] as Range | undefined;
      highlighted.push(range?.toString() ?? '(none)');
    });
    await clickToStart(button, () => reader.start());
    const engine = reader.engine;
    await waitForIdle(engine, 30_000);

    const sentences = ['Your test results', 'Your blood sugar is a little high.', 'The practice will call you.', 'No other action is needed.'];
    expect(highlighted).to.deep.equal(sentences);
    expect(synth.log).to.deep.equal(sentences.flatMap((s) => [`start:${s}`, `end:${s}`]));
    for (const voice of synth.voicesUsed) expect(voice.localService).to.equal(true);
    expect(CSS.highlights.has(DEFAULT_HIGHLIGHT)).to.equal(false);
  });

  it('stop removes every highlight at once', async () => {
    const reader = new ReadAloud({ root: page, skip: (el) => el === button, synthesizer: new WebSpeechSynthesizer(), signal: controller.signal });
    await clickToStart(button, () => reader.start());
    const engine = reader.engine;
    expect(engine.state).to.equal('playing');
    expect(CSS.highlights.has(DEFAULT_HIGHLIGHT)).to.equal(true);
    controller.abort();
    expect(engine.state).to.equal('idle');
    expect(CSS.highlights.has(DEFAULT_HIGHLIGHT)).to.equal(false);
    expect(CSS.highlights.has(`${DEFAULT_HIGHLIGHT}-word`)).to.equal(false);
  });
});
