/**
 * Every distinct way through the guide, derived from the journey data itself (widget/journey), so a new
 * step, option or branch is walked by the accessibility suite without anyone editing a list.
 *
 * The explorer starts at `initialState()` and submits every option of every question (checkbox
 * questions: none where allowed, all options, and all but one for each option, which is what can change
 * a branch); it keeps one path per distinct sequence of steps and radio answers. Then it adds the paths
 * the tree alone does not reach: "I want to stop for now", every Change link on check your answers, and
 * any option no path has chosen yet. Pure data: runs in Node, no browser.
 */
import { changeAnswer, initialState, QUESTIONS, stopForNow, submitStep, type QuestionDefinition } from '../../../widget/journey/journey.js';
import type { JourneyContext, JourneyState, StepId } from '../../../widget/journey/types.js';
import { defaultConfig } from '../../../widget/config/config.js';

/** One thing a patient does on a screen. */
export type JourneyAction =
  /** Choose `values` (for a question; [] otherwise) and press the step's main button. */
  | { kind: 'continue'; step: StepId; values: readonly string[] }
  /** On check your answers, press the Change button of `step`'s row. */
  | { kind: 'change'; step: StepId }
  /** Press "I want to stop for now". */
  | { kind: 'stop-for-now'; step: StepId };

export interface JourneyPath {
  /** Readable and unique, e.g. "myself / 16-plus / services: record+appointments / ...". */
  name: string;
  actions: JourneyAction[];
  /** The state shown after each action (same length as `actions`); before the first, the guide shows `start`. */
  states: JourneyState[];
  /** Where the path ends: the checklist, or the "Thank you" page after the leaving question. */
  end: 'next-steps' | 'left';
}

/** The configuration the demo's minimal embed (demo/index.html) runs with: the defaults. */
export const DEMO_CONTEXT: JourneyContext = { services: defaultConfig().services };

/** The option sets tried for a question; order matters, the first that gives a new path is kept. */
export function choicesFor(question: QuestionDefinition, context: JourneyContext): string[][] {
  const options = [...question.options(context)];
  if (question.kind === 'radio') return [...(question.required ? [] : [[]]), ...options.map((option) => [option])];
  // An optional checkbox question is tried empty first (what most people do); all options are chosen too.
  return [...(question.required ? [] : [[]]), options, ...options.map((left) => options.filter((option) => option !== left))];
}

function describe(action: JourneyAction): string {
  if (action.kind === 'change') return `change ${action.step}`;
  if (action.kind === 'stop-for-now') return `stop for now at ${action.step}`;
  if (!QUESTIONS[action.step]) return '';
  return `${action.step}: ${action.values.length ? action.values.join('+') : 'none'}`;
}

function pathName(actions: readonly JourneyAction[]): string {
  return actions.map(describe).filter(Boolean).join(' / ');
}

/** Applies one action to a state with the same pure functions the element uses; null when it is refused. */
export function applyAction(state: JourneyState, action: JourneyAction, context: JourneyContext): JourneyState | null {
  if (action.kind === 'change') return changeAnswer(state, action.step);
  if (action.kind === 'stop-for-now') return stopForNow(state);
  const result = submitStep(state, action.values, context);
  return result.ok ? result.state : null;
}

/**
 * What makes a path distinct: its steps and its radio answers, except the answer to the path's last
 * question when nothing but the ending follows it (the leaving reason changes no screen).
 */
function signature(path: JourneyPath): string {
  const last = path.states[path.states.length - 1] as JourneyState;
  const finalStep = path.actions.at(-1)?.step;
  const radios = Object.entries(QUESTIONS)
    .filter(([step, question]) => question?.kind === 'radio' && step !== finalStep)
    .map(([, question]) => `${question?.field}=${String(last.answers[question?.field as keyof typeof last.answers] ?? '')}`);
  return [...path.states.map((s) => s.current), path.end, ...radios].join(',');
}

/** Walks the tree from `state`, calling `emit` for every finished path. */
function explore(state: JourneyState, actions: JourneyAction[], states: JourneyState[], context: JourneyContext, emit: (path: JourneyPath) => void): void {
  if (state.current === 'next-steps') {
    emit({ name: pathName(actions), actions, states, end: 'next-steps' });
    return;
  }
  const question = QUESTIONS[state.current];
  for (const values of question ? choicesFor(question, context) : [[]]) {
    const action: JourneyAction = { kind: 'continue', step: state.current, values };
    const next = applyAction(state, action, context);
    if (!next) continue;
    if (state.current === 'leaving') {
      // Submitting the leaving question ends the journey (the element shows its "Thank you" page).
      emit({ name: pathName([...actions, action]), actions: [...actions, action], states: [...states, next], end: 'left' });
      continue;
    }
    explore(next, [...actions, action], [...states, next], context, emit);
  }
}

/** Follows `actions` from the start, returning the path, or throwing if the journey refuses one (a generator bug). */
function replay(actions: JourneyAction[], context: JourneyContext): JourneyPath {
  let state = initialState();
  const states = [state];
  for (const action of actions) {
    const next = applyAction(state, action, context);
    if (!next) throw new Error(`The journey refused ${JSON.stringify(action)} at ${state.current}`);
    state = next;
    states.push(state);
  }
  const end = state.current === 'next-steps' ? 'next-steps' : 'left';
  return { name: pathName(actions), actions, states: states.slice(1), end };
}

