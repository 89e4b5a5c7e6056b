/**
 * The personal checklist at the end of the journey: which things to do, in order, for these answers.
 * Returns ids only; the words live in the content files.
 */
import type { JourneyAnswers } from './types.js';

export type ChecklistItemId =
  | 'talk-first'
  | 'under-13-ask-parent'
  | 'teen-contact-practice'
  | 'registration-details-ask'
  | 'registration-details-bring'
  | 'registration-details-use'
  | 'get-app'
  | 'prove-photo-id'
  | 'wait-for-email'
  | 'proxy-child-ask'
  | 'proxy-adult-ask'
  | 'proxy-bring-id'
  | 'proxy-own-login'
  | 'proxy-linked-profile'
  | 'record-new-entries'
  | 'registration-hours'
  | 'tell-support-needs'
  | 'get-help';

export interface ChecklistOptions {
  /** The practice has told us when to come in to register. */
  hasRegistrationHours: boolean;
}

export function buildChecklist(answers: JourneyAnswers, options: ChecklistOptions): ChecklistItemId[] {
  const items: ChecklistItemId[] = [];
  if (answers.decision === 'talk') items.push('talk-first');
  const who = answers.who ?? 'myself';
  const comesIn = (): void => {
    if (options.hasRegistrationHours) items.push('registration-hours');
  };

  if (who === 'myself' && answers.age === 'under-13') {
    items.push('under-13-ask-parent');
  } else if (who === 'myself') {
    const teen = answers.age === '13-to-15';
    if (teen) items.push('teen-contact-practice');
    if (teen || answers.photoId === 'no') {
      if (!teen) items.push('registration-details-ask');
      items.push('registration-details-bring');
      comesIn();
      items.push('get-app', 'registration-details-use');
    } else {
      items.push('get-app', 'prove-photo-id', 'wait-for-email');
    }
    if (!teen && answers.services?.includes('record')) items.push('record-new-entries');
  } else {
    // A family member or carer proves who they are for their own NHS login, like anyone else.
    const photo = answers.photoId !== 'no';
    items.push(who === 'child' ? 'proxy-child-ask' : 'proxy-adult-ask', 'proxy-bring-id');
    if (!photo) items.push('registration-details-ask', 'registration-details-bring');
    comesIn();
    items.push('get-app');
    if (photo) items.push('prove-photo-id', 'wait-for-email');
    else items.push('registration-details-use');
    items.push('proxy-own-login', 'proxy-linked-profile');
  }

  if (answers.support && answers.support.length > 0) items.push('tell-support-needs');
  items.push('get-help');
  return items;
}
