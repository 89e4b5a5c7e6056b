/**
 * The journey's vocabulary: step ids, the answers a patient can give, and the state that holds them.
 * Pure data, no DOM. Everything here is serialisable so saved progress (a later issue) can store it as is.
 */

/** The online services a practice may offer. */
export const SERVICE_IDS = ['record', 'appointments', 'prescriptions', 'messages'] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

/** Record portals besides the NHS App (which is always offered first). */
export const PORTAL_IDS = ['patient-access', 'systmonline', 'airmid', 'evergreen-life', 'mygp', 'patients-know-best'] as const;
export type PortalId = (typeof PORTAL_IDS)[number];

export const WHO_OPTIONS = ['myself', 'child', 'adult'] as const;
export type Who = (typeof WHO_OPTIONS)[number];

export const AGE_OPTIONS = ['16-plus', '13-to-15', 'under-13'] as const;
export type AgeBand = (typeof AGE_OPTIONS)[number];

/**
 * On what basis a family member or carer asks for access to someone aged 16 or over. They either agree
 * (`yes`), or cannot and the asker holds a health and welfare lasting power of attorney (`lpa`), is their
 * court-appointed deputy (`deputy`), or has neither, when the practice decides on their best interests.
 */
export const CONSENT_OPTIONS = ['yes', 'lpa', 'deputy', 'neither'] as const;
export type Consent = (typeof CONSENT_OPTIONS)[number];

export const DECISION_OPTIONS = ['continue', 'stop', 'talk'] as const;
export type Decision = (typeof DECISION_OPTIONS)[number];

export const PHOTO_ID_OPTIONS = ['yes', 'no'] as const;
export type PhotoId = (typeof PHOTO_ID_OPTIONS)[number];

/** Kinds of help the practice can give; listed on the checklist and when access needs stop someone. */
export const SUPPORT_OPTIONS = ['large-print', 'bsl', 'easy-read', 'staff-help', 'reading-help', 'reading-aids'] as const;
export type SupportNeed = (typeof SUPPORT_OPTIONS)[number];

export const STOP_REASONS = ['cannot-register', 'confidentiality', 'access-needs', 'worried', 'no-point', 'other'] as const;
export type StopReason = (typeof STOP_REASONS)[number];

/**
 * Every step, in the order of the full journey. `leaving` sits outside the numbered path. The record
 * step also asks whether to go on; getting the app and asking for support are on the checklist.
 */
export const STEP_IDS = ['start', 'who', 'age', 'proxy', 'consent', 'services', 'record', 'identity', 'check', 'next-steps', 'leaving'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** What the patient has said so far. Every field is optional: a step not yet reached has no answer. */
export interface JourneyAnswers {
  who?: Who;
  age?: AgeBand;
  consent?: Consent;
  services?: ServiceId[];
  decision?: Decision;
  photoId?: PhotoId;
  stopReason?: StopReason;
}

/** The whole state of one patient's journey: one plain object, so it can be saved and restored later. */
export interface JourneyState {
  /** Bumped when the shape changes, so saved copies can be migrated. */
  version: 1;
  current: StepId;
  /** Steps visited before `current`, oldest first: Back pops from here. */
  history: StepId[];
  answers: JourneyAnswers;
  /** True while the patient is changing an answer from the check-your-answers step. */
  changingFromCheck: boolean;
}

/** The parts of the practice's configuration the journey's branching depends on. */
export interface JourneyContext {
  services: readonly ServiceId[];
}
