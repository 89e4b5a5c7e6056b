import { expect } from '@open-wc/testing';
import { AidRunner, type Aid } from '../../../extension/content/aid-runner.js';
import { DEFAULT_AIDS } from '../../../extension/settings/schema.js';
import { captureConsole } from '../support/index.js';

/** An aid that throws as it starts, as one might on a strange page; it records the signal it was given each time. */
function brokenAid(): Aid & { thrown: Error[]; signals: AbortSignal[] } {
  const thrown: Error[] = [];
  const signals: AbortSignal[] = [];
  return {
    id: 'broken',
    configKey: () => 'x',
    start: (_aids, signal) => {
      signals.push(signal);
      const error = new Error('page is strange');
      thrown.push(error);
      throw error;
    },
    thrown,
    signals,
  };
}

describe('AidRunner', () => {
  it('starts wanted aids once, restarts them when their settings change, stops them when unwanted or off', () => {
    const events: string[] = [];
    const recording: Aid = {
      id: 'recording',
      configKey: (aids) => (aids.textSize === 100 ? undefined : String(aids.textSize)),
      start(aids, signal) {
        events.push(`start ${aids.textSize}`);
        signal.addEventListener('abort', () => events.push('abort'));
      },
    };
    const runner = new AidRunner([recording]);
    runner.apply({ ...DEFAULT_AIDS, textSize: 150 });
    runner.apply({ ...DEFAULT_AIDS, textSize: 150 });
    expect(runner.runningIds).to.deep.equal(['recording']);
    runner.apply({ ...DEFAULT_AIDS, textSize: 200 });
    runner.apply({ ...DEFAULT_AIDS });
    expect(runner.runningIds).to.deep.equal([]);
    runner.apply({ ...DEFAULT_AIDS, textSize: 125 });
    runner.apply(undefined);
    expect(runner.runningIds).to.deep.equal([]);
    expect(events).to.deep.equal(['start 150', 'abort', 'start 200', 'abort', 'start 125', 'abort']);
  });

  it('an aid that throws as it starts is reported by name with its error, stood down, and the others run on', () => {
    const broken = brokenAid();
    const events: string[] = [];
    const recording: Aid = {
      id: 'recording',
      configKey: (aids) => String(aids.textSize),
      start: (aids) => void events.push(`start ${aids.textSize}`),
    };
    const errors = captureConsole('error');
    let running: string[];
    try {
      // The broken aid comes first: the one after it must still start.
      const runner = new AidRunner([broken, recording]);
      runner.apply({ ...DEFAULT_AIDS, textSize: 150 });
      running = runner.runningIds;
    } finally {
      errors.restore();
    }
    expect(events).to.deep.equal(['start 150']);
    expect(running).to.deep.equal(['recording']);
    // Stood down: what it may have set up before throwing is told to undo itself.
    expect(broken.signals.map((signal) => signal.aborted)).to.deep.equal([true]);
    expect(errors.calls).to.deep.equal([['Record Access Aids: the "broken" aid could not start on this page.', broken.thrown[0]]]);
  });
});
