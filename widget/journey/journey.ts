/**
 * The sign-up journey as a typed graph: which steps apply, where Continue and Back go, how answers are
 * validated, and "Step N of M". Pure functions over plain data; the element only renders what these return.
 */
import {
  AGE_OPTIONS,
  CONSENT_OPTIONS,
  DECISION_OPTIONS,
  PHOTO_ID_OPTIONS,
  STEP_IDS,
  STOP_REASONS,
  WHO_OPTIONS,
  type JourneyAnswers,
  type JourneyContext,
  type JourneyState,
  type StepId,
} from './types.js';

/** A step that asks something: one field of the answers, from a fixed set of options. */
export interface QuestionDefinition<E extends string = ValidationError> {
  field: keyof JourneyAnswers;
  /** Radios allow one option; checkboxes allow several. */
  kind: 'radio' | 'checkbox';
  /** When false, the patient may continue without choosing anything. */
  required: boolean;
  /** The error when nothing is chosen (required questions only): its text is declared with the step's view. */
  error?: E;
  options(context: JourneyContext): readonly string[];
}

/**
 * Every question, declared once: its field, kind, options and error id. The views (step-views.ts) are typed
 * from this, so each option has a label and each error a text, or the guide does not compile.
 */
export const QUESTION_STEPS = {
  who: { field: 'who', kind: 'radio', required: true, error: 'who-required', options: () => WHO_OPTIONS },
  age: { field: 'age', kind: 'radio', required: true, error: 'age-required', options: () => AGE_OPTIONS },
  consent: { field: 'consent', kind: 'radio', required: true, error: 'consent-required', options: () => CONSENT_OPTIONS },
  services: { field: 'services', kind: 'checkbox', required: true, error: 'services-required', options: (context: JourneyContext) => context.services },
  record: { field: 'decision', kind: 'radio', required: true, error: 'record-required', options: () => DECISION_OPTIONS },
  identity: { field: 'photoId', kind: 'radio', required: true, error: 'identity-required', options: () => PHOTO_ID_OPTIONS },
  leaving: { field: 'stopReason', kind: 'radio', required: false, options: () => STOP_REASONS },
} as const satisfies Partial<Record<StepId, QuestionDefinition<`${StepId}-required`>>>;

export type QuestionStepId = keyof typeof QUESTION_STEPS;
/** The options a question offers, as a type: its view must label each one. */
export type OptionOf<S extends QuestionStepId> = ReturnType<(typeof QUESTION_STEPS)[S]['options']>[number];

/** The questions, looked up by any step id (undefined for a step that asks nothing). */
export const QUESTIONS: Partial<Record<StepId, QuestionDefinition>> = QUESTION_STEPS;

/** What can be wrong with an answer: a required question left unanswered, or a value no option has (a tampered form). */
export type ValidationError = { [S in QuestionStepId]: (typeof QUESTION_STEPS)[S] extends { error: infer E } ? E : never }[QuestionStepId] | 'unknown-option';

/**
 * Answers that mean something only given an earlier one: changing `who` makes the age someone else's and
 * the record someone else's, so those questions are asked again rather than silently reused.
 */
const DEPENDENT_ANSWERS: Partial<Record<keyof JourneyAnswers, readonly (keyof JourneyAnswers)[]>> = {
  who: ['age', 'consent', 'decision'],
  age: ['consent', 'decision'],
};

export type ValidationResult = { ok: true; answers: JourneyAnswers } | { ok: false; error: ValidationError };

export function initialState(): JourneyState {
  return { version: 1, current: 'start', history: [], answers: {}, changingFromCheck: false };
}

/** A patient aged under 13 cannot use the NHS App themselves, so most of the journey is not for them. */
function isSelfUnder13(answers: JourneyAnswers): boolean {
  return answers.who === 'myself' && answers.age === 'under-13';
}

/** A family member or carer asking for someone aged 16 or over: the basis is that person's consent (or the law's substitute). */
export function needsConsent(answers: JourneyAnswers): boolean {
  return answers.who === 'adult' || (answers.who === 'child' && answers.age === '16-plus');
}

/** Whether `step` is on the patient's path, given what they have said so far and what the practice offers. */
export function stepApplies(step: StepId, answers: JourneyAnswers, context: JourneyContext): boolean {
  switch (step) {
    case 'proxy':
      return answers.who !== 'myself';
    case 'age':
      return answers.who !== 'adult';
    case 'consent':
      // Unanswered branches count as taken: a child's age may still turn out to be 16 or over.
      return answers.who !== 'myself' && (answers.who !== 'child' || answers.age === undefined || answers.age === '16-plus');
    case 'services':
      return !isSelfUnder13(answers);
    case 'identity':
      // 13 to 15 year olds cannot prove who they are with photo ID in the app for record access: their only
      // route is registration details from the practice, so the photo ID question does not apply.
      return !isSelfUnder13(answers) && !(answers.who === 'myself' && answers.age === '13-to-15');
    case 'record':
      // Only for people who want to see a record, at a practice that offers it.
      return !isSelfUnder13(answers) && context.services.includes('record') && (answers.services === undefined || answers.services.includes('record'));
    case 'leaving':
      return false;
    default:
      return true;
  }
}

/** The path from start to next steps. Unanswered branches count as taken, so it only shrinks as answers arrive. */
export function journeyPath(answers: JourneyAnswers, context: JourneyContext): StepId[] {
  return STEP_IDS.filter((step) => stepApplies(step, answers, context));
}

