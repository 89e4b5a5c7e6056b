/**
 * The one beacon body a page visit sends: how the visit ended, with step ids and coarse choices only.
 *
 * Why one body per visit, sent when it ends: bodies sent at each step arrive one by one, so the endpoint
 * could line them up into a path, and the path gives away answers the docs promise never to send (the
 * age band, or whether access is for a child or another adult, from which steps were shown and how many).
 * So nothing is sent while the patient moves on; when the visit ends (they finish, leave by the guide's
 * own buttons, or the page is hidden or closed) one body says where: a step id, or the promised choices.
 *
 * Every field is checked against its closed set before it is sent, and again when read back from the
 * offline queue, because events and the queue can both be written by other scripts on the page.
 */
import { RecordAccessGuideCompleteEvent, RecordAccessGuideExitEvent, RecordAccessGuideStepChangeEvent } from '../record-access-guide/events.js';
import { SERVICE_IDS, STEP_IDS, STOP_REASONS, WHO_OPTIONS, type ServiceId, type StepId, type StopReason, type Who } from '../journey/types.js';
import { isPlainObject } from '../../shared/data/plain-object.js';

/** Kept in step with package.json's version; a practice can tell events from different releases apart. */
export const WIDGET_VERSION = '0.1.0';

/** Bumped if the body's shape changes. 2: one body per visit; no step number or step count. */
export const BODY_FORMAT = 2;

const EXIT_REASONS = [...STOP_REASONS, 'quick-exit'] as const;
type BeaconExitReason = StopReason | 'quick-exit' | null;

interface Common {
  format: typeof BODY_FORMAT;
  widget: typeof WIDGET_VERSION;
  /** The hour the visit ended, in UTC, like "2026-11-21T14:00Z". */
  hour: string;
}

export type UptakeBody = Common &
  (
    | { event: 'rag-step-change'; step: StepId }
    | { event: 'rag-complete'; who: Who; services: ServiceId[] }
    | { event: 'rag-exit'; step: StepId; reason: BeaconExitReason }
  );

/** What a visit has come to so far, before the hour is added. */
export type VisitOutcome =
  | { event: 'rag-step-change'; step: StepId }
  | { event: 'rag-complete'; who: Who; services: ServiceId[] }
  | { event: 'rag-exit'; step: StepId; reason: BeaconExitReason };

export { GUIDE_EVENT_NAMES as UPTAKE_EVENT_NAMES } from '../record-access-guide/events.js';

export function coarseHour(now: Date): string {
  return `${now.toISOString().slice(0, 13)}:00Z`;
}

const HOUR_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:00Z$/;
const isOneOf = <T extends string>(options: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (options as readonly string[]).includes(value);

/** A visit outcome made only of values from the closed sets, or null. Copies, so nothing else rides along. */
export function checkedOutcome(raw: unknown): VisitOutcome | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const fields = raw as Record<string, unknown>;
  switch (fields['event']) {
    case 'rag-step-change':
      return isOneOf(STEP_IDS, fields['step']) ? { event: 'rag-step-change', step: fields['step'] } : null;
    case 'rag-complete': {
      const services = fields['services'];
      if (!isOneOf(WHO_OPTIONS, fields['who']) || !Array.isArray(services) || services.length > SERVICE_IDS.length) return null;
      if (!services.every((s) => isOneOf(SERVICE_IDS, s)) || new Set(services).size !== services.length) return null;
      return { event: 'rag-complete', who: fields['who'], services: [...(services as ServiceId[])] };
    }
    case 'rag-exit': {
      const reason = fields['reason'];
      if (!isOneOf(STEP_IDS, fields['step']) || !(reason === null || isOneOf(EXIT_REASONS, reason))) return null;
      return { event: 'rag-exit', step: fields['step'], reason };
    }
    default:
      return null;
  }
}

/** What one of the guide's events says about the visit (checked), or null for any other event or a bad value. */
export function outcomeOf(event: Event): VisitOutcome | null {
  if (event instanceof RecordAccessGuideStepChangeEvent) return checkedOutcome({ event: 'rag-step-change', step: event.step });
  if (event instanceof RecordAccessGuideCompleteEvent) return checkedOutcome({ event: 'rag-complete', who: event.who, services: event.services });
  if (event instanceof RecordAccessGuideExitEvent) return checkedOutcome({ event: 'rag-exit', step: event.step, reason: event.reason });
  return null;
}

export function uptakeBody(outcome: VisitOutcome, now: Date): UptakeBody {
  return { format: BODY_FORMAT, widget: WIDGET_VERSION, hour: coarseHour(now), ...outcome };
}

/** A body read back from the offline queue, re-checked field by field, as text to send; or null. */
export function checkedBodyText(text: string): string | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isPlainObject(raw)) return null;
  const { format, widget, hour, ...rest } = raw;
  if (format !== BODY_FORMAT || widget !== WIDGET_VERSION || typeof hour !== 'string' || !HOUR_PATTERN.test(hour)) return null;
  const outcome = checkedOutcome(rest);
  // Extra fields (anything not in the outcome) make the whole body suspect.
  if (!outcome || Object.keys(rest).length !== Object.keys(outcome).length) return null;
  return JSON.stringify({ format: BODY_FORMAT, widget: WIDGET_VERSION, hour, ...outcome });
}
