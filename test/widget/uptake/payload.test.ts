import { expect } from '@open-wc/testing';
import {
  RecordAccessGuideCompleteEvent,
  RecordAccessGuideExitEvent,
  RecordAccessGuideStepChangeEvent,
  type ExitReason,
} from '../../../widget/record-access-guide/events.js';
import type { StepId } from '../../../widget/journey/types.js';
import { WIDGET_VERSION, checkedBodyText, coarseHour, outcomeOf, uptakeBody } from '../../../widget/uptake/payload.js';

const AT = new Date(Date.UTC(2026, 10, 21, 14, 37, 12, 345));
const COMMON = { format: 2, widget: WIDGET_VERSION, hour: '2026-11-21T14:00Z' };

describe('uptake beacon bodies', () => {
  it('keeps only the hour of the time, in UTC', () => {
    expect(coarseHour(AT)).to.equal('2026-11-21T14:00Z');
  });

  it('describes a visit with step ids and coarse choices only: never the step number or count, which give away the path', () => {
    const body = (event: Event) => {
      const outcome = outcomeOf(event);
      return outcome && uptakeBody(outcome, AT);
    };
    expect(body(new RecordAccessGuideStepChangeEvent('age', 3, 11))).to.deep.equal({ ...COMMON, event: 'rag-step-change', step: 'age' });
    expect(body(new RecordAccessGuideCompleteEvent('child', ['record', 'appointments']))).to.deep.equal({
      ...COMMON,
      event: 'rag-complete',
      who: 'child',
      services: ['record', 'appointments'],
    });
    expect(body(new RecordAccessGuideExitEvent('identity', 'cannot-register'))).to.deep.equal({
      ...COMMON,
      event: 'rag-exit',
      step: 'identity',
      reason: 'cannot-register',
    });
    expect(body(new RecordAccessGuideExitEvent('who', null))).to.deep.equal({ ...COMMON, event: 'rag-exit', step: 'who', reason: null });
  });

  it('ignores look-alike events a page makes itself', () => {
    expect(outcomeOf(new Event('rag-step-change'))).to.equal(null);
    expect(outcomeOf(new CustomEvent('rag-exit', { detail: { step: 'who' } }))).to.equal(null);
  });

  it('refuses a real event class carrying a value outside its closed set (a planted NHS number, markup, a list of answers)', () => {
    expect(outcomeOf(new RecordAccessGuideExitEvent('who', '943 476 5919' as unknown as ExitReason))).to.equal(null);
    expect(outcomeOf(new RecordAccessGuideExitEvent('<b>x</b>' as StepId, null))).to.equal(null);
    expect(outcomeOf(new RecordAccessGuideStepChangeEvent('age; who=child' as StepId, 1, 1))).to.equal(null);
    expect(outcomeOf(new RecordAccessGuideCompleteEvent('myself', ['record', 'nhs:9434765919' as 'record']))).to.equal(null);
    expect(outcomeOf(new RecordAccessGuideCompleteEvent('myself', ['record', 'record']))).to.equal(null);
  });

  it('re-checks a queued body field by field before it is sent again', () => {
    const good = JSON.stringify({ ...COMMON, event: 'rag-exit', step: 'who', reason: 'worried' });
    expect(checkedBodyText(good)).to.equal(good);
    for (const bad of [
      JSON.stringify({ ...COMMON, event: 'rag-exit', step: 'who', reason: '943 476 5919' }),
      JSON.stringify({ ...COMMON, event: 'rag-exit', step: 'who', reason: 'worried', nhsNumber: '9434765919' }),
      JSON.stringify({ ...COMMON, hour: '2026-11-21T14:37:12Z', event: 'rag-step-change', step: 'who' }),
      JSON.stringify({ ...COMMON, format: 1, event: 'rag-step-change', step: 'who', stepNumber: 2, stepCount: 11 }),
      'not json',
      '"a string"',
    ]) {
      expect(checkedBodyText(bad), bad).to.equal(null);
    }
  });

  it('matches the widget version in package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(WIDGET_VERSION).to.equal(pkg.version);
  });
});
