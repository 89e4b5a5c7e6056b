/**
 * The personal checklist as words: one structure built from the journey's checklist items, used both by
 * the next-steps page and by the downloaded file, so the two always say the same thing. Pure: no DOM.
 */
import type { PracticeConfig } from '../config/config.js';
import type { ContentKey } from '../content/en-GB.js';
import type { TextLookup } from '../content/text.js';
import { buildChecklist, type ChecklistDetailId, type ChecklistItemId } from '../journey/checklist.js';
import type { JourneyAnswers, PortalId, SupportNeed } from '../journey/types.js';
import { SUPPORT_OPTIONS } from '../journey/types.js';
import { NHS_LINKS, practiceContacts, type ContactLine } from './contacts.js';

export { NHS_LINKS, practiceContacts, type ContactLine };

export const CHECKLIST_TEXT: Record<ChecklistItemId, ContentKey> = {
  'talk-first': 'nextTalkFirst',
  'under-13-ask-parent': 'nextUnder13AskParent',
  'teen-contact-practice': 'nextTeenContact',
  'visit-practice': 'nextVisitPractice',
  'proxy-visit': 'nextProxyVisit',
  'get-app': 'nextGetApp',
  'prove-photo-id': 'nextProvePhotoId',
  'wait-for-email': 'nextWaitForEmail',
  'registration-details-use': 'nextRegistrationDetailsUse',
  'proxy-linked-profile': 'nextProxyLinkedProfile',
  'record-new-entries': 'nextRecordNewEntries',
  'ask-support': 'nextAskSupport',
  'get-help': 'nextGetHelp',
};

const DETAIL_TEXT: Record<ChecklistDetailId, ContentKey> = {
  'bring-photo-id': 'detailBringPhotoId',
  'bring-any-id': 'detailBringAnyId',
  'ask-registration-details': 'detailAskRegistrationDetails',
  'registration-hours': 'detailRegistrationHours',
  'bring-parental-responsibility': 'detailParentalResponsibility',
  'consent-yes': 'detailConsentYes',
  'consent-lpa': 'detailConsentLpa',
  'consent-deputy': 'detailConsentDeputy',
  'consent-neither': 'detailConsentNeither',
  'different-practice': 'detailDifferentPractice',
  'no-smartphone': 'detailNoSmartphone',
  'no-email': 'detailNoEmail',
  'photo-id-list': 'identityHint',
  'face-scan-options': 'detailFaceScan',
  'proxy-own-login': 'detailProxyOwnLogin',
  'proxy-limits': 'proxySamePractice',
  'child-access-ends': 'detailChildAccessEnds',
};

export const SUPPORT_NEED_TEXT: Record<SupportNeed, ContentKey> = {
  'large-print': 'supportLargePrint',
  bsl: 'supportBsl',
  'easy-read': 'supportEasyRead',
  'staff-help': 'supportStaffHelp',
  'reading-help': 'supportReadingHelp',
  'reading-aids': 'supportReadingAids',
};

const PORTAL_TEXT: Record<PortalId, ContentKey> = {
  'patient-access': 'portalPatientAccess',
  systmonline: 'portalSystmonline',
  airmid: 'portalAirmid',
  'evergreen-life': 'portalEvergreenLife',
  mygp: 'portalMygp',
  'patients-know-best': 'portalPatientsKnowBest',
};

export interface ChecklistEntry {
  id: ChecklistItemId;
  text: string;
  /** Shown as a list under the entry: what to bring and what to know. */
  subItems: string[];
  /** Links to act on straight away (getting the app, its help pages). */
  links: ContactLine[];
}

export interface ChecklistDocument {
  heading: string;
  practice: string;
  intro: string;
  entries: ChecklistEntry[];
  contactHeading: string;
  /** Ways to reach the practice; when the practice gave none, how to find them instead. */
  contacts: ContactLine[];
  /** True when the practice gave no contact details, so `contacts` says how to find them. */
  contactsMissing: boolean;
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

function entryLinks(t: TextLookup, id: ChecklistItemId): ContactLine[] {
  if (id === 'get-app') {
    return [
      { text: t('linkAppStore'), url: NHS_LINKS.appStore },
      { text: t('linkGooglePlay'), url: NHS_LINKS.googlePlay },
      { text: t('linkNhsWebsite'), url: NHS_LINKS.nhsAppWeb },
    ];
  }
  return id === 'get-help' ? [{ text: t('linkAppHelp'), url: NHS_LINKS.appHelp }] : [];
}

export function buildChecklistDocument({ t, config, answers, practice }: ChecklistInput): ChecklistDocument {
  const values = { practice, hours: config.registrationHours ?? '', ods: config.odsCode ?? '' };
  const entries = buildChecklist(answers, { hasRegistrationHours: config.registrationHours !== null }).map(({ id, details }): ChecklistEntry => {
    let text = t(CHECKLIST_TEXT[id], values);
    if (id === 'registration-details-use' && config.odsCode) text = `${text} ${t('nextOdsCode', values)}`;
    const subItems = id === 'ask-support' ? SUPPORT_OPTIONS.map((need) => t(SUPPORT_NEED_TEXT[need])) : details.map((detail) => t(DETAIL_TEXT[detail], values));
    if (id === 'get-app' && config.portals.length > 0) {
      subItems.push(t('nextOtherApps', { practice, value: config.portals.map((portal) => t(PORTAL_TEXT[portal])).join(', ') }));
    }
    return { id, text, subItems, links: entryLinks(t, id) };
  });
  const contacts = practiceContacts(t, config, practice);
  const details: string[] = [];
  if (config.odsCode) details.push(t('checklistPracticeCode', { value: config.odsCode }));
  if (config.registrationHours) details.push(t('checklistRegistrationHours', { value: config.registrationHours }));
  return {
    heading: t('nextHeading'),
    practice,
    intro: t('nextIntro'),
    entries,
    contactHeading: t('nextContactHeading', { practice }),
    contacts: contacts.lines,
    contactsMissing: contacts.missing,
    details,
  };
}