/** Option sets that can change the path: every single option, and for checkboxes all of them. */
function branchChoices(question: QuestionDefinition, context: JourneyContext): string[][] {
  const options = [...question.options(context)];
  return question.kind === 'checkbox' ? [options, ...options.map((option) => [option])] : options.map((option) => [option]);
}

/** Whether the number of steps can no longer change, whatever the unanswered questions on the path are answered. */
function lengthIsCertain(answers: JourneyAnswers, context: JourneyContext): boolean {
  const lengths = new Set<number>();
  const visit = (given: JourneyAnswers): void => {
    if (lengths.size > 1) return;
    const path = journeyPath(given, context);
    const open = path.find((step) => step !== 'leaving' && QUESTIONS[step]?.required && given[QUESTIONS[step]?.field as keyof JourneyAnswers] === undefined);
    const question = open ? QUESTIONS[open] : undefined;
    if (!question) {
      lengths.add(path.length);
      return;
    }
    for (const values of branchChoices(question, context)) {
      visit({ ...given, [question.field]: question.kind === 'checkbox' ? values : values[0] });
    }
  };
  visit(answers);
  return lengths.size === 1;
}

/**
 * "Step N of M" for the current step, or null for the start page and for steps outside the numbered path
 * (leaving). The start page is not counted. `count` is the most steps the path can still have; `certain`
 * says whether that number can no longer change: until it is, show no total, so it never jumps.
 */
export function stepPosition(state: JourneyState, context: JourneyContext): { number: number; count: number; certain: boolean } | null {
  const path: StepId[] = journeyPath(state.answers, context).filter((step) => step !== 'start');
  const index = state.current === 'start' ? -1 : path.indexOf(state.current);
  return index === -1 ? null : { number: index + 1, count: path.length, certain: lengthIsCertain(state.answers, context) };
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
  if (question.required && chosen.length === 0) return { ok: false, error: question.error ?? 'unknown-option' };
  if (question.kind === 'radio' && chosen.length > 1) return { ok: false, error: 'unknown-option' };
  const answers: JourneyAnswers = { ...state.answers };
  // The cast is safe: `chosen` holds only options this question allows for this field.
  const record = answers as Record<string, unknown>;
  const before = JSON.stringify(record[question.field] ?? null);
  if (question.kind === 'checkbox') record[question.field] = chosen;
  else if (chosen[0] === undefined) delete record[question.field];
  else record[question.field] = chosen[0];
  // A different answer makes the answers that depend on it stale: ask them again.
  if (JSON.stringify(record[question.field] ?? null) !== before) for (const field of DEPENDENT_ANSWERS[question.field] ?? []) delete record[field];
  return { ok: true, answers };
}

function goTo(state: JourneyState, step: StepId, answers: JourneyAnswers, context?: JourneyContext): JourneyState {
  // Arriving at check your answers, the history becomes the path that led there, as if walked straight:
  // Back then follows today's answers, and a later change can tell which steps are new to the patient.
  const path = context && step === 'check' ? journeyPath(answers, context) : null;
  return {
    ...state,
    answers,
    current: step,
    history: path ? path.slice(0, path.indexOf('check')) : [...state.history, state.current],
    changingFromCheck: step === 'check' ? false : state.changingFromCheck,
  };
}

/**
 * Where Continue leads from the current step of `state`, whose answers are already validated and set.
 * While changing an answer from check your answers, it visits every step the change made new (a question
 * not answered, or a page the patient has not seen on this path, such as the proxy explanation) before
 * going back to the check.
 */
export function nextStep(state: JourneyState, context: JourneyContext): StepId {
  const { current, answers } = state;
  if (current === 'record' && answers.decision === 'stop') return 'leaving';
  if (current === 'leaving' || current === 'next-steps') return current;
  const path = journeyPath(answers, context);
  // A question left unanswered (Back from a change that made it stale) is asked before the checklist.
  if (current === 'check') return path.find((step) => !isAnswered(step, answers)) ?? 'next-steps';
  const after = path.slice(path.indexOf(current) + 1);
  if (state.changingFromCheck) {
    const seen = new Set(state.history);
    return after.find((step) => step !== 'check' && step !== 'next-steps' && (!isAnswered(step, answers) || !seen.has(step))) ?? 'check';
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
  const target = nextStep({ ...state, answers: result.answers }, context);
  if (target === state.current) return { ok: true, state: { ...state, answers: result.answers } };
  const moved = goTo(state, target, result.answers, context);
  return { ok: true, state: state.current === 'check' && target !== 'next-steps' ? { ...moved, changingFromCheck: true } : moved };
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

/**
 * Whether the journey's own rules could have led to `state`, with what the practice offers now. A saved
 * record can have the right shape and still be a state no patient could reach (edited, written by another
 * script, or saved before the practice stopped offering a service): on a step off the patient's path,
 * Continue goes back to the start; at the checklist, it lists steps for answers never given. Such a
 * record is not offered back.
 *
 * Possible means: the current step is on the path its answers make (or is the "what is stopping you" step);
 * the first question is answered once past it; and at the checklist, every question on the path is answered.
 * Other questions before the current step may be unanswered: a changed answer makes some stale (age,
 * consent, the record decision) or puts new ones on the path, and they are asked before the checklist.
 * Checked against random walks of every move the journey allows (test/widget/journey/journey.test.ts).
 */
export function isPossibleState(state: JourneyState, context: JourneyContext): boolean {
  const { current, answers } = state;
  if (current === 'leaving') return true;
  const path = journeyPath(answers, context);
  const at = path.indexOf(current);
  if (at === -1) return false;
  const before = path.slice(0, at);
  if (current === 'next-steps') return before.every((step) => isAnswered(step, answers));
  return !before.includes('who') || answers.who !== undefined;
}
