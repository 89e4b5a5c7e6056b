/**
 * The sign-up journey as a typed graph: which steps apply, where Continue and Back go, how answers are
 * validated, and "Step N of M". Pure functions over plain data; the element only renders what these return.
 */
import {
  AGE_OPTIONS,
  DECISION_OPTIONS,
  PHOTO_ID_OPTIONS,
  STEP_IDS,
  STOP_REASONS,
  SUPPORT_OPTIONS,
  WHO_OPTIONS,
  type JourneyAnswers,
  type JourneyContext,
  type JourneyState,
  type StepId,
} from './types.js';

/** A step that asks something: one field of the answers, from a fixed set of options. */
export interface QuestionDefinition {
  field: keyof JourneyAnswers;
  /** Radios allow one option; checkboxes allow several. */
  kind: 'radio' | 'checkbox';
  /** When false, the patient may continue without choosing anything. */
  required: boolean;
  options(context: JourneyContext): readonly string[];
}

export const QUESTIONS: Partial<Record<StepId, QuestionDefinition>> = {
  who: { field: 'who', kind: 'radio', required: true, options: () => WHO_OPTIONS },
  age: { field: 'age', kind: 'radio', required: true, options: () => AGE_OPTIONS },
  services: { field: 'services', kind: 'checkbox', required: true, options: (context) => context.services },
  decide: { field: 'decision', kind: 'radio', required: true, options: () => DECISION_OPTIONS },
  identity: { field: 'photoId', kind: 'radio', required: true, options: () => PHOTO_ID_OPTIONS },
  support: { field: 'support', kind: 'checkbox', required: false, options: () => SUPPORT_OPTIONS },
  leaving: { field: 'stopReason', kind: 'radio', required: false, options: () => STOP_REASONS },
};

export type ValidationError = 'who-required' | 'age-required' | 'services-required' | 'decide-required' | 'identity-required' | 'unknown-option';

export type ValidationResult = { ok: true; answers: JourneyAnswers } | { ok: false; error: ValidationError };

export function initialState(): JourneyState {
  return { version: 1, current: 'start', history: [], answers: {}, changingFromCheck: false };
}

/** A patient aged under 13 cannot use the NHS App themselves, so most of the journey is not for them. */
function isSelfUnder13(answers: JourneyAnswers): boolean {
  return answers.who === 'myself' && answers.age === 'under-13';
}

/** Whether `step` is on the patient's path, given what they have said so far and what the practice offers. */
export function stepApplies(step: StepId, answers: JourneyAnswers, context: JourneyContext): boolean {
  switch (step) {
    case 'proxy':
      return answers.who !== 'myself';
    case 'age':
      return answers.who !== 'adult';
    case 'services':
    case 'portals':
      return !isSelfUnder13(answers);
    case 'identity':
      // 13 to 15 year olds cannot prove who they are with photo ID in the app for record access: their only
      // route is registration details from the practice, so the photo ID question does not apply.
      return !isSelfUnder13(answers) && !(answers.who === 'myself' && answers.age === '13-to-15');
    case 'record':
    case 'decide':
      // Only for people who want to see a record, at a practice that offers it.
      return (
        !isSelfUnder13(answers) &&
        context.services.includes('record') &&
        (answers.services === undefined || answers.services.includes('record'))
      );
    case 'leaving':
      return false;
    default:
      return true;
  }
}

/** The numbered path from start to next steps. Unanswered branches count as taken, so M only shrinks as answers arrive. */
export function journeyPath(answers: JourneyAnswers, context: JourneyContext): StepId[] {
  return STEP_IDS.filter((step) => stepApplies(step, answers, context));
}

/** "Step N of M" for the current step, or null for a step outside the numbered path (leaving). */
export function stepPosition(state: JourneyState, context: JourneyContext): { number: number; count: number } | null {
  const path = journeyPath(state.answers, context);
  const index = path.indexOf(state.current);
  return index === -1 ? null : { number: index + 1, count: path.length };
}

