/**
 * The beacon body for one of the guide's events: the event type, step, coarse choices, the widget's
 * version and the hour (UTC). Nothing else: no answers beyond these, no identifiers, no exact time.
 */
import { RecordAccessGuideCompleteEvent, RecordAccessGuideExitEvent, RecordAccessGuideStepChangeEvent, type ExitReason } from '../record-access-guide/events.js';
import type { ServiceId, StepId, Who } from '../journey/types.js';

/** Kept in step with package.json's version; a practice can tell events from different releases apart. */
export const WIDGET_VERSION = '0.1.0';

/** Bumped if the body's shape changes. */
export const BODY_FORMAT = 1;

interface Common {
  format: typeof BODY_FORMAT;
  widget: string;
  /** The hour the event happened, in UTC, like "2026-11-21T14:00Z". */
  hour: string;
}

export type UptakeBody = Common &
  (
    | { event: 'rag-step-change'; step: StepId; stepNumber: number | null; stepCount: number }
    | { event: 'rag-complete'; who: Who; services: ServiceId[] }
    | { event: 'rag-exit'; step: StepId; reason: ExitReason }
  );

export const UPTAKE_EVENT_NAMES = [
  RecordAccessGuideStepChangeEvent.eventName,
  RecordAccessGuideCompleteEvent.eventName,
  RecordAccessGuideExitEvent.eventName,
] as const;

export function coarseHour(now: Date): string {
  return `${now.toISOString().slice(0, 13)}:00Z`;
}

/** The body for an event of the guide's, or null for any other event. */
export function uptakeBody(event: Event, now: Date): UptakeBody | null {
  const common: Common = { format: BODY_FORMAT, widget: WIDGET_VERSION, hour: coarseHour(now) };
  if (event instanceof RecordAccessGuideStepChangeEvent) {
    return { ...common, event: 'rag-step-change', step: event.step, stepNumber: event.stepNumber, stepCount: event.stepCount };
  }
  if (event instanceof RecordAccessGuideCompleteEvent) return { ...common, event: 'rag-complete', who: event.who, services: [...event.services] };
  if (event instanceof RecordAccessGuideExitEvent) return { ...common, event: 'rag-exit', step: event.step, reason: event.reason };
  return null;
}
