/**
 * What each screen says, on every generated path (test/a11y/support/journey-paths.ts): the journey bugs of
 * issue #17 that are about words, and the record step's length.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { JourneyState, StopReason } from '../../../widget/journey/types.js';
import { STOP_REASONS } from '../../../widget/journey/types.js';
import { leavingHelpView } from '../../../widget/record-access-guide/step-views.js';
import { journeyPaths } from '../../a11y/support/journey-paths.js';
import { renderStep, viewContext, visibleWords } from './step-text.js';

const states: JourneyState[] = journeyPaths().flatMap((path) => path.states);

afterEach(() => {
  for (const node of document.body.querySelectorAll(':scope > div')) node.remove();
});

describe('what each step says', () => {
  // Bug 5 of issue #17: on main a parent or carer read "Nobody should make you show them your record".
  it('never speaks of "your record" to a parent or carer: on their paths it is their record', () => {
    const proxyStates = states.filter((state) => state.answers.who === 'child' || state.answers.who === 'adult');
    expect(proxyStates.some((state) => state.current === 'record')).to.equal(true);
    for (const state of proxyStates) {
      const text = renderStep(state).textContent ?? '';
      expect(text, `${state.answers.who} on ${state.current}`).to.not.match(/\byour (GP |health )?record\b/i);
    }
  });

  // Bug 6 of issue #17: on main a 13 to 15 year old saw the 16+ rule for new entries with nothing saying it was not theirs yet.
  it('tells a 13 to 15 year old that the 16+ rule for new entries does not apply to them yet', () => {
    const teen = states.find((state) => state.current === 'record' && state.answers.who === 'myself' && state.answers.age === '13-to-15');
    expect(teen, 'a path shows the record step to a 13 to 15 year old').to.not.equal(undefined);
    const text = renderStep(teen as JourneyState).textContent ?? '';
    expect(text).to.contain('From 16');
    expect(text).to.contain('does not apply to you yet');
    const adult = states.find((state) => state.current === 'record' && state.answers.who === 'myself' && state.answers.age === '16-plus');
    expect(renderStep(adult as JourneyState).textContent).to.not.contain('does not apply to you yet');
  });

  it('shows at most 150 words on the record step, with the rest behind disclosures', () => {
    const records = states.filter((state) => state.current === 'record');
    expect(records.length).to.be.greaterThan(2);
    let most = 0;
    for (const state of records) {
      const container = renderStep(state);
      const shown = visibleWords(container);
      most = Math.max(most, shown);
      expect(shown, `${state.answers.who}/${state.answers.age ?? ''}`).to.be.at.most(150);
      // The disclosures hold real content: opening them shows more.
      for (const details of container.querySelectorAll('details')) details.open = true;
      expect(visibleWords(container)).to.be.greaterThan(shown + 100);
    }
    console.log(`record step: at most ${most} words shown`);
  });

  it('explains jargon where it first appears on a path', () => {
    // A term, and words that must be on the same screen when it first appears.
    const JARGON: [RegExp, RegExp][] = [
      [/\bvouch/i, /say they know who you are|know you/i],
      [/linkage key/i, /a kind of password/i],
      [/parental responsibility/i, /legal right to make choices/i],
      [/best interests/i, /what is best for them/i],
      [/lasting power of attorney/i, /legal paper/i],
      [/\bdeputy\b/i, /court can name someone/i],
    ];
    for (const path of journeyPaths()) {
      const firstSeen = new Set<number>();
      for (const state of path.states) {
        const text = renderStep(state).textContent ?? '';
        JARGON.forEach(([term, explanation], index) => {
          if (firstSeen.has(index) || !term.test(text)) return;
          firstSeen.add(index);
          expect(text, `${path.name}: "${term.source}" on ${state.current}`).to.match(explanation);
        });
      }
    }
  });

  it('"What is stopping you?" gives help that fits each answer', () => {
    const helps = new Map<StopReason, string>();
    const state: JourneyState = { version: 1, current: 'leaving', history: ['start', 'who'], answers: { who: 'myself' }, changingFromCheck: false };
    for (const reason of STOP_REASONS) {
      const container = document.createElement('div');
      document.body.append(container);
      render(leavingHelpView(viewContext(state), reason), container);
      helps.set(reason, container.textContent ?? '');
    }
    expect(helps.get('cannot-register')).to.contain('Without photo ID');
    expect(helps.get('confidentiality')).to.contain('Only you see your record');
    expect(helps.get('access-needs')).to.contain('British Sign Language');
    expect(helps.get('worried')).to.contain('111');
    expect(helps.get('no-point')).to.contain('test results');
    const distinct = new Set(STOP_REASONS.filter((r) => r !== 'other').map((reason) => helps.get(reason)));
    expect(distinct.size).to.equal(STOP_REASONS.length - 1);
  });
});