function isAnswered(step: StepId, answers: JourneyAnswers): boolean {
  const question = QUESTIONS[step];
  return !question || !question.required || answers[question.field] !== undefined;
}

/**
 * Checks the raw values a form sent for `step` (strings, straight from the page) and, if they are valid,
 * returns the answers with this step's answer set. Invalid input changes nothing.
 */
export function validateAnswer(step: StepId, values: readonly string[], state: JourneyState, context: JourneyContext): ValidationResult {
  const question = QUESTIONS[step];
  if (!question) return { ok: true, answers: state.answers };
  const allowed = question.options(context);
  if (values.some((value) => !allowed.includes(value))) return { ok: false, error: 'unknown-option' };
  const chosen = allowed.filter((option) => values.includes(option));
  if (question.required && chosen.length === 0) return { ok: false, error: `${step}-required` as ValidationError };
  if (question.kind === 'radio' && chosen.length > 1) return { ok: false, error: 'unknown-option' };
  const answers: JourneyAnswers = { ...state.answers };
  // The cast is safe: `chosen` holds only options this question allows for this field.
  const record = answers as Record<string, unknown>;
  if (question.kind === 'checkbox') record[question.field] = chosen;
  else if (chosen[0] === undefined) delete record[question.field];
  else record[question.field] = chosen[0];
  return { ok: true, answers };
}

function goTo(state: JourneyState, step: StepId, answers: JourneyAnswers): JourneyState {
  return {
    ...state,
    answers,
    current: step,
    history: [...state.history, state.current],
    changingFromCheck: step === 'check' ? false : state.changingFromCheck,
  };
}

/** Where Continue leads from the current step, given the (already validated) answers. */
export function nextStep(current: StepId, answers: JourneyAnswers, changingFromCheck: boolean, context: JourneyContext): StepId {
  if (current === 'decide' && answers.decision === 'stop') return 'leaving';
  if (current === 'leaving' || current === 'next-steps') return current;
  const path = journeyPath(answers, context);
  const after = path.slice(path.indexOf(current) + 1);
  if (changingFromCheck) {
    // A changed answer may open a new branch: ask its unanswered questions before returning to the check.
    return after.find((step) => step !== 'check' && !isAnswered(step, answers)) ?? 'check';
  }
  return after[0] ?? 'next-steps';
}

/** Submits `values` for the current step: either the state after Continue, or the validation error. */
export function submitStep(
  state: JourneyState,
  values: readonly string[],
  context: JourneyContext,
): { ok: true; state: JourneyState } | { ok: false; error: ValidationError } {
  const result = validateAnswer(state.current, values, state, context);
  if (!result.ok) return result;
  const target = nextStep(state.current, result.answers, state.changingFromCheck, context);
  if (target === state.current) return { ok: true, state: { ...state, answers: result.answers } };
  return { ok: true, state: goTo(state, target, result.answers) };
}

/** Back: the previous step still on the path (answers may have removed some), or the same state at the start. */
export function goBack(state: JourneyState, context: JourneyContext): JourneyState {
  const history = [...state.history];
  while (history.length > 0) {
    const previous = history.pop() as StepId;
    if (previous === 'leaving' || stepApplies(previous, state.answers, context)) {
      return { ...state, current: previous, history, changingFromCheck: previous === 'check' ? false : state.changingFromCheck };
    }
  }
  return state;
}

/** A Change link on check your answers: go to that question; Continue then returns to the check. */
export function changeAnswer(state: JourneyState, step: StepId): JourneyState {
  return { ...goTo(state, step, state.answers), changingFromCheck: true };
}

/** The patient chose to stop part-way: go to the optional "what is stopping you" step. */
export function stopForNow(state: JourneyState): JourneyState {
  return state.current === 'leaving' ? state : { ...goTo(state, 'leaving', state.answers), changingFromCheck: false };
}

/** The question steps on the path, in order, for check your answers. */
export function answeredQuestions(answers: JourneyAnswers, context: JourneyContext): StepId[] {
  return journeyPath(answers, context).filter((step) => QUESTIONS[step] !== undefined);
}
