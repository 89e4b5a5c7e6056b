import { expect } from '@open-wc/testing';
import {
  answeredQuestions,
  changeAnswer,
  goBack,
  initialState,
  isPossibleState,
  journeyPath,
  nextStep,
  QUESTIONS,
  stepPosition,
  stopForNow,
  submitStep,
  validateAnswer,
} from '../../../widget/journey/journey.js';
import type { JourneyContext, JourneyState, StepId } from '../../../widget/journey/types.js';
import { choicesFor, journeyPaths } from '../../a11y/support/journey-paths.js';
import { seededRandom } from '../support/index.js';

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

  it('takes a patient signing up for themselves (16+, record, photo ID) through 8 screens', () => {
    const state = walk([[], ['myself'], ['16-plus'], ['record', 'appointments'], ['continue'], ['yes'], []]);
    expect(visited(state)).to.deep.equal(['start', 'who', 'age', 'services', 'record', 'identity', 'check', 'next-steps']);
    expect(state.answers).to.deep.equal({ who: 'myself', age: '16-plus', services: ['record', 'appointments'], decision: 'continue', photoId: 'yes' });
  });

  it('asks a parent the child’s age, then explains proxy access for that age', () => {
    const state = walk([[], ['child'], ['under-13'], []]);
    expect(visited(state)).to.deep.equal(['start', 'who', 'age', 'proxy', 'services']);
  });

  // Bug 1 of issue #17: on main a child aged 16 or over went down the parental-responsibility route.
  it('routes a child aged 16 or over through consent, as an adult, not parental responsibility', () => {
    const state = walk([[], ['child'], ['16-plus'], []]);
    expect(visited(state)).to.deep.equal(['start', 'who', 'age', 'proxy', 'consent']);
    expect(journeyPath(walk([[], ['child'], ['13-to-15']]).answers, ALL)).to.not.include('consent');
  });

  // Bug 3 of issue #17: on main an adult who cannot agree was only told the person "will usually need to agree".
  it('asks a carer whether the adult can agree, with LPA, deputy and best interests as the answers for when they cannot', () => {
    const state = walk([[], ['adult'], []]);
    expect(visited(state)).to.deep.equal(['start', 'who', 'proxy', 'consent']);
    for (const basis of ['yes', 'lpa', 'deputy', 'neither']) {
      const result = submitStep(state, [basis], ALL);
      expect(result.ok && result.state.current, basis).to.equal('services');
      expect(result.ok && result.state.answers.consent, basis).to.equal(basis);
    }
    expect(submitStep(state, [], ALL)).to.deep.equal({ ok: false, error: 'consent-required' });
  });

  it('sends a patient under 13 from age straight to check: the NHS App is not for them yet', () => {
    const state = walk([[], ['myself'], ['under-13']]);
    expect(state.current).to.equal('check');
    expect(journeyPath(state.answers, ALL)).to.deep.equal(['start', 'who', 'age', 'check', 'next-steps']);
  });

  it('skips the photo ID question for a patient aged 13 to 15: their route is registration details from the practice', () => {
    const state = walk([[], ['myself'], ['13-to-15'], ['record'], ['continue']]);
    expect(state.current).to.equal('check');
    expect(journeyPath(state.answers, ALL)).to.not.include('identity');
  });

  it('skips what you will see when the patient does not want their record', () => {
    const state = walk([[], ['myself'], ['16-plus'], ['prescriptions']]);
    expect(state.current).to.equal('identity');
  });

  it('skips the record step and does not offer the record at a practice that does not offer it', () => {
    const context: JourneyContext = { services: ['appointments', 'prescriptions'] };
    expect(journeyPath({}, context)).to.not.include('record');
    expect(validateAnswer('services', ['record'], initialState(), context)).to.deep.equal({ ok: false, error: 'unknown-option' });
  });

  it('goes to the leaving step when the patient chooses to stop on the record step', () => {
    const state = walk([[], ['myself'], ['16-plus'], ['record'], ['stop']]);
    expect(state.current).to.equal('leaving');
    expect(stepPosition(state, ALL)).to.equal(null);
  });

  it('carries on to identity when the patient wants to talk to the practice first', () => {
    const state = walk([[], ['myself'], ['16-plus'], ['record'], ['talk']]);
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
    it('does not count the start page', () => {
      expect(stepPosition(initialState(), ALL)).to.equal(null);
    });

    it('shows a total only once it is certain, so it never jumps', () => {
      const who = walk([[]]);
      expect(stepPosition(who, ALL)).to.deep.include({ number: 1, certain: false });
      const age = walk([[], ['myself']]);
      expect(stepPosition(age, ALL)).to.deep.include({ number: 2, certain: false });
      const services = walk([[], ['myself'], ['16-plus']]);
      expect(stepPosition(services, ALL)).to.deep.include({ number: 3, certain: false });
      const record = walk([[], ['myself'], ['16-plus'], ['record']]);
      expect(stepPosition(record, ALL)).to.deep.equal({ number: 4, count: 7, certain: true });
      // Every later step of the path keeps that total.
      for (const later of [
        walk([[], ['myself'], ['16-plus'], ['record'], ['continue']]),
        walk([[], ['myself'], ['16-plus'], ['record'], ['continue'], ['yes']]),
      ]) {
        expect(stepPosition(later, ALL)).to.deep.include({ count: 7, certain: true });
      }
    });

    it('on every generated path, a total once shown never changes', () => {
      for (const path of journeyPaths(ALL)) {
        let shown: number | null = null;
        for (const state of path.states) {
          if (state.changingFromCheck || state.history.includes('check')) break;
          const position = stepPosition(state, ALL);
          if (!position?.certain) continue;
          if (shown !== null) expect(position.count, path.name).to.equal(shown);
          shown = position.count;
        }
      }
    });
  });

  describe('validation', () => {
    const cases: [StepId, string[], string][] = [
      ['who', [], 'who-required'],
      ['age', [], 'age-required'],
      ['consent', [], 'consent-required'],
      ['services', [], 'services-required'],
      ['record', [], 'record-required'],
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
      let state = walk([[], ['child'], ['16-plus'], [], ['yes']]);
      // The patient goes back to "who" and says "myself": the proxy and consent steps are no longer on their path.
      state = { ...state, answers: { ...state.answers, who: 'myself' } };
      state = goBack(state, ALL);
      expect(state.current).to.equal('age');
      state = goBack(state, ALL);
      expect(state.current).to.equal('who');
    });
  });

  describe('check your answers', () => {
    const toCheck = (): JourneyState => walk([[], ['myself'], ['16-plus'], ['appointments'], ['no']]);

    it('lists the questions on the path', () => {
      const state = toCheck();
      expect(state.current).to.equal('check');
      expect(answeredQuestions(state.answers, ALL)).to.deep.equal(['who', 'age', 'services', 'identity']);
    });

    it('returns to check after changing an answer', () => {
      const changing = changeAnswer(toCheck(), 'identity');
      expect(changing.current).to.equal('identity');
      const result = submitStep(changing, ['yes'], ALL);
      expect(result.ok && result.state.current).to.equal('check');
      expect(result.ok && result.state.changingFromCheck).to.equal(false);
      expect(result.ok && result.state.answers.photoId).to.equal('yes');
    });

    it('returns straight to check when an answer is sent again unchanged', () => {
      const result = submitStep(changeAnswer(toCheck(), 'who'), ['myself'], ALL);
      expect(result.ok && result.state.current).to.equal('check');
      expect(result.ok && result.state.answers.age).to.equal('16-plus');
    });

    it('asks the questions a changed answer opens up before returning to check', () => {
      let state = changeAnswer(toCheck(), 'services');
      const result = submitStep(state, ['record'], ALL);
      if (!result.ok) throw new Error(result.error);
      state = result.state;
      // Choosing the record opens the record step, whose question has no answer yet.
      expect(state.current).to.equal('record');
      const decided = submitStep(state, ['continue'], ALL);
      expect(decided.ok && decided.state.current).to.equal('check');
    });

    // Bug 2 of issue #17: on main, Myself -> My child went straight back to check, skipping the proxy
    // step and keeping the patient's own age as the child's.
    it('Myself -> My child: asks the child’s age afresh and shows the proxy step before returning to check', () => {
      let state = changeAnswer(toCheck(), 'who');
      const seen: StepId[] = [];
      for (const values of [['child'], ['13-to-15'], []]) {
        const result = submitStep(state, values, ALL);
        if (!result.ok) throw new Error(`${state.current}: ${result.error}`);
        state = result.state;
        seen.push(state.current);
      }
      expect(seen).to.deep.equal(['age', 'proxy', 'check']);
      expect(state.answers).to.deep.include({ who: 'child', age: '13-to-15' });
    });

    it('Myself -> Another adult: shows the proxy step and asks whether they can agree', () => {
      let state = changeAnswer(toCheck(), 'who');
      const seen: StepId[] = [];
      for (const values of [['adult'], [], ['lpa']]) {
        const result = submitStep(state, values, ALL);
        if (!result.ok) throw new Error(`${state.current}: ${result.error}`);
        state = result.state;
        seen.push(state.current);
      }
      expect(seen).to.deep.equal(['proxy', 'consent', 'check']);
      expect(state.answers.age).to.equal(undefined);
    });

    it('a child’s age changed to 16 or over: asks whether they can agree, and shows the record step again', () => {
      let state = walk([[], ['child'], ['13-to-15'], [], ['record'], ['continue'], ['yes']]);
      expect(state.current).to.equal('check');
      state = changeAnswer(state, 'age');
      const seen: StepId[] = [];
      for (const values of [['16-plus'], ['yes'], ['continue']]) {
        const result = submitStep(state, values, ALL);
        if (!result.ok) throw new Error(`${state.current}: ${result.error}`);
        state = result.state;
        seen.push(state.current);
      }
      expect(seen).to.deep.equal(['consent', 'record', 'check']);
    });

    it('every Change on check your answers, to every other answer, visits each newly applicable or stale step before check', () => {
      const starts = [
        walk([[], ['myself'], ['16-plus'], ['record'], ['continue'], ['yes']]),
        walk([[], ['child'], ['under-13'], [], ['record'], ['continue'], ['no']]),
        walk([[], ['adult'], [], ['yes'], ['appointments'], ['yes']]),
      ];
      for (const check of starts) {
        expect(check.current).to.equal('check');
        for (const step of answeredQuestions(check.answers, ALL)) {
          const question = QUESTIONS[step];
          if (!question) continue;
          for (const values of choicesFor(question, ALL)) {
            let state = changeAnswer(check, step);
            let result = submitStep(state, values, ALL);
            if (!result.ok) continue;
            state = result.state;
            const before = journeyPath(check.answers, ALL);
            const shown: StepId[] = [];
            for (let guard = 0; state.current !== 'check' && state.current !== 'leaving' && guard < 12; guard += 1) {
              shown.push(state.current);
              const next = QUESTIONS[state.current];
              const answer = next ? (choicesFor(next, ALL).find((v) => submitStep(state, v, ALL).ok && !v.includes('stop')) ?? []) : [];
              result = submitStep(state, answer, ALL);
              if (!result.ok) throw new Error(`${state.current}: ${result.error}`);
              state = result.state;
            }
            if (state.current === 'leaving') continue;
            const label = `${check.answers.who}: change ${step} to ${values.join('+')}`;
            const after = journeyPath(state.answers, ALL);
            // Every step new to the path was shown, and every question on it is answered.
            for (const added of after.filter((s) => !before.includes(s) && s !== 'check' && s !== 'next-steps'))
              expect(shown, `${label}: ${added}`).to.include(added);
            for (const s of after) {
              const q = QUESTIONS[s];
              if (q?.required && s !== 'leaving') expect(state.answers[q.field], `${label}: ${s} answered`).to.not.equal(undefined);
            }
            // The age was given for this person: who changed means it was asked again.
            if (values[0] !== check.answers.who && step === 'who' && after.includes('age')) expect(shown, label).to.include('age');
          }
        }
      }
    });

    it('Back while changing an answer returns to check', () => {
      const changing = changeAnswer(toCheck(), 'who');
      const back = goBack(changing, ALL);
      expect(back.current).to.equal('check');
      expect(back.changingFromCheck).to.equal(false);
    });

    it('"Show my next steps" asks any question left unanswered first', () => {
      // Who changed, then Back to check before the age was given again.
      const changed = submitStep(changeAnswer(toCheck(), 'who'), ['child'], ALL);
      if (!changed.ok) throw new Error(changed.error);
      let state = goBack(changed.state, ALL);
      while (state.current !== 'check') state = goBack(state, ALL);
      const result = submitStep(state, [], ALL);
      expect(result.ok && result.state.current).to.equal('age');
    });
  });

  it('keeps the state a plain serialisable object', () => {
    const state = walk([[], ['adult'], [], ['neither'], ['record', 'prescriptions'], ['continue'], ['no']]);
    expect(JSON.parse(JSON.stringify(state))).to.deep.equal(state);
  });

  it('does not move on from next steps', () => {
    expect(nextStep({ ...initialState(), current: 'next-steps' }, ALL)).to.equal('next-steps');
  });
});

