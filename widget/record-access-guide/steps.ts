/**
 * Every step's view, for the element: the start page's is built in (first-step-view.ts); every other step's
 * comes with its English in the later-steps part (later-steps.ts), fetched beside the first render. The
 * element draws a step past the start page only once that part is here (LocaleController.afterStepsText), so
 * nothing here waits: a later step asked for before then is a bug, and throws.
 */
import type { TemplateResult } from 'lit';
import type { ContentKey } from '../content/en-GB.js';
import type { StepId, StopReason } from '../journey/types.js';
import { START_VIEW, type ViewContext } from './first-step-view.js';

export type LaterSteps = typeof import('./later-steps.js');

let part: LaterSteps | null = null;
let loading: Promise<LaterSteps> | undefined;

/** Fetches the later-steps part once; a failed fetch is tried again on the next call (the patient pressing on again). */
export function loadLaterSteps(): Promise<LaterSteps> {
  loading ??= import('./later-steps.js').then(
    (file) => {
      if (typeof file.enGB !== 'object' || file.enGB === null || typeof file.stepBody !== 'function') throw new Error('the later-steps file is not whole');
      part = file;
      return file;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The later-steps part if it has arrived (for this page: every guide on it shares the one file). */
export function loadedLaterSteps(): LaterSteps | null {
  return part;
}

/** The later-steps part, which is here before any step past the start page is drawn. */
export function laterSteps(): LaterSteps {
  if (!part) throw new Error('record-access-guide: a step past the start page was drawn before its part arrived.');
  return part;
}

/** The heading of a step, also named on the "continue where you left off" page. */
export function stepTitle(step: StepId, ctx: ViewContext): string {
  return step === 'start' ? START_VIEW.title(ctx) : laterSteps().stepTitle(step, ctx);
}

/** The body of the current step (without the frame). */
export function stepBody(ctx: ViewContext): TemplateResult {
  return ctx.state.current === 'start' ? START_VIEW.body(ctx) : laterSteps().stepBody(ctx);
}

/** The label of the main button on each step. */
export function primaryButtonKey(step: StepId): ContentKey | null {
  return step === 'start' ? START_VIEW.primary : laterSteps().primaryButtonKey(step);
}

/** The message for a validation error: only a question, past the start page, can have one. */
export function errorText(ctx: ViewContext): string {
  return laterSteps().errorText(ctx);
}

/** Where the error summary's link takes focus (a question's first input). */
export function firstFieldId(ctx: ViewContext): string | null {
  return laterSteps().firstFieldId(ctx);
}

/** The help after "What is stopping you?" (the last step off the path). */
export function leavingHelpView(ctx: ViewContext, reason: StopReason | undefined): TemplateResult {
  return laterSteps().leavingHelpView(ctx, reason);
}
