import { expect, fixture, html } from '@open-wc/testing';
import { contrastRatio, parseColor } from '../../../shared/a11y/contrast.js';
import { AidRunner, type Aid } from '../../../extension/content/aid-runner.js';
import { highContrast } from '../../../extension/content/aids/high-contrast.js';

function measured(el: Element): number {
  const style = getComputedStyle(el);
  return contrastRatio(parseColor(style.color)!, parseColor(style.backgroundColor)!);
}

describe('high-contrast aid', () => {
  let page: HTMLElement;
  beforeEach(async () => {
    page = await fixture(html`
      <div>
        <style>
          .pale { color: #999 !important; background-color: #eee; }
        </style>
        <p class="pale">Pale grey text, forced with !important by the page.</p>
        <a href="#x" class="pale">A pale link</a>
      </div>
    `);
  });

  it('gives every sample at least 7:1 and removes everything it added on abort', () => {
    const paragraph = page.querySelector('p')!;
    const link = page.querySelector('a')!;
    const before = { color: getComputedStyle(paragraph).color, stylesheets: document.styleSheets.length };
    expect(measured(paragraph)).to.be.below(3);

    const controller = new AbortController();
    highContrast.start(controller.signal);
    expect(measured(paragraph)).to.be.at.least(7);
    expect(measured(link)).to.be.at.least(7);
    expect(getComputedStyle(link).color).to.equal('rgb(255, 255, 0)');

    controller.abort();
    expect(getComputedStyle(paragraph).color).to.equal(before.color);
    expect(document.styleSheets.length).to.equal(before.stylesheets);
    expect(document.querySelector('[data-record-access-aid]')).to.equal(null);
  });
});

describe('AidRunner', () => {
  it('starts wanted aids once, aborts unwanted ones, and survives an aid that throws', () => {
    const events: string[] = [];
    const recording: Aid = {
      id: 'recording',
      isWanted: (s) => s.highContrast,
      start(signal) {
        events.push('start');
        signal.addEventListener('abort', () => events.push('abort'));
      },
    };
    const broken: Aid = { id: 'broken', isWanted: () => true, start: () => { throw new Error('page is strange'); } };
    const errors: unknown[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const runner = new AidRunner([broken, recording]);
      runner.apply({ highContrast: true });
      runner.apply({ highContrast: true });
      expect(runner.runningIds).to.deep.equal(['recording']);
      runner.apply({ highContrast: false });
      expect(runner.runningIds).to.deep.equal([]);
      runner.apply({ highContrast: true });
      runner.stopAll();
    } finally {
      console.error = originalError;
    }
    expect(events).to.deep.equal(['start', 'abort', 'start', 'abort']);
    expect(errors.length).to.be.greaterThan(0);
  });
});
