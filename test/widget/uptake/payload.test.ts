import { expect } from '@open-wc/testing';
import { RecordAccessGuideCompleteEvent, RecordAccessGuideExitEvent, RecordAccessGuideStepChangeEvent } from '../../../widget/record-access-guide/events.js';
import { WIDGET_VERSION, coarseHour, uptakeBody } from '../../../widget/uptake/payload.js';

const AT = new Date(Date.UTC(2026, 10, 21, 14, 37, 12, 345));
const COMMON = { format: 1, widget: WIDGET_VERSION, hour: '2026-11-21T14:00Z' };

describe('uptake beacon bodies', () => {
  it('keeps only the hour of the time, in UTC', () => {
    expect(coarseHour(AT)).to.equal('2026-11-21T14:00Z');
  });

  it('describes each of the three events with step ids and coarse choices only', () => {
    expect(uptakeBody(new RecordAccessGuideStepChangeEvent('age', 3, 11), AT)).to.deep.equal({ ...COMMON, event: 'rag-step-change', step: 'age', stepNumber: 3, stepCount: 11 });
    expect(uptakeBody(new RecordAccessGuideCompleteEvent('child', ['record', 'appointments']), AT)).to.deep.equal({
      ...COMMON,
      event: 'rag-complete',
      who: 'child',
      services: ['record', 'appointments'],
    });
    expect(uptakeBody(new RecordAccessGuideExitEvent('identity', 'cannot-register'), AT)).to.deep.equal({ ...COMMON, event: 'rag-exit', step: 'identity', reason: 'cannot-register' });
    expect(uptakeBody(new RecordAccessGuideExitEvent('who', null), AT)).to.deep.equal({ ...COMMON, event: 'rag-exit', step: 'who', reason: null });
  });

  it('ignores look-alike events a page makes itself', () => {
    expect(uptakeBody(new Event('rag-step-change'), AT)).to.equal(null);
    expect(uptakeBody(new CustomEvent('rag-exit', { detail: { step: 'who' } }), AT)).to.equal(null);
  });

  it('matches the widget version in package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(WIDGET_VERSION).to.equal(pkg.version);
  });
});
