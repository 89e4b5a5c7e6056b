import { expect } from '@open-wc/testing';
import { SpeechEngine } from '../../../shared/speech/engine.js';
import { SpeechFinishedEvent, SpeechProblemEvent, SpeechStateEvent, SpeechUnitEvent, SpeechWordEvent } from '../../../shared/speech/events.js';
import { AMERICAN, BRITISH, CLOUD_BRITISH, FakeSynthesizer, ManualTimers } from './fake-synthesizer.js';

const TEXT = 'First sentence. Second sentence. Third sentence.';

function setUp(voices = [BRITISH, AMERICAN]) {
  const synth = new FakeSynthesizer(voices);
  const timers = new ManualTimers();
  const engine = new SpeechEngine({ synthesizer: synth, setTimer: timers.set, clearTimer: timers.clear, voiceWaitMs: 5 });
  const log: string[] = [];
  engine.addEventListener(SpeechUnitEvent.type, (e) => log.push(`unit:${(e as SpeechUnitEvent).unit.text}`));
  engine.addEventListener(SpeechStateEvent.type, (e) => log.push(`state:${(e as SpeechStateEvent).state}`));
  engine.addEventListener(SpeechFinishedEvent.type, () => log.push('finished'));
  engine.addEventListener(SpeechProblemEvent.type, (e) => log.push(`problem:${(e as SpeechProblemEvent).problem}`));
  return { synth, timers, engine, log };
}

describe('SpeechEngine', () => {
  it('queues one utterance per sentence, in order, with the chosen voice and rate', async () => {
    const { synth, engine, log } = setUp();
    engine.rate = 1.25;
    await engine.play(TEXT);
    expect(synth.texts).to.deep.equal(['First sentence.']);
    expect(synth.last.request.voice).to.equal(BRITISH);
    expect(synth.last.request.rate).to.equal(1.25);
    expect(synth.last.request.lang).to.equal('en-GB');
    synth.finishLast();
    synth.finishLast();
    synth.finishLast();
    expect(synth.texts).to.deep.equal(['First sentence.', 'Second sentence.', 'Third sentence.']);
    expect(log).to.deep.equal([
      'state:loading',
      'state:playing',
      'unit:First sentence.',
      'unit:Second sentence.',
      'unit:Third sentence.',
      'state:idle',
      'finished',
    ]);
    expect(engine.state).to.equal('idle');
  });

  it('reads from any offset ("read from here")', async () => {
    const { synth, engine } = setUp();
    await engine.play(TEXT, TEXT.indexOf('Second') + 3);
    expect(synth.texts).to.deep.equal(['Second sentence.']);
    expect(engine.current?.start).to.equal(TEXT.indexOf('Second'));
  });

  it('pauses by stopping the voice, and resumes from the start of the same sentence', async () => {
    const { synth, engine, log } = setUp();
    await engine.play(TEXT);
    synth.finishLast();
    engine.pause();
    expect(engine.state).to.equal('paused');
    expect(synth.last.cancelled).to.equal(true);
    expect(log).to.not.include('finished');
    engine.resume();
    expect(engine.state).to.equal('playing');
    expect(synth.texts).to.deep.equal(['First sentence.', 'Second sentence.', 'Second sentence.']);
  });

  it('skips forward and back, playing or paused, and ignores events from skipped utterances', async () => {
    const { synth, engine } = setUp();
    await engine.play(TEXT);
    const first = synth.last;
    engine.next();
    expect(synth.texts.at(-1)).to.equal('Second sentence.');
    // A late end from the skipped utterance must not advance anything.
    first.callbacks.onEnd();
    expect(synth.texts.at(-1)).to.equal('Second sentence.');
    engine.previous();
    expect(synth.texts.at(-1)).to.equal('First sentence.');
    engine.previous();
    expect(synth.texts.at(-1)).to.equal('First sentence.');
    engine.pause();
    const spokenWhilePaused = synth.spoken.length;
    engine.next();
    expect(engine.current?.text).to.equal('Second sentence.');
    expect(synth.spoken.length).to.equal(spokenWhilePaused);
    engine.resume();
    expect(synth.texts.at(-1)).to.equal('Second sentence.');
  });

  it('stops completely', async () => {
    const { synth, engine, timers } = setUp();
    await engine.play(TEXT);
    engine.stop();
    expect(engine.state).to.equal('idle');
    expect(engine.current).to.equal(undefined);
    expect(timers.pending.size).to.equal(0);
    synth.finishLast();
    expect(synth.texts).to.deep.equal(['First sentence.']);
  });

  it('turns word boundaries into offsets in the whole text', async () => {
    const { synth, engine } = setUp();
    const words: [number, number][] = [];
    engine.addEventListener(SpeechWordEvent.type, (e) => words.push([(e as SpeechWordEvent).start, (e as SpeechWordEvent).end]));
    await engine.play(TEXT, 16);
    synth.last.callbacks.onWord(0, 6);
    synth.last.callbacks.onWord(7, undefined);
    expect(words.map(([s, e]) => TEXT.slice(s, e))).to.deep.equal(['Second', 'sentence.']);
  });

  it('says clearly when there is no local voice, and does not speak', async () => {
    const { synth, engine, log } = setUp([CLOUD_BRITISH]);
    await engine.play(TEXT);
    expect(synth.spoken).to.have.length(0);
    expect(engine.state).to.equal('idle');
    expect(log).to.include('problem:no-voice');
  });

  it('waits for voices that arrive late', async () => {
    const synth = new FakeSynthesizer([]);
    const engine = new SpeechEngine({ synthesizer: synth, voiceWaitMs: 1000 });
    const playing = engine.play(TEXT);
    synth.setVoices([BRITISH]);
    await playing;
    expect(synth.texts).to.deep.equal(['First sentence.']);
    engine.stop();
  });

  it('retries a stalled sentence once, then skips it and says so', async () => {
    const { synth, engine, timers, log } = setUp();
    await engine.play(TEXT);
    synth.last.callbacks.onStart();
    timers.fireAll();
    expect(synth.texts).to.deep.equal(['First sentence.', 'First sentence.']);
    timers.fireAll();
    expect(synth.texts).to.deep.equal(['First sentence.', 'First sentence.', 'Second sentence.']);
    expect(log).to.include('problem:synthesis-failed');
    expect(engine.state).to.equal('playing');
  });

  it('allows long sentences and slow rates more time before calling it a stall', async () => {
    const { engine, timers } = setUp();
    engine.rate = 0.5;
    await engine.play(`${'word '.repeat(40)}end.`);
    const [timer] = [...timers.pending.values()];
    // 205 characters at 8 characters a second, halved speed: over 50 s.
    expect(timer?.ms).to.be.greaterThan(50_000);
  });

  it('skips a sentence the engine fails on, and pauses when the browser refuses to speak', async () => {
    const { synth, engine, log } = setUp();
    await engine.play(TEXT);
    synth.last.callbacks.onError('synthesis-failed');
    expect(synth.texts.at(-1)).to.equal('Second sentence.');
    synth.last.callbacks.onError('not-allowed');
    expect(engine.state).to.equal('paused');
    expect(log).to.include('problem:not-allowed');
    engine.resume();
    expect(synth.texts.at(-1)).to.equal('Second sentence.');
  });

  it('restarts the current sentence when the rate changes, and clamps the rate', async () => {
    const { synth, engine } = setUp();
    await engine.play(TEXT);
    engine.rate = 5;
    expect(engine.rate).to.equal(2);
    expect(synth.texts).to.deep.equal(['First sentence.', 'First sentence.']);
    expect(synth.last.request.rate).to.equal(2);
    engine.rate = Number.NaN;
    expect(engine.rate).to.equal(1);
  });

  it('a second play replaces the first, even while voices are loading', async () => {
    const synth = new FakeSynthesizer([]);
    const engine = new SpeechEngine({ synthesizer: synth, voiceWaitMs: 1000 });
    const first = engine.play('Old text.');
    engine.stop();
    const second = engine.play('New text.');
    synth.setVoices([BRITISH]);
    await Promise.all([first, second]);
    expect(synth.texts).to.deep.equal(['New text.']);
    engine.stop();
  });
});