/** Continues from the last state with the first option of each question until the journey ends. */
function completeWithFirstChoices(prefix: JourneyAction[], context: JourneyContext): JourneyAction[] {
  const actions = [...prefix];
  const lastAction = actions.at(-1);
  if (lastAction?.kind === 'continue' && lastAction.step === 'leaving') return actions;
  let state = replay(actions, context).states.at(-1) ?? initialState();
  for (let guard = 0; guard < 40; guard += 1) {
    if (state.current === 'next-steps') return actions;
    const question = QUESTIONS[state.current];
    const values = question ? (choicesFor(question, context).find((v) => submitStep(state, v, context).ok) ?? []) : [];
    const action: JourneyAction = { kind: 'continue', step: state.current, values };
    actions.push(action);
    if (state.current === 'leaving') return actions;
    const next = applyAction(state, action, context);
    if (!next) throw new Error(`No option of ${state.current} is accepted`);
    state = next;
  }
  throw new Error('The journey did not end within 40 steps');
}

/**
 * The distinct paths through the guide for `context`: the branch tree, then stop-for-now, every Change
 * link and every option not yet chosen. The first path is the longest that reaches next steps.
 */
export function journeyPaths(context: JourneyContext = DEMO_CONTEXT): JourneyPath[] {
  const paths = new Map<string, JourneyPath>();
  const keep = (path: JourneyPath) => {
    const key = signature(path);
    if (!paths.has(key)) paths.set(key, { ...path, name: path.name || 'no questions' });
  };
  explore(initialState(), [], [], context, keep);
  const tree = [...paths.values()];
  const longest = tree.filter((p) => p.end === 'next-steps').sort((a, b) => b.actions.length - a.actions.length)[0];
  if (!longest) throw new Error('No path reaches next steps');

  // "I want to stop for now" from the first question, and every Change link on the longest path's check page.
  const firstQuestion = longest.actions.findIndex((a) => a.kind === 'continue' && QUESTIONS[a.step]);
  keep(
    replay(
      completeWithFirstChoices(
        [...longest.actions.slice(0, firstQuestion), { kind: 'stop-for-now', step: longest.actions[firstQuestion]?.step ?? 'who' }],
        context,
      ),
      context,
    ),
  );
  const toCheck = longest.actions.slice(0, longest.states.findIndex((s) => s.current === 'check') + 1);
  const checkState = replay(toCheck, context).states.at(-1) as JourneyState;
  for (const [step, question] of Object.entries(QUESTIONS) as [StepId, QuestionDefinition][]) {
    const answer = checkState.answers[question.field];
    if (answer === undefined && question.required) continue;
    if (!longest.states.some((s) => s.current === step)) continue;
    // A different answer than the one given: the next option round (or, for checkboxes, one fewer).
    const given: readonly string[] = Array.isArray(answer) ? answer : answer === undefined ? [] : [answer as string];
    const other = choicesFor(question, context).find((v) => v.join('+') !== given.join('+') && submitStep(changeAnswer(checkState, step), v, context).ok);
    if (!other) continue;
    keep(replay(completeWithFirstChoices([...toCheck, { kind: 'change', step }, { kind: 'continue', step, values: other }], context), context));
  }

  // Any option no path has chosen yet: the shortest path through that question, with that option instead.
  const all = [...paths.values()];
  for (const [step, question] of Object.entries(QUESTIONS) as [StepId, QuestionDefinition][]) {
    for (const option of question.options(context)) {
      const chosen = all.some((p) => p.actions.some((a) => a.kind === 'continue' && a.step === step && a.values.includes(option)));
      if (chosen) continue;
      const base = all.filter((p) => p.actions.some((a) => a.kind === 'continue' && a.step === step)).sort((a, b) => a.actions.length - b.actions.length)[0];
      if (!base) continue;
      const at = base.actions.findIndex((a) => a.kind === 'continue' && a.step === step);
      const values = question.kind === 'radio' ? [option] : [...question.options(context)];
      const path = replay(completeWithFirstChoices([...base.actions.slice(0, at), { kind: 'continue', step, values }], context), context);
      const key = `${signature(path)},option=${step}:${option}`;
      if (!paths.has(key)) paths.set(key, path);
      all.push(path);
    }
  }
  return [longest, ...[...paths.values()].filter((p) => p !== longest)];
}

/** The fewest paths (greedily) that between them show every step: for checks too slow to run on every path. */
export function pathsCoveringEveryStep(paths: readonly JourneyPath[]): JourneyPath[] {
  const wanted = new Set(paths.flatMap((p) => p.states.map((s) => s.current)));
  const chosen: JourneyPath[] = [];
  while (wanted.size > 0) {
    const best = [...paths].sort(
      (a, b) =>
        new Set(b.states.map((s) => s.current).filter((s) => wanted.has(s))).size - new Set(a.states.map((s) => s.current).filter((s) => wanted.has(s))).size,
    )[0];
    if (!best) break;
    const covers = best.states.map((s) => s.current).filter((s) => wanted.has(s));
    if (covers.length === 0) break;
    for (const step of covers) wanted.delete(step);
    chosen.push(best);
  }
  return chosen;
}
