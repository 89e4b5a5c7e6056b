/**
 * The personal checklist as words: one structure built from the journey's checklist ids, used both by
 * the next-steps page and by the downloaded file, so the two always say the same thing. Pure: no DOM.
 */
import type { PracticeConfig } from '../config/config.js';
import type { ContentKey } from '../content/en-GB.js';
import type { TextLookup } from '../content/text.js';
import { buildChecklist, type ChecklistItemId } from '../journey/checklist.js';
import type { JourneyAnswers, SupportNeed } from '../journey/types.js';

export const CHECKLIST_TEXT: Record<ChecklistItemId, ContentKey> = {
  'talk-first': 'nextTalkFirst',
  'under-13-ask-parent': 'nextUnder13AskParent',
  'teen-contact-practice': 'nextTeenContact',
  'registration-details-ask': 'nextRegistrationDetailsAsk',
  'registration-details-bring': 'nextRegistrationDetailsBring',
  'registration-details-use': 'nextRegistrationDetailsUse',
  'get-app': 'nextGetApp',
  'prove-photo-id': 'nextProvePhotoId',
  'wait-for-email': 'nextWaitForEmail',
  'proxy-child-ask': 'nextProxyChildAsk',
  'proxy-adult-ask': 'nextProxyAdultAsk',
  'proxy-bring-id': 'nextProxyBringId',
  'proxy-own-login': 'nextProxyOwnLogin',
  'proxy-linked-profile': 'nextProxyLinkedProfile',
  'record-new-entries': 'nextRecordNewEntries',
  'registration-hours': 'nextRegistrationHours',
  'tell-support-needs': 'nextTellSupportNeeds',
  'get-help': 'nextGetHelp',
};

export const SUPPORT_NEED_TEXT: Record<SupportNeed, ContentKey> = {
  'large-print': 'supportLargePrint',
  bsl: 'supportBsl',
  'easy-read': 'supportEasyRead',
  'staff-help': 'supportStaffHelp',
  'reading-help': 'supportReadingHelp',
  'reading-aids': 'supportReadingAids',
};

export interface ChecklistEntry {
  id: ChecklistItemId;
  text: string;
  /** Shown as a list under the entry (the support needs to mention). */
  subItems: string[];
}

/** One way to reach the practice: its words, and the address when it is a link. */
export interface ContactLine {
  text: string;
  url?: string;
}

export interface ChecklistDocument {
  heading: string;
  practice: string;
  intro: string;
  entries: ChecklistEntry[];
  contactHeading: string;
  contacts: ContactLine[];
  /** Practice code and registration hours, when the practice gave them. */
  details: string[];
}

export interface ChecklistInput {
  t: TextLookup;
  config: PracticeConfig;
  answers: JourneyAnswers;
  /** The practice name to show, or the generic fallback. */
  practice: string;
}

export function buildChecklistDocument({ t, config, answers, practice }: ChecklistInput): ChecklistDocument {
  const values = { practice, hours: config.registrationHours ?? '', ods: config.odsCode ?? '' };
  const entries = buildChecklist(answers, { hasRegistrationHours: config.registrationHours !== null }).map((id): ChecklistEntry => {
    let text = t(CHECKLIST_TEXT[id], values);
    if (id === 'registration-details-use' && config.odsCode) text = `${text} ${t('nextOdsCode', values)}`;
    const subItems = id === 'tell-support-needs' ? (answers.support ?? []).map((need) => t(SUPPORT_NEED_TEXT[need])) : [];
    return { id, text, subItems };
  });
  const { contact } = config;
  const contacts: ContactLine[] = [];
  if (contact.phone) contacts.push({ text: t('contactPhone', { value: contact.phone }) });
  if (contact.email) contacts.push({ text: t('contactEmail', { value: contact.email }), url: `mailto:${contact.email}` });
  if (contact.sms) contacts.push({ text: t('contactSms', { value: contact.sms }) });
  if (contact.onlineForm) contacts.push({ text: t('contactOnlineForm'), url: contact.onlineForm });
  if (contact.bslVideoRelay) contacts.push({ text: t('contactBslVideoRelay'), url: contact.bslVideoRelay });
  const details: string[] = [];
  if (config.odsCode) details.push(t('checklistPracticeCode', { value: config.odsCode }));
  if (config.registrationHours) details.push(t('checklistRegistrationHours', { value: config.registrationHours }));
  return {
    heading: t('nextHeading'),
    practice,
    intro: t('nextIntro'),
    entries,
    contactHeading: t('nextContactHeading', { practice }),
    contacts,
    details,
  };
}
