/**
 * English (UK) text for the guide, keyed by id. Plain words, short sentences: each step reads at
 * Flesch-Kincaid grade 6 or below (reading age about 11), checked by test/widget/content/readability.test.ts.
 * Every entry that states a fact names its public source, by its id in sources.ts (kept out of the shipped
 * bundle: sources are for reviewers, not patients). Examples of record entries are made up.
 * `{name}` marks a value filled in at run time (the practice name, a step number and so on).
 * A practice can replace any entry through the `strings` setting; its text is shown as plain text.
 *
 * Only the first step's entries (en-GB-first.ts) are in the guide's main script: this file, the whole English,
 * comes with the later steps' part (record-access-guide/later-steps.ts), fetched beside the first render, so a
 * later step's words are there before the patient reaches it.
 */
import { enGBFirst } from './en-GB-first.js';
import type { ContentString } from './types.js';

export const enGB = {
  // The first step's English, and the frame's (en-GB-first.ts), then every later step's.
  ...enGBFirst,

  // Who it is for.
  whoHeading: { text: 'Who is this for?' },
  whoMyself: { text: 'Myself' },
  whoChild: { text: 'My child' },
  whoChildHint: { text: 'A child you are a parent or guardian of. They may be any age.' },
  whoAdult: { text: 'Another adult I help' },
  whoAdultHint: { text: 'For example a family member you care for.' },
  errorWho: { text: 'Select who this is for' },

  // Age.
  ageHeadingSelf: { text: 'How old are you?' },
  ageHeadingChild: { text: 'How old is your child?' },
  age16Plus: { text: '16 or over' },
  age13To15: { text: '13 to 15' },
  ageUnder13: { text: 'Under 13' },
  age16PlusHintSelf: {
    text: 'You can sign yourself up. You will usually see new entries in your record.',
    source: 'prospectiveAccessNews',
  },
  age13To15HintSelf: {
    text: 'You can use the NHS App. To see your record, you need to ask the practice first.',
    source: 'nhsAppAgeRules',
  },
  ageUnder13HintSelf: {
    text: 'You cannot use the NHS App yet. A parent or guardian can ask the practice for you.',
    source: 'nhsAppAgeRules',
  },
  age16PlusHintChild: {
    text: 'At 16 they are treated as an adult. You need them to agree.',
    source: 'proxyUnder16',
  },
  age13To15HintChild: {
    text: 'They may be able to use the NHS App themselves. The practice will ask what they want.',
    source: 'nhsAppAgeRules',
  },
  ageUnder13HintChild: {
    text: 'They cannot use the NHS App. You can ask to see their record in your own app.',
    source: 'nhsAppAgeRules',
  },
  errorAge: { text: 'Select how old you are' },
  errorAgeChild: { text: 'Select how old your child is' },

  // Proxy (family and carer access): what it is, shown once the age is known.
  proxyChildHeading: { text: 'Using online services for your child' },
  proxyAdultHeading: { text: 'Using online services for another adult' },
  proxyName: {
    text: 'The NHS calls this family and carer access, or proxy access. You get it in your own NHS account. You never use their login.',
    source: 'familyCarerAccessAdults',
  },
  proxyPractice: {
    text: 'The practice decides what you can do. It may let you book, order their medicines and see some or all of their record.',
    source: 'proxyInNhsApp',
  },
  proxyChildResponsibility: {
    text: 'Under 16, you need parental responsibility. This means you have the legal right to make choices for the child, as most parents do. The practice checks it.',
    source: 'proxyEvidence',
  },
  proxyChildSay: {
    text: 'From about age 11, your child has their own say. Your access is looked at again between 11 and 13. It may stop at any age from 11 to 14. It stops at 16.',
    source: 'proxyAgeReviews',
  },
  proxyConsent: {
    text: 'They are an adult in the eyes of the NHS, so they need to agree. If they cannot, there are other ways. The next question asks about this.',
    source: 'proxyUnder16',
  },
  proxyApp: {
    text: 'Some practices let you ask for this in the NHS App. Look for “Apply to access services for someone else”.',
    source: 'applyForProxy',
  },
  proxyLimits: {
    text: 'In the NHS App you cannot send messages for them, change their pharmacy or manage their hospital care.',
    source: 'proxyLimits',
  },
  proxySamePractice: {
    text: 'Their profile shows in your NHS App only if you are both at the same practice. If not, their practice will tell you which service to use.',
    source: 'proxyLimits',
  },

  // Consent: a person aged 16 or over who cannot agree.
  consentHeadingAdult: { text: 'Can they agree to you having access?' },
  consentHeadingChild: { text: 'Can your child agree to you having access?' },
  consentHint: { text: 'This is about whether they can understand it and choose.' },
  consentYes: { text: 'Yes, they can agree' },
  consentYesHint: { text: 'They will need to tell the practice, or sign a form.', source: 'familyCarerAccessAdults' },
  consentLpa: { text: 'No, and I have a lasting power of attorney' },
  consentLpaHint: {
    text: 'This is a legal paper, called an LPA, for their health and welfare. It lets you make health choices for them.',
    source: 'proxyEvidence',
  },
  consentDeputy: { text: 'No, and a court made me their deputy' },
  consentDeputyHint: { text: 'A court can name someone, a deputy, to make choices for a person.', source: 'proxyEvidence' },
  consentNeither: { text: 'No, and I have neither of these' },
  consentNeitherHint: {
    text: 'The practice may still give you access if it is in their best interests. This means what is best for them, with their wishes in mind.',
    source: 'proxyEvidence',
  },
  errorConsent: { text: 'Select if they can agree to you having access' },

  // What they want to do.
  servicesHeading: { text: 'What do you want to do online?' },
  errorServices: { text: 'Select at least one thing you want to do online' },

  // The record: what you will see, then whether to go on. At most 150 words show; the rest is in <details>.
  recordHeading: { text: 'What you will see in a GP record' },
  recordHeadingProxy: { text: 'What you will see in their GP record' },
  recordIntro: { text: 'A GP record holds your health problems, medicines, allergies, test results, notes and letters.', source: 'prospectiveAccess' },
  recordIntroProxy: { text: 'A GP record holds their health problems, medicines, allergies, test results, notes and letters.', source: 'prospectiveAccess' },
  recordExamples: { text: 'See made-up examples' },
  recordSummaryTitle: { text: 'Summary' },
  recordSummaryText: { text: 'Allergies, medicines and health problems.', source: 'nhsGpOnlineServices' },
  recordSummaryExample: { text: 'Allergy: penicillin, causes a rash. Metformin 500mg BD.' },
  recordImmunisationsTitle: { text: 'Vaccines' },
  recordImmunisationsText: { text: 'Vaccines given.', source: 'prospectiveAccess' },
  recordImmunisationsExample: { text: 'Flu vaccine, 14 October.' },
  recordResultsTitle: { text: 'Test results' },
  recordResultsText: { text: 'Results of blood tests and other tests.', source: 'prospectiveAccess' },
  recordResultsExample: { text: 'FBC: normal. No action needed.' },
  recordNotesTitle: { text: 'Notes' },
  recordNotesText: {
    text: 'What the doctor, nurse or other staff wrote after a visit, in their own words.',
    source: 'prospectiveAccess',
  },
  recordNotesExample: { text: 'c/o cough 3/7. Chest clear, no SOB. Rest and fluids. r/v if not better in 1/52.' },
  recordLettersTitle: { text: 'Letters' },
  recordLettersText: {
    text: 'Letters sent to the practice, for example from a hospital.',
    source: 'prospectiveAccess',
  },
  recordLettersExample: { text: 'Letter from the skin clinic after your visit.' },
  // Short forms in the examples: each is a button that shows its meaning from the glossary below the example.
  termButtonHint: { text: '(what this means)' },
  termAlsoMeans: { text: 'It can also mean: {value}.' },
  termSource: { text: 'Source of this meaning: {value}.' },
  recordNewEntries: {
    text: 'From 16, people usually see new entries as they are added. Some entries are held back, and some practices have not started.',
    source: 'prospectiveAccessNews',
  },
  recordUnder16: {
    text: 'You are under 16, so this does not apply to you yet.',
    source: 'nhsAppAgeRules',
  },
  recordUnder16Child: {
    text: 'Your child is under 16, so the practice decides what you see.',
    source: 'proxyAgeReviews',
  },
  recordResultsEarly: {
    text: 'You may see a result before a doctor talks to you. If it worries you when the practice is closed, call 111, or 999 in an emergency.',
    source: 'nhs111',
  },
  recordMore: { text: 'More about the record' },
  recordOlder: {
    text: 'Older entries do not show by themselves. Ask the practice for them. Ask for what you need, as it is quicker. It can take up to 28 working days. You can also ask for a copy of the whole record. This is free and takes up to a month.',
    source: 'historicRecords',
  },
  recordWithheld: {
    text: 'The practice may hide things that could cause serious harm, or that are about another person.',
    source: 'prospectiveAccess',
  },
  recordNotIn: { text: 'Hospital, dentist and optician records are not in it, only what they sent to the GP.', source: 'prospectiveAccess' },
  recordAbbreviations: {
    text: 'Notes use short forms and medical words. If something is not clear, ask the practice.',
    source: 'nhsAbbreviations',
  },
  recordAbbreviationsLink: { text: 'Short forms found in health records, on the NHS website (opens in a new tab)', source: 'nhsAbbreviations' },
  recordWrong: {
    text: 'If a fact is wrong, ask the practice to correct it. A doctor’s view may stay, but they can add a note that you disagree.',
    source: 'amendingRecords',
  },
  recordComplain: {
    text: 'To complain, ask the practice first, within 12 months. Then you can go to the local NHS body that pays for it. If it is about how your data is used, you can go to the ICO, the body that protects data rights.',
    source: 'complaints',
  },
  recordMoving: {
    text: 'If you move to a new practice, your online access stops. Ask again at the new practice once the record has moved.',
    source: 'movingPractice',
  },
  recordSwitchOff: {
    text: 'To stop seeing the record, tell the practice. You can keep booking and ordering. Deleting your NHS account does not stop it.',
    source: 'switchingOff',
  },
  decideHeading: { text: 'Before you decide' },
  decidePressure: {
    text: 'It is your choice. Nobody should make you show your record. If someone does, say no and tell the practice.',
    source: 'protectingRecord',
  },
  decidePressureProxy: {
    text: 'It is their record. Nobody should put them under pressure to give you access. The practice can say no.',
    source: 'protectingRecord',
  },
  decideDevices: {
    text: 'Keep your login to yourself. Log out on a shared phone.',
    source: 'protectingRecord',
  },
  decidePast: {
    text: 'The record may bring up hard things from the past. If you see something about another person, tell the practice.',
    source: 'protectingRecord',
  },
  decideQuestion: { text: 'What would you like to do?' },
  decideContinue: { text: 'Carry on' },
  decideStop: { text: 'Stop for now' },
  decideTalk: { text: 'Talk to the practice first' },
  decideTalkHint: { text: 'You will still get the next steps.' },
  errorRecord: { text: 'Select what you would like to do' },

  // Proving who you are.
  identityHeading: { text: 'Proving who you are' },
  identityQuestion: { text: 'Do you have photo ID?' },
  identityHint: { text: 'A passport, a UK driving licence, a European ID card or a residence permit. Not a copy.' },
  identityWhy: {
    text: 'To see a record online, you prove who you are with NHS login. You need an email address and a phone number. A landline is fine.',
    source: 'nhsLoginSetup',
  },
  identityPhoto: {
    text: 'With photo ID: you take a photo of it in the NHS App, then a face scan or a short video.',
    source: 'photoIdCheck',
  },
  identityDetails: {
    text: 'Without photo ID: the practice gives you 3 details to type into the app. These are its code, an account ID and a linkage key or passphrase, a kind of password.',
    source: 'noPhotoIdCheck',
  },
  identityInPerson: {
    text: 'At the practice: staff check your ID. If you have none, staff who know you may vouch for you. This means they say they know who you are.',
    source: 'identityVerification',
  },
  identityYes: { text: 'Yes' },
  identityNo: { text: 'No' },
  errorIdentity: { text: 'Select yes if you have photo ID' },

  // Kinds of help (listed on the checklist and on the leaving step).
  supportLargePrint: { text: 'large print', source: 'aisScope' },
  supportBsl: { text: 'a British Sign Language (BSL) interpreter', source: 'aisScope' },
  supportEasyRead: { text: 'easy read', source: 'aisScope' },
  supportStaffHelp: { text: 'help from staff to get online' },
  supportReadingHelp: { text: 'someone to help you read the record' },
  supportReadingAids: {
    text: 'To make text bigger, hold Ctrl (Cmd on a Mac) and press +. The Record Access Aids add-on adds reading aids to record websites.',
  },

  // Check your answers.
  checkHeading: { text: 'Check your answers' },
  checkWho: { text: 'Who it is for' },
  checkAge: { text: 'Age' },
  checkConsent: { text: 'Can they agree' },
  checkServices: { text: 'What you want to do' },
  checkDecision: { text: 'Your choice' },
  checkIdentity: { text: 'Photo ID' },
  checkNone: { text: 'None' },
  checkChangeWho: { text: 'who it is for' },
  checkChangeAge: { text: 'age' },
  checkChangeConsent: { text: 'if they can agree' },
  checkChangeServices: { text: 'what you want to do' },
  checkChangeDecision: { text: 'your choice' },
  checkChangeIdentity: { text: 'photo ID' },
  checkSubmit: { text: 'Show my next steps' },

  // Your next steps: one item per thing to do, with what to bring under it.
  nextHeading: { text: 'Your next steps' },
  nextIntro: { text: 'Do these things in order. You can print this list or save it.' },
  nextTalkFirst: { text: 'Talk to {practice} before you sign up. Ask about anything you are not sure of.' },
  nextUnder13AskParent: {
    text: 'Ask your parent or guardian to talk to {practice}. They can ask for access for you.',
    source: 'nhsAppAgeRules',
  },
  nextTeenContact: {
    text: 'Contact {practice} and ask to see your record online. They may want to talk with you first.',
    source: 'nhsAppAgeRules',
  },
  nextVisitPractice: { text: 'Go to {practice} once. Ask for your details for online services.', source: 'noPhotoIdCheck' },
  nextProxyVisit: {
    text: 'Ask {practice} for access to their record. You may both need to fill in a form.',
    source: 'familyCarerAccessAdults',
  },
  nextGetApp: {
    text: 'Get the NHS App, or use the NHS website on a computer. Set up NHS login with your email address and phone number.',
    source: 'nhsLoginSetup',
  },
  nextProvePhotoId: {
    text: 'In the app, choose to prove who you are with photo ID. Take a photo of it, then a face scan or a short video.',
    source: 'photoIdCheck',
  },
  nextWaitForEmail: {
    text: 'Wait for an email to say it worked. It can take 24 hours, or longer at weekends.',
    source: 'photoIdCheck',
  },
  nextRegistrationDetailsUse: {
    text: 'In the app, choose to prove who you are without photo ID. Type in the 3 details from the practice.',
    source: 'noPhotoIdCheck',
  },
  nextOdsCode: { text: 'The practice code for {practice} is {ods}.' },
  nextProxyLinkedProfile: {
    text: 'When the practice says your access is ready, switch to their profile in the NHS App.',
    source: 'proxyInNhsApp',
  },
  nextRecordNewEntries: {
    text: 'Once you are in, you will usually see new entries. To see older ones, ask the practice.',
    source: 'prospectiveAccess',
  },
  nextAskSupport: {
    text: 'If you need help, tell {practice}. They must meet needs that come from a disability or sight or hearing loss. You can ask for:',
    source: 'aisScope',
  },
  nextGetHelp: { text: 'If you get stuck, contact {practice}, or see the NHS App help pages.', source: 'nhsApp' },
  // Lines under an item.
  detailBringPhotoId: { text: 'Take your photo ID.', source: 'familyCarerAccessAdults' },
  detailBringAnyId: { text: 'Take any ID you have. With none, ask if staff who know you can vouch for you.', source: 'identityVerification' },
  detailAskRegistrationDetails: { text: 'Ask for your own 3 details for online services.', source: 'noPhotoIdCheck' },
  detailRegistrationHours: { text: 'When to go: {hours}' },
  detailParentalResponsibility: {
    text: 'Take proof that you are their parent or guardian, such as a birth certificate, adoption papers or a court order.',
    source: 'proxyEvidence',
  },
  detailConsentYes: { text: 'They need to agree. They may come with you or sign a form.', source: 'familyCarerAccessAdults' },
  detailConsentLpa: { text: 'Take the health and welfare LPA, or a copy signed as true.', source: 'proxyEvidence' },
  detailConsentDeputy: { text: 'Take the court order that names you as their deputy.', source: 'proxyEvidence' },
  detailConsentNeither: { text: 'The practice will decide if access is in their best interests.', source: 'proxyEvidence' },
  detailDifferentPractice: { text: 'If they are at another practice, ask that practice instead.', source: 'proxyLimits' },
  detailNoSmartphone: { text: 'No smartphone? Use the NHS website on a computer or tablet.', source: 'nhsApp' },
  detailNoEmail: { text: 'No email address? Ask someone you trust to help you make a free one, or ask {practice} about other ways.', source: 'nhsLoginSetup' },
  detailFaceScan: { text: 'If flashing lights can cause you fits, choose the video. In the video you can sign or write the numbers.', source: 'photoIdCheck' },
  detailProxyOwnLogin: { text: 'Always sign in as yourself, never as them.', source: 'familyCarerAccessAdults' },
  detailChildAccessEnds: {
    text: 'Your access will be looked at again as they grow up. It may stop from age 11, and it stops at 16.',
    source: 'proxyAgeReviews',
  },
  linkAppStore: { text: 'NHS App on the App Store' },
  linkGooglePlay: { text: 'NHS App on Google Play' },
  linkNhsWebsite: { text: 'Use the NHS App on a computer' },
  nextOtherApps: { text: '{practice} also works with these apps: {value}.' },
  portalPatientAccess: { text: 'Patient Access' },
  portalSystmonline: { text: 'SystmOnline' },
  portalAirmid: { text: 'Airmid' },
  portalEvergreenLife: { text: 'Evergreen Life' },
  portalMygp: { text: 'myGP' },
  portalPatientsKnowBest: { text: 'Patients Know Best' },
  nextContactHeading: { text: 'How to contact {practice}' },
  startAgain: { text: 'Start again' },

  // Leaving part-way, and the help that fits the reason given.
  leavingHeading: { text: 'What is stopping you?' },
  leavingHint: { text: 'You do not have to answer. If you do, we will show help that fits.' },
  leavingCannotRegister: { text: 'I cannot sign up or prove who I am' },
  leavingConfidentiality: { text: 'I am not sure who could see my record' },
  leavingAccessNeeds: { text: 'I have access or sensory needs' },
  leavingWorried: { text: 'I am worried about what I will see' },
  leavingNoPoint: { text: 'I do not see the point' },
  leavingOther: { text: 'Something else' },
  leavingSubmit: { text: 'Finish' },
  leavingDoneHeading: { text: 'Thank you' },
  leavingDone: { text: 'You can come back to this guide at any time.' },
  helpCannotRegister: {
    text: 'Without photo ID, the practice can give you 3 details to sign up with. Staff who know you may vouch for you. A landline is fine for the phone number.',
    source: 'noPhotoIdCheck',
  },
  helpConfidentiality: {
    text: 'Only you see your record, unless you give someone access. Keep your login to yourself. If someone makes you show them, tell the practice. It can turn access off.',
    source: 'protectingRecord',
  },
  helpWorried: {
    text: 'You can talk to the practice first. If a result worries you when it is closed, call 111. In an emergency, call 999. You can turn access off later.',
    source: 'nhs111',
  },
  helpNoPoint: {
    text: 'Online, you can see test results and notes when it suits you, and order medicines without phoning.',
    source: 'nhsGpOnlineServices',
  },
  // Printing and downloading the checklist.
  printChecklist: { text: 'Print this checklist' },
  downloadChecklist: { text: 'Download this checklist' },
  downloadChecklistHint: { text: 'It saves as a text file you can keep, print or read on any device.' },
  checklistFileName: { text: 'next-steps' },
  checklistMadeOn: { text: 'Made on {value}.' },
  checklistPracticeCode: { text: 'Practice code (ODS code): {value}' },
  checklistRegistrationHours: { text: 'When to go in to register: {value}' },
  // Saved progress: the page that offers to continue (the line saying answers are saved is in en-GB-first.ts).
  resumeHeading: { text: 'Do you want to continue where you left off?' },
  resumeReached: { text: 'You started this guide on this device before. You got as far as: {step}' },
  resumeContinue: { text: 'Continue where you left off' },
  resumeStartAgain: { text: 'Start again' },
  resumeStartAgainHint: { text: 'If you start again, the answers saved on this device are cleared.' },
} satisfies Record<string, ContentString>;

export type ContentKey = keyof typeof enGB;

/** Every id a practice may override through the `strings` setting. */
export const CONTENT_IDS: ReadonlySet<string> = new Set(Object.keys(enGB));

/** The ids `content` has no entry for: these show in English. */
export function missingContentKeys(content: Readonly<Partial<Record<ContentKey, ContentString>>>): ContentKey[] {
  return (Object.keys(enGB) as ContentKey[]).filter((key) => !Object.hasOwn(content, key));
}