describe('SpeechEngine reading text that is still being prepared', () => {
  it('starts on the first settled sentence, waits at the edge, and goes on as text arrives', async () => {
    const { synth, engine, log } = setUp();
    await engine.play('First sentence. Second sen', 0, { complete: false });
    expect(synth.texts).to.deep.equal(['First sentence.']);
    synth.finishLast();
    // "Second sen" may still grow: nothing is spoken, and reading has not finished.
    expect(synth.texts).to.deep.equal(['First sentence.']);
    expect(engine.state).to.equal('playing');
    engine.extendText('First sentence. Second sentence. Thi', false);
    expect(synth.texts).to.deep.equal(['First sentence.', 'Second sentence.']);
    synth.finishLast();
    engine.extendText('First sentence. Second sentence. Third sentence.', true);
    expect(synth.texts.at(-1)).to.equal('Third sentence.');
    synth.finishLast();
    expect(log.at(-1)).to.equal('finished');
  });

  it('does not cut a sentence at a break the rest of the text would remove', async () => {
    const { synth, engine } = setUp();
    // With nothing after "b.d. ", a sentence break there cannot be trusted yet.
    await engine.play('Take one b.d. ', 0, { complete: false });
    expect(synth.spoken).to.have.length(0);
    engine.extendText('Take one b.d. with food. Then rest.', false);
    expect(synth.texts).to.deep.equal(['Take one b.d. with food.']);
  });

  it('waits for voices while text keeps arriving, then reads from the newest text', async () => {
    const synth = new FakeSynthesizer([]);
    const engine = new SpeechEngine({ synthesizer: synth, voiceWaitMs: 1000 });
    const playing = engine.play('One. Tw', 0, { complete: false });
    engine.extendText('One. Two.', true);
    synth.setVoices([BRITISH]);
    await playing;
    expect(synth.texts).to.deep.equal(['One.']);
    synth.finishLast();
    expect(synth.texts).to.deep.equal(['One.', 'Two.']);
    engine.stop();
  });

  it('ignores text that does not extend what it is reading', async () => {
    const { synth, engine } = setUp();
    await engine.play('One. Tw', 0, { complete: false });
    engine.extendText('Something else entirely.', true);
    synth.finishLast();
    expect(engine.state).to.equal('playing');
    expect(synth.texts).to.deep.equal(['One.']);
  });
});

describe('the engine’s shape', () => {
  // Firefox content scripts drop a DOM subclass's own methods (play, stop...), so the engine must not be one.
  it('is a plain object that holds its event target, not a subclass of EventTarget', () => {
    const engine = new SpeechEngine({ synthesizer: new FakeSynthesizer() });
    expect(engine instanceof EventTarget).to.equal(false);
    expect(typeof engine.play).to.equal('function');
    expect(typeof engine.stop).to.equal('function');
  });
});
