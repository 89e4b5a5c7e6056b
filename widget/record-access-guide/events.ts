/**
 * Events the guide sends to the host page. They bubble and cross shadow boundaries, and carry no personal
 * data: step ids and coarse choices only, so a practice can count where people stop without learning who.
 */
import type { ServiceId, StepId, StopReason, Who } from '../journey/types.js';

const EVENT_OPTIONS: EventInit = { bubbles: true, composed: true };

/** Fired after the guide shows a new step. */
export class RecordAccessGuideStepChangeEvent extends Event {
  static readonly eventName = 'rag-step-change';
  constructor(
    /** The step now shown. */
    readonly step: StepId,
    /** Its place on the patient's path (1-based), or null for a step outside the numbered path. */
    readonly stepNumber: number | null,
    /** How many steps the path has now. */
    readonly stepCount: number,
  ) {
    super(RecordAccessGuideStepChangeEvent.eventName, EVENT_OPTIONS);
  }
}

/** Fired when the patient reaches their next steps. */
export class RecordAccessGuideCompleteEvent extends Event {
  static readonly eventName = 'rag-complete';
  constructor(
    /** Whose access the patient is arranging. */
    readonly who: Who,
    /** The services they chose. */
    readonly services: readonly ServiceId[],
  ) {
    super(RecordAccessGuideCompleteEvent.eventName, EVENT_OPTIONS);
  }
}

/** Why the patient left: their optional answer, `quick-exit`, or null when they chose not to say. */
export type ExitReason = StopReason | 'quick-exit' | null;

/** Fired when the patient leaves part-way: by the quick-exit button or after "what is stopping you". */
export class RecordAccessGuideExitEvent extends Event {
  static readonly eventName = 'rag-exit';
  constructor(
    /** The step they left from. */
    readonly step: StepId,
    readonly reason: ExitReason,
  ) {
    super(RecordAccessGuideExitEvent.eventName, EVENT_OPTIONS);
  }
}

/** The names of the three events above: what uptake follows (widget/uptake/). */
export const GUIDE_EVENT_NAMES = [
  RecordAccessGuideStepChangeEvent.eventName,
  RecordAccessGuideCompleteEvent.eventName,
  RecordAccessGuideExitEvent.eventName,
] as const;

declare global {
  interface HTMLElementEventMap {
    'rag-step-change': RecordAccessGuideStepChangeEvent;
    'rag-complete': RecordAccessGuideCompleteEvent;
    'rag-exit': RecordAccessGuideExitEvent;
  }
}
