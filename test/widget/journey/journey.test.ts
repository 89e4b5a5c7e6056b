import { expect } from '@open-wc/testing';
import {
  answeredQuestions,
  changeAnswer,
  goBack,
  initialState,
  journeyPath,
  nextStep,
  stepPosition,
  stopForNow,
  submitStep,
  validateAnswer,
} from '../../../widget/journey/journey.js';
import type { JourneyContext, JourneyState, StepId } from '../../../widget/journey/types.js';

const ALL: JourneyContext = { services: ['record', 'appointments', 'prescriptions', 'messages'] };

/** Submits each answer in turn from the start, failing loudly on any validation error. */
function walk(answers: readonly (readonly string[])[], context: JourneyContext = ALL): JourneyState {
  let state = initialState();
  for (const values of answers) {
    const result = submitStep(state, values, context);
    if (!result.ok) throw new Error(`${state.current}: ${result.error}`);
    state = result.state;
  }
  return state;
}

function visited(state: JourneyState): StepId[] {
  return [...state.history, state.current];
}

describe('journey graph', () => {
  it('starts at the start step with no answers', () => {
    expect(initialState()).to.deep.equal({ version: 1, current: 'start', history: [], answers: {}, changingFromCheck: false });
  });

  it('takes a patient signing up for themselves (16+, photo ID) through every step in order', () => {
    const state = walk([[], ['myself'], ['16-plus'], ['record', 'appointments'], [], ['continue'], ['yes'], [], ['large-print'], []]);
    expect(visited(state)).to.deep.equal(['start', 'who', 'age', 'services', 'record', 'decide', 'identity', 'portals', 'support', 'check', 'next-steps']);
    expect(state.answers).to.deep.equal({
      who: 'myself',
      age: '16-plus',
      services: ['record', 'appointments'],
      decision: 'continue',
      photoId: 'yes',
      support: ['large-print'],
    });
  });

  it('explains proxy access to a parent, then asks the child’s age', () => {
    const state = walk([[], ['child'], [], ['under-13']]);
    expect(visited(state)).to.deep.equal(['start', 'who', 'proxy', 'age', 'services']);
  });

  it('skips the age question for an adult helping another adult', () => {
    const state = walk([[], ['adult'], []]);
    expect(visited(state)).to.deep.equal(['start', 'who', 'proxy', 'services']);
  });

  it('sends a patient under 13 from age straight to support: the NHS App is not for them yet', () => {
    const state = walk([[], ['myself'], ['under-13']]);
    expect(state.current).to.equal('support');
    expect(journeyPath(state.answers, ALL)).to.deep.equal(['start', 'who', 'age', 'support', 'check', 'next-steps']);
  });

  it('skips the photo ID question for a patient aged 13 to 15: their route is registration details from the practice', () => {
    const state = walk([[], ['myself'], ['13-to-15'], ['record'], [], ['continue']]);
    expect(state.current).to.equal('portals');
    expect(journeyPath(state.answers, ALL)).to.not.include('identity');
  });

  it('skips what you will see and before you decide when the patient does not want their record', () => {
    const state = walk([[], ['myself'], ['16-plus'], ['prescriptions']]);
    expect(state.current).to.equal('identity');
  });

  it('skips the record steps and does not offer the record at a practice that does not offer it', () => {
    const context: JourneyContext = { services: ['appointments', 'prescriptions'] };
    expect(journeyPath({}, context)).to.not.include('record');
    expect(validateAnswer('services', ['record'], initialState(), context)).to.deep.equal({ ok: false, error: 'unknown-option' });
  });

  it('goes to the leaving step when the patient chooses to stop at before you decide', () => {
    const state = walk([[], ['myself'], ['16-plus'], ['record'], [], ['stop']]);
    expect(state.current).to.equal('leaving');
    expect(stepPosition(state, ALL)).to.equal(null);
  });

  it('carries on to identity when the patient wants to talk to the practice first', () => {
    const state = walk([[], ['myself'], ['16-plus'], ['record'], [], ['talk']]);
    expect(state.current).to.equal('identity');
    expect(state.answers.decision).to.equal('talk');
  });

  it('takes an optional stop reason, and stays on the leaving step', () => {
    const stopped = stopForNow(walk([[], ['myself']]));
    expect(stopped.current).to.equal('leaving');
    const withReason = submitStep(stopped, ['cannot-register'], ALL);
    expect(withReason.ok && withReason.state.current).to.equal('leaving');
    expect(withReason.ok && withReason.state.answers.stopReason).to.equal('cannot-register');
    const withoutReason = submitStep(stopped, [], ALL);
    expect(withoutReason.ok && withoutReason.state.answers.stopReason).to.equal(undefined);
  });

  describe('Step N of M', () => {
    it('counts the path of a patient signing up for themselves', () => {
      const state = walk([[], ['myself'], ['16-plus']]);
      expect(stepPosition(state, ALL)).to.deep.equal({ number: 4, count: 11 });
    });

    it('counts unanswered branches as taken, so the count only shrinks as answers arrive', () => {
      expect(stepPosition(initialState(), ALL)).to.deep.equal({ number: 1, count: 12 });
      const child = walk([[], ['child']]);
      expect(stepPosition(child, ALL)).to.deep.equal({ number: 3, count: 12 });
      const adult = walk([[], ['adult']]);
      expect(stepPosition(adult, ALL)).to.deep.equal({ number: 3, count: 11 });
    });
  });

  describe('validation', () => {
    const cases: [StepId, string[], string][] = [
      ['who', [], 'who-required'],
      ['age', [], 'age-required'],
      ['services', [], 'services-required'],
      ['decide', [], 'decide-required'],
      ['identity', [], 'identity-required'],
      ['who', ['someone'], 'unknown-option'],
      ['who', ['myself', 'child'], 'unknown-option'],
      ['services', ['record', 'x-rays'], 'unknown-option'],
    ];
    for (const [step, values, error] of cases) {
      it(`rejects ${JSON.stringify(values)} at ${step} with ${error}, changing nothing`, () => {
        const state: JourneyState = { ...initialState(), current: step, answers: { who: 'myself' } };
        expect(validateAnswer(step, values, state, ALL)).to.deep.equal({ ok: false, error });
        const result = submitStep(state, values, ALL);
        expect(result).to.deep.equal({ ok: false, error });
        expect(state.answers).to.deep.equal({ who: 'myself' });
      });
    }

    it('lets support be left empty (it is optional)', () => {
      const state: JourneyState = { ...initialState(), current: 'support' };
      expect(validateAnswer('support', [], state, ALL)).to.deep.equal({ ok: true, answers: { support: [] } });
    });

    it('stores checkbox answers in the order the options are listed, not the order sent', () => {
      const state: JourneyState = { ...initialState(), current: 'services' };
      expect(validateAnswer('services', ['messages', 'record'], state, ALL)).to.deep.equal({ ok: true, answers: { services: ['record', 'messages'] } });
    });
  });

  describe('back', () => {
    it('returns to the previous step, keeping the answers', () => {
      const state = walk([[], ['myself'], ['16-plus']]);
      const back = goBack(state, ALL);
      expect(back.current).to.equal('age');
      expect(back.answers.age).to.equal('16-plus');
      expect(goBack(back, ALL).current).to.equal('who');
    });

    it('does nothing at the start', () => {
      const state = initialState();
      expect(goBack(state, ALL)).to.equal(state);
    });

    it('skips steps that no longer apply after an answer changed', () => {
      let state = walk([[], ['child'], [], ['16-plus']]);
      // The patient goes back to "who" and says "myself": the proxy step is no longer on their path.
      state = { ...state, answers: { ...state.answers, who: 'myself' } };
      state = goBack(state, ALL);
      expect(state.current).to.equal('age');
      state = goBack(state, ALL);
      expect(state.current).to.equal('who');
    });
  });

  describe('check your answers', () => {
    const toCheck = (): JourneyState => walk([[], ['myself'], ['16-plus'], ['appointments'], ['no'], [], []]);

    it('lists the questions on the path', () => {
      const state = toCheck();
      expect(state.current).to.equal('check');
      expect(answeredQuestions(state.answers, ALL)).to.deep.equal(['who', 'age', 'services', 'identity', 'support']);
    });

    it('returns to check after changing an answer', () => {
      const changing = changeAnswer(toCheck(), 'identity');
      expect(changing.current).to.equal('identity');
      const result = submitStep(changing, ['yes'], ALL);
      expect(result.ok && result.state.current).to.equal('check');
      expect(result.ok && result.state.changingFromCheck).to.equal(false);
      expect(result.ok && result.state.answers.photoId).to.equal('yes');
    });

    it('asks the questions a changed answer opens up before returning to check', () => {
      // Changing "myself" to "my child" opens the proxy explanation; the age is already answered.
      let state = changeAnswer(toCheck(), 'services');
      const result = submitStep(state, ['record'], ALL);
      if (!result.ok) throw new Error(result.error);
      state = result.state;
      // Choosing the record opens the decide question, which has no answer yet.
      expect(state.current).to.equal('decide');
      const decided = submitStep(state, ['continue'], ALL);
      expect(decided.ok && decided.state.current).to.equal('check');
    });

    it('Back while changing an answer returns to check', () => {
      const changing = changeAnswer(toCheck(), 'who');
      const back = goBack(changing, ALL);
      expect(back.current).to.equal('check');
      expect(back.changingFromCheck).to.equal(false);
    });
  });

  it('keeps the state a plain serialisable object', () => {
    const state = walk([[], ['adult'], [], ['record', 'prescriptions'], [], ['continue'], ['no']]);
    expect(JSON.parse(JSON.stringify(state))).to.deep.equal(state);
  });

  it('does not move on from next steps', () => {
    expect(nextStep('next-steps', {}, false, ALL)).to.equal('next-steps');
  });
});