describe('isPossibleState: whether the journey could have led to a saved state', () => {
  const CONTEXTS: JourneyContext[] = [ALL, { services: ['appointments'] }, { services: ['record', 'messages'] }];

  it('holds for every state that random walks of every move reach (seed 0x19e5)', () => {
    const random = seededRandom(0x19e5);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    let checked = 0;
    for (let run = 0; run < 5000; run++) {
      const context = pick(CONTEXTS);
      let state = initialState();
      for (let move = 0; move < 30; move++) {
        const roll = random();
        if (roll < 0.6) {
          const question = QUESTIONS[state.current];
          const options = question ? question.options(context) : [];
          const values = !question ? [] : question.kind === 'checkbox' ? options.filter(() => random() < 0.5) : random() < 0.95 ? [pick(options)] : [];
          const result = submitStep(state, values, context);
          if (result.ok) state = result.state;
        } else if (roll < 0.8) state = goBack(state, context);
        else if (roll < 0.93 && state.current === 'check') {
          const steps = answeredQuestions(state.answers, context);
          if (steps.length > 0) state = changeAnswer(state, pick(steps));
        } else if (roll >= 0.93 && !['start', 'leaving', 'next-steps'].includes(state.current)) state = stopForNow(state);
        checked++;
        expect(isPossibleState(state, context), `${JSON.stringify(state)} with ${JSON.stringify(context)}`).to.equal(true);
      }
    }
    expect(checked).to.equal(150000);
  });

  it('fails for states no walk reaches: a step off the path, an unanswered question before it, a checklist with gaps', () => {
    const at = (current: StepId, answers: JourneyState['answers']): JourneyState => ({ ...initialState(), current, history: ['start'], answers });
    expect(isPossibleState(at('check', {}), ALL), 'check with "who" never answered').to.equal(false);
    expect(isPossibleState(at('next-steps', { who: 'myself' }), ALL), 'checklist with gaps').to.equal(false);
    expect(isPossibleState(at('record', { who: 'myself', age: '16-plus', services: ['appointments'] }), { services: ['appointments'] })).to.equal(false);
    expect(isPossibleState(at('consent', { who: 'myself', age: '16-plus' }), ALL), 'consent is not asked for yourself').to.equal(false);
    expect(isPossibleState(at('identity', { age: '16-plus' }), ALL), 'past the first question without an answer').to.equal(false);
    // Controls: the same steps with the answers that lead there.
    expect(isPossibleState(at('check', { who: 'myself', age: '16-plus', services: ['appointments'], photoId: 'yes' }), ALL)).to.equal(true);
    expect(isPossibleState(at('leaving', {}), ALL)).to.equal(true);
  });
});
