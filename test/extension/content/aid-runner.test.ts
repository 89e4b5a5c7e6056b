import { expect } from '@open-wc/testing';
import { AidRunner, type Aid } from '../../../extension/content/aid-runner.js';
import { DEFAULT_AIDS } from '../../../extension/settings/schema.js';

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
    const broken: Aid = {
      id: 'broken',
      configKey: () => 'x',
      start: () => {
        throw new Error('page is strange');
      },
    };
    const errors: unknown[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const runner = new AidRunner([broken, recording]);
      runner.apply({ ...DEFAULT_AIDS, textSize: 150 });
      runner.apply({ ...DEFAULT_AIDS, textSize: 150 });
      expect(runner.runningIds).to.deep.equal(['recording']);
      runner.apply({ ...DEFAULT_AIDS, textSize: 200 });
      runner.apply({ ...DEFAULT_AIDS });
      expect(runner.runningIds).to.deep.equal([]);
      runner.apply({ ...DEFAULT_AIDS, textSize: 125 });
      runner.apply(undefined);
      expect(runner.runningIds).to.deep.equal([]);
    } finally {
      console.error = originalError;
    }
    expect(events).to.deep.equal(['start 150', 'abort', 'start 200', 'abort', 'start 125', 'abort']);
    expect(errors.length).to.be.greaterThan(0);
  });
});
