/**
 * Parsing what comes back from IndexedDB. The database is a trust boundary: a record may be corrupt,
 * from an older version, or written by another script. Anything that is not exactly a journey the
 * guide could have produced is rejected (null), never thrown on and never rendered.
 */
import {
  AGE_OPTIONS,
  CONSENT_OPTIONS,
  DECISION_OPTIONS,
  PHOTO_ID_OPTIONS,
  SERVICE_IDS,
  STEP_IDS,
  STOP_REASONS,
  WHO_OPTIONS,
  type JourneyAnswers,
  type JourneyState,
} from '../journey/types.js';
import { DAY_MS, MAX_KEEP_DAYS, type ProgressRecord } from './schema.js';
import { isPlainObject as isObject } from '../../shared/data/plain-object.js';

const ANSWER_RULES: Record<keyof JourneyAnswers, { options: readonly string[]; list: boolean }> = {
  who: { options: WHO_OPTIONS, list: false },
  age: { options: AGE_OPTIONS, list: false },
  consent: { options: CONSENT_OPTIONS, list: false },
  services: { options: SERVICE_IDS, list: true },
  decision: { options: DECISION_OPTIONS, list: false },
  photoId: { options: PHOTO_ID_OPTIONS, list: false },
  stopReason: { options: STOP_REASONS, list: false },
};

const isOneOf = (options: readonly string[], value: unknown): value is string => typeof value === 'string' && options.includes(value);

function parseAnswers(raw: unknown): JourneyAnswers | null {
  if (!isObject(raw)) return null;
  const answers: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (!Object.hasOwn(ANSWER_RULES, name)) return null;
    const rule = ANSWER_RULES[name as keyof JourneyAnswers];
    if (value === undefined) continue;
    if (rule.list) {
      if (!Array.isArray(value) || value.length > rule.options.length || !value.every((v) => isOneOf(rule.options, v))) return null;
      answers[name] = [...new Set(value as string[])];
    } else {
      if (!isOneOf(rule.options, value)) return null;
      answers[name] = value;
    }
  }
  return answers as JourneyAnswers;
}

/** A journey exactly as the guide makes it, or null. Copies every field, so nothing else rides along. */
export function parseJourneyState(raw: unknown): JourneyState | null {
  if (!isObject(raw) || raw['version'] !== 1) return null;
  const { current, history, changingFromCheck } = raw;
  if (!isOneOf(STEP_IDS, current)) return null;
  if (!Array.isArray(history) || history.length > STEP_IDS.length * 4 || !history.every((s) => isOneOf(STEP_IDS, s))) return null;
  if (typeof changingFromCheck !== 'boolean') return null;
  const answers = parseAnswers(raw['answers']);
  if (!answers) return null;
  return { version: 1, current: current as JourneyState['current'], history: [...(history as JourneyState['history'])], answers, changingFromCheck };
}

/** A current-format progress record, or null. */
export function parseProgressRecord(raw: unknown): ProgressRecord | null {
  if (!isObject(raw) || raw['format'] !== 3) return null;
  const { key, savedAt, expiresAt, revision } = raw;
  if (typeof key !== 'string' || typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return null;
  // No page may keep answers longer than the longest setting allows.
  if (typeof expiresAt !== 'number' || !(expiresAt > savedAt) || expiresAt > savedAt + MAX_KEEP_DAYS * DAY_MS) return null;
  if (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 1) return null;
  const journey = parseJourneyState(raw['journey']);
  return journey ? { format: 3, key, journey, savedAt, expiresAt, revision } : null;
}
