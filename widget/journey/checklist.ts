/**
 * The personal checklist at the end of the journey: which things to do, in order, for these answers,
 * each with the details that fit this patient's route. One visit to the practice is one item.
 * Returns ids only; the words live in the content files.
 */
import { needsConsent } from './journey.js';
import type { JourneyAnswers } from './types.js';

export type ChecklistItemId =
  | 'talk-first'
  | 'under-13-ask-parent'
  | 'teen-contact-practice'
  | 'visit-practice'
  | 'proxy-visit'
  | 'get-app'
  | 'prove-photo-id'
  | 'wait-for-email'
  | 'registration-details-use'
  | 'proxy-linked-profile'
  | 'record-new-entries'
  | 'ask-support'
  | 'get-help';

/** The lines under an item: what to bring, and what to know for this route. */
export type ChecklistDetailId =
  | 'bring-photo-id'
  | 'bring-any-id'
  | 'ask-registration-details'
  | 'registration-hours'
  | 'bring-parental-responsibility'
  | 'consent-yes'
  | 'consent-lpa'
  | 'consent-deputy'
  | 'consent-neither'
  | 'different-practice'
  | 'no-smartphone'
  | 'no-email'
  | 'photo-id-list'
  | 'face-scan-options'
  | 'proxy-own-login'
  | 'proxy-limits'
  | 'child-access-ends';

export interface ChecklistItem {
  id: ChecklistItemId;
  details: ChecklistDetailId[];
}

export interface ChecklistOptions {
  /** The practice has told us when to come in to register. */
  hasRegistrationHours: boolean;
}

export function buildChecklist(answers: JourneyAnswers, options: ChecklistOptions): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const add = (id: ChecklistItemId, ...details: (ChecklistDetailId | false)[]): void => {
    items.push({ id, details: details.filter((detail): detail is ChecklistDetailId => detail !== false) });
  };
  const hours = options.hasRegistrationHours && 'registration-hours';
  const getApp = (): void => add('get-app', 'no-smartphone', 'no-email');
  if (answers.decision === 'talk') add('talk-first');
  const who = answers.who ?? 'myself';
  const photo = answers.photoId !== 'no';

  if (who === 'myself' && answers.age === 'under-13') {
    add('under-13-ask-parent');
  } else if (who === 'myself' && answers.age === '13-to-15') {
    add('teen-contact-practice', 'bring-any-id', 'ask-registration-details', hours);
    getApp();
    add('registration-details-use');
  } else if (who === 'myself') {
    if (photo) {
      getApp();
      add('prove-photo-id', 'photo-id-list', 'face-scan-options');
      add('wait-for-email');
    } else {
      add('visit-practice', 'bring-any-id', 'ask-registration-details', hours);
      getApp();
      add('registration-details-use');
    }
    if (answers.services?.includes('record')) add('record-new-entries');
  } else {
    // A family member or carer asks the person's practice, and proves who they are for their own NHS login.
    const basis: ChecklistDetailId = needsConsent(answers) ? `consent-${answers.consent ?? 'yes'}` : 'bring-parental-responsibility';
    add('proxy-visit', basis, photo ? 'bring-photo-id' : 'bring-any-id', !photo && 'ask-registration-details', hours, 'different-practice');
    getApp();
    if (photo) add('prove-photo-id', 'photo-id-list', 'face-scan-options');
    else add('registration-details-use');
    add('proxy-linked-profile', 'proxy-own-login', 'proxy-limits', who === 'child' && answers.age !== '16-plus' && 'child-access-ends');
  }

  add('ask-support');
  add('get-help');
  return items;
}
