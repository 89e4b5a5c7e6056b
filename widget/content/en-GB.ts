/**
 * English (UK) text for the guide, keyed by id. Plain words, short sentences (aim: reading age 9 to 11).
 * Every entry that states a fact names its public source, by its id in sources.ts (kept out of the shipped
 * bundle: sources are for reviewers, not patients). Examples of record entries are made up.
 * `{name}` marks a value filled in at run time (the practice name, a step number and so on).
 * A practice can replace any entry through the `strings` setting; its text is shown as plain text.
 */
import type { ContentString } from './types.js';

export const enGB = {
  // Frame: shown on every step.
  defaultPracticeName: { text: 'your GP practice' },
  stepOf: { text: 'Step {step} of {count}' },
  stepAnnouncement: { text: 'Step {step} of {count}: {title}' },
  back: { text: 'Back' },
  continue: { text: 'Continue' },
  startNow: { text: 'Start now' },
  stopForNow: { text: 'I want to stop for now' },
  quickExit: { text: 'Leave this page now' },
  quickExitHint: { text: 'This takes you to another website straight away, and clears your answers from this device.' },
  // Listen: reads the step aloud with a voice on the person's device.
  listen: { text: 'Listen' },
  listenStop: { text: 'Stop listening' },
  listenStarted: { text: 'Reading this step aloud.' },
  listenFinished: { text: 'Finished reading this step.' },
  listenLoadFailed: { text: 'Sorry, reading aloud is not working on this page just now. You can still read this step on screen, or press Listen to try again.' },
  quickExitBlocked: { text: 'This page could not be closed for you. To hide it, close this tab or window now. Or press Leave this page now again to leave the guide.' },
  listenNoVoice: { text: 'Reading aloud needs a voice on this device, and none was found. You can add one in your phone or computer settings, under speech or text to speech.' },
  change: { text: 'Change' },
  selectAllThatApply: { text: 'Select all that apply.' },
  errorSummaryTitle: { text: 'There is a problem' },
  errorPrefix: { text: 'Error:' },
  exampleLabel: { text: 'Made-up example:' },

  // Step 1: start.
  startHeading: { text: 'Use your GP practice online' },
  startIntro: {
    text: 'GP online services let you do some things without phoning or going in, at any time of day.',
    source: 'nhsGpOnlineServices',
  },
  startOffers: { text: 'At {practice} you can:' },
  startFree: {
    text: 'They are free, and everyone registered with a GP practice in England can ask to use them.',
    source: 'nhsGpOnlineServices',
  },
  startWhy: {
    text: 'Many people find it useful. You can see test results and notes from your appointments in your own time, without waiting to speak to someone.',
    source: 'prospectiveAccess',
  },
  startHow: { text: 'This guide asks a few questions. At the end you get a list of what to do next. Your answers stay on this device.' },
  startHelp: { text: 'If you need help, contact {practice}.' },

  // Services a practice may offer.
  serviceRecord: { text: 'see your GP health record', source: 'nhsGpOnlineServices' },
  serviceAppointments: { text: 'book and cancel appointments', source: 'nhsGpOnlineServices' },
  servicePrescriptions: { text: 'order repeat prescriptions', source: 'nhsGpOnlineServices' },
  serviceMessages: { text: 'send and read messages with the practice', source: 'nhsApp' },

  // Step 2: who it is for.
  whoHeading: { text: 'Who do you want to use online services for?' },
  whoMyself: { text: 'Myself' },
  whoChild: { text: 'My child' },
  whoChildHint: { text: 'A child you are a parent or guardian of.' },
  whoAdult: { text: 'Another adult I help' },
  whoAdultHint: { text: 'For example a family member you care for.' },
  errorWho: { text: 'Select who you want to use online services for' },

  // Proxy (family and carer access).
  proxyChildHeading: { text: 'Using online services for your child' },
  proxyAdultHeading: { text: 'Using online services for another adult' },
  proxyName: {
    text: 'The NHS calls this family and carer access. It is also called proxy access.',
    source: 'familyCarerAccessAdults',
  },
  proxyPractice: {
    text: 'The practice decides what you can do. They may let you book appointments, order prescriptions and see some or all of the record.',
    source: 'proxyInNhsApp',
  },
  proxyOwnLogin: {
    text: 'You always use your own login, never the other person’s.',
    source: 'familyCarerAccessAdults',
  },
  proxyChildResponsibility: {
    text: 'You need to have parental responsibility for the child. The practice will check this, for example from a birth certificate or adoption certificate.',
    source: 'proxyEvidence',
  },
  proxyChildSay: {
    text: 'From about age 11, the child has their own say. If they understand, the practice will ask what they want.',
    source: 'proxyAgeReviews',
  },
  proxyChildChanges: {
    text: 'Your access usually changes as your child grows up. It is usually looked at again when they are between 11 and 13. It is paused at 16 unless it is set up again.',
    source: 'proxyAgeReviews',
  },
  proxyAdultConsent: {
    text: 'The person usually needs to understand and agree to you having access.',
    source: 'familyCarerAccessAdults',
  },
  proxyAdultCapacity: {
    text: 'If they cannot understand or agree, for example because of dementia, the practice may still give you access if it is in their best interests.',
    source: 'familyCarerAccessAdults',
  },
  proxyAdultAttorney: {
    text: 'If you have a lasting power of attorney for health and welfare, or you are their deputy appointed by a court, tell the practice and show them the papers.',
    source: 'proxyEvidence',
  },
  proxySamePractice: {
    text: 'To use the NHS App for someone else, you both need to be registered at the same GP practice. If you are not, the practice can tell you which other app or website to use.',
    source: 'familyCarerAccessAdults',
  },

  // Step 3: age.
  ageHeadingSelf: { text: 'How old are you?' },
  ageHeadingChild: { text: 'How old is your child?' },
  age16Plus: { text: '16 or over' },
  age13To15: { text: '13 to 15' },
  ageUnder13: { text: 'Under 13' },
  age16PlusHintSelf: {
    text: 'You can sign yourself up, and you will see new entries in your record.',
    source: 'prospectiveAccessNews',
  },
  age13To15HintSelf: {
    text: 'You can use the NHS App, but you cannot sign yourself up to see your record. You need to ask the practice first.',
    source: 'nhsAppAgeRules',
  },
  ageUnder13HintSelf: {
    text: 'You cannot use the NHS App yet. A parent or guardian can ask the practice for access for you.',
    source: 'nhsAppAgeRules',
  },
  age16PlusHintChild: {
    text: 'At 16 they are usually treated as able to decide for themselves. They will need to agree to you having access.',
    source: 'familyCarerAccessAdults',
  },
  age13To15HintChild: {
    text: 'They may be able to use the NHS App themselves, if the practice agrees. The practice will ask what they want.',
    source: 'nhsAppAgeRules',
  },
  ageUnder13HintChild: {
    text: 'They cannot use the NHS App. You can ask the practice to link their record to your account.',
    source: 'nhsAppAgeRules',
  },
  errorAge: { text: 'Select how old you are' },
  errorAgeChild: { text: 'Select how old your child is' },

  // Step 4: what they want to do.
  servicesHeading: { text: 'What do you want to do online?' },
  errorServices: { text: 'Select at least one thing you want to do online' },

  // Step 5: what you will see.
  recordHeading: { text: 'What you will see in a GP record' },
  recordIntro: { text: 'A GP record has different parts. Here is what each part is, with a made-up example.' },
  recordSummaryTitle: { text: 'Summary' },
  recordSummaryText: { text: 'Your allergies, the medicines you take and your health problems.', source: 'nhsGpOnlineServices' },
  recordSummaryExample: { text: 'Allergy: penicillin, causes a rash. Metformin 500mg BD.' },
  recordImmunisationsTitle: { text: 'Immunisations' },
  recordImmunisationsText: { text: 'Vaccines you have had.', source: 'prospectiveAccess' },
  recordImmunisationsExample: { text: 'Flu vaccine, 14 October.' },
  recordResultsTitle: { text: 'Test results' },
  recordResultsText: { text: 'Results of blood tests and other tests.', source: 'prospectiveAccess' },
  recordResultsExample: { text: 'FBC: normal. No action needed.' },
  recordNotesTitle: { text: 'Notes from appointments' },
  recordNotesText: {
    text: 'What the doctor, nurse or other staff wrote about your appointment, in their own words.',
    source: 'prospectiveAccess',
  },
  recordNotesExample: { text: 'c/o cough 3/7. Chest clear, no SOB. Rest and fluids. r/v if not better in 1/52.' },
  recordLettersTitle: { text: 'Letters and documents' },
  recordLettersText: {
    text: 'Letters sent to the practice, for example from a hospital clinic after you were seen there.',
    source: 'prospectiveAccess',
  },
  recordLettersExample: { text: 'Letter from the skin clinic after your appointment.' },
  // Short forms in the examples: each is a button that shows its meaning from the glossary below the example.
  termButtonHint: { text: '(what this means)' },
  termAlsoMeans: { text: 'It can also mean: {value}.' },
  termSource: { text: 'Source of this meaning: {value}.' },
  recordWhenHeading: { text: 'What you see, and from when' },
  recordNewEntries: {
    text: 'Since 31 October 2023, people aged 16 and over with an online account see new entries in their record automatically.',
    source: 'prospectiveAccessNews',
  },
  recordOlder: {
    text: 'Older entries are not shown automatically. You can ask the practice for them.',
    source: 'prospectiveAccess',
  },
  recordWithheld: {
    text: 'The practice may hide some things. They do this if seeing it could cause serious harm to you or someone else, or if it is about another person.',
    source: 'prospectiveAccess',
  },
  recordResultsEarly: {
    text: 'You may see a test result before a doctor or nurse has talked to you about it.',
    source: 'prospectiveAccess',
  },
  recordAbbreviations: {
    text: 'Notes often use short forms and medical words. If you do not understand something, ask the practice.',
    source: 'nhsAbbreviations',
  },
  recordAbbreviationsLink: { text: 'Short forms found in health records, on the NHS website (opens in a new tab)', source: 'nhsAbbreviations' },
  recordWrong: {
    text: 'If you think something is wrong, tell the practice. They can correct a mistake. If it is a doctor’s opinion, they may keep it, but you can ask them to add a note that you disagree.',
    source: 'amendingRecords',
  },

  // Step 6: before you decide.
  decideHeading: { text: 'Before you decide' },
  decideIntro: { text: 'Seeing your record online is your choice. Think about these things first.' },
  decidePressure: {
    text: 'Nobody should make you show them your record. If someone is pressuring you, you can say no to online access, and you can tell the practice.',
    source: 'protectingRecord',
  },
  decideDevices: {
    text: 'Keep your login to yourself. On a shared phone or computer, log out when you finish. Keep printouts somewhere safe.',
    source: 'protectingRecord',
  },
  decidePast: {
    text: 'Your record may mention hard things from the past that you had forgotten, or would rather not read.',
    source: 'protectingRecord',
  },
  decideOthers: {
    text: 'If you see information about someone else, tell the practice.',
    source: 'protectingRecord',
  },
  decideQuestion: { text: 'What would you like to do?' },
  decideContinue: { text: 'Carry on' },
  decideStop: { text: 'Stop for now' },
  decideTalk: { text: 'Talk to the practice first' },
  decideTalkHint: { text: 'We will still show you the next steps, so you know what to ask.' },
  errorDecide: { text: 'Select what you would like to do' },

  // Step 7: proving who you are.
  identityHeading: { text: 'Proving who you are' },
  identityQuestion: { text: 'Do you have photo ID?' },
  identityHint: { text: 'For example a passport or a driving licence.' },
  identityWhy: {
    text: 'To see a GP record online, you have to prove who you are. There are different ways to do it.',
    source: 'identityVerification',
  },
  identityPhoto: {
    text: 'With photo ID: you do it in the NHS App. You take a photo of your ID, then a face scan or a short video of yourself.',
    source: 'photoIdCheck',
  },
  identityDetails: {
    text: 'Without photo ID: the practice gives you 3 registration details. You type them into the NHS App.',
    source: 'noPhotoIdCheck',
  },
  identityInPerson: {
    text: 'At the practice: staff check your ID. If you have no ID, staff who know you well may be able to vouch for you.',
    source: 'identityVerification',
  },
  identityYes: { text: 'Yes' },
  identityNo: { text: 'No' },
  errorIdentity: { text: 'Select yes if you have photo ID' },

  // Step 8: getting online.
  portalsHeading: { text: 'Getting online' },
  portalsNhsApp: {
    text: 'Start with the NHS App. It is free from the App Store or Google Play. You can also use it on a computer by logging in on the NHS website.',
    source: 'nhsApp',
  },
  portalsNhsAppAge: { text: 'You need to be 13 or over to use it.', source: 'nhsAppLongRead' },
  portalsOthers: { text: '{practice} also works with these apps:' },
  portalsOthersNote: { text: 'Ask {practice} if you are not sure which one to use.' },
  portalsProxy: {
    text: 'When the practice has set up your access, you can switch to the other person’s profile in the NHS App.',
    source: 'proxyInNhsApp',
  },
  portalPatientAccess: { text: 'Patient Access' },
  portalSystmonline: { text: 'SystmOnline' },
  portalAirmid: { text: 'Airmid' },
  portalEvergreenLife: { text: 'Evergreen Life' },
  portalMygp: { text: 'myGP' },
  portalPatientsKnowBest: { text: 'Patients Know Best' },

  // Step 9: support needs.
  supportHeading: { text: 'Do you need any help or support?' },
  supportIntro: {
    text: 'The NHS must ask about your communication needs and meet them.',
    source: 'accessibleInformation',
  },
  supportLargePrint: { text: 'Large print', source: 'accessibleInformation' },
  supportBsl: { text: 'A British Sign Language (BSL) interpreter', source: 'accessibleInformation' },
  supportEasyRead: { text: 'Easy read information', source: 'accessibleInformation' },
  supportStaffHelp: { text: 'Help from practice staff to get online' },
  supportReadingHelp: { text: 'Someone to help me read my record' },
  supportReadingAids: { text: 'Tools to make the screen easier to read' },
  supportReadingAidsHint: {
    text: 'Your browser can make text bigger: hold Ctrl (Cmd on a Mac) and press +. Record Access Aids is a browser add-on that adds reading aids, like high-contrast colours, to record websites.',
  },
  supportContactIntro: { text: 'Ways to contact {practice} without phoning:' },
  supportNoContact: { text: 'You can also go to {practice} and ask at reception.' },

  // Contact routes.
  contactPhone: { text: 'Phone: {value}' },
  contactEmail: { text: 'Email: {value}' },
  contactSms: { text: 'Text message: {value}' },
  contactOnlineForm: { text: 'Online form' },
  contactBslVideoRelay: { text: 'BSL video relay service' },

  // Step 10: check your answers.
  checkHeading: { text: 'Check your answers' },
  checkWho: { text: 'Who it is for' },
  checkAge: { text: 'Age' },
  checkServices: { text: 'What you want to do' },
  checkDecision: { text: 'Your choice' },
  checkIdentity: { text: 'Photo ID' },
  checkSupport: { text: 'Help or support' },
  checkNone: { text: 'None' },
  checkChangeWho: { text: 'who it is for' },
  checkChangeAge: { text: 'age' },
  checkChangeServices: { text: 'what you want to do' },
  checkChangeDecision: { text: 'your choice' },
  checkChangeIdentity: { text: 'photo ID' },
  checkChangeSupport: { text: 'help or support' },
  checkSubmit: { text: 'Show my next steps' },

  // Your next steps.
  nextHeading: { text: 'Your next steps' },
  nextIntro: { text: 'Do these things in order. You may want to write them down.' },
  nextTalkFirst: { text: 'Talk to {practice} before you sign up. Ask them anything you are unsure about.' },
  nextUnder13AskParent: {
    text: 'Ask your parent or guardian to talk to {practice}. They can ask for access for you.',
    source: 'nhsAppAgeRules',
  },
  nextTeenContact: {
    text: 'Contact {practice} and ask to use online services. They may want to talk with you first.',
    source: 'nhsAppAgeRules',
  },
  nextRegistrationDetailsAsk: {
    text: 'Ask {practice} for your registration details for online services.',
    source: 'noPhotoIdCheck',
  },
  nextRegistrationDetailsBring: {
    text: 'Go to the practice. Take any ID you have. If you have no ID, ask if staff who know you can vouch for you.',
    source: 'identityVerification',
  },
  nextRegistrationDetailsUse: {
    text: 'In the NHS App, choose to prove who you are without photo ID. Type in the 3 details: the practice code, your account ID, and your linkage key or passphrase.',
    source: 'noPhotoIdCheck',
  },
  nextOdsCode: { text: 'The practice code for {practice} is {ods}.' },
  nextGetApp: {
    text: 'Get the NHS App on your phone or tablet, or go to the NHS website on a computer. Set up an NHS login with your email address and a password.',
    source: 'noPhotoIdCheck',
  },
  nextProvePhotoId: {
    text: 'Choose to prove who you are with photo ID. Take a photo of your passport or driving licence, then a face scan or a short video of yourself.',
    source: 'photoIdCheck',
  },
  nextWaitForEmail: {
    text: 'Wait for an email to say it worked. It can take 24 hours, or longer at weekends.',
    source: 'photoIdCheck',
  },
  nextProxyChildAsk: {
    text: 'Ask {practice} for family and carer access for your child.',
    source: 'familyCarerAccessAdults',
  },
  nextProxyAdultAsk: {
    text: 'Ask {practice} for family and carer access. The person you help will usually need to agree.',
    source: 'familyCarerAccessAdults',
  },
  nextProxyBringId: {
    text: 'You may both need to fill in a form and prove who you are. Take any papers that show you can act for them.',
    source: 'familyCarerAccessAdults',
  },
  nextProxyOwnLogin: {
    text: 'Always log in as yourself. Never use the other person’s login.',
    source: 'familyCarerAccessAdults',
  },
  nextProxyLinkedProfile: {
    text: 'The practice will tell you when your access is ready. Then you can switch to their profile in the NHS App.',
    source: 'proxyInNhsApp',
  },
  nextRecordNewEntries: {
    text: 'Once you are in, you will see new entries in your record. To see older entries, ask the practice.',
    source: 'prospectiveAccess',
  },
  nextRegistrationHours: { text: 'When to go to {practice} to register: {hours}' },
  nextTellSupportNeeds: { text: 'Tell {practice} you need:' },
  nextGetHelp: { text: 'If you get stuck, contact {practice}. For help with the NHS App, go to the NHS App help pages on the NHS website.', source: 'nhsApp' },
  nextContactHeading: { text: 'How to contact {practice}' },
  startAgain: { text: 'Start again' },

  // Leaving part-way.
  leavingHeading: { text: 'What is stopping you?' },
  leavingHint: { text: 'You do not have to answer. Either way, we will show you where to get help.' },
  leavingCannotRegister: { text: 'I cannot register or prove who I am' },
  leavingConfidentiality: { text: 'I am not sure who could see my record' },
  leavingAccessNeeds: { text: 'I have access or sensory needs' },
  leavingWorried: { text: 'I am worried about what I will see' },
  leavingNoPoint: { text: 'I do not see the point' },
  leavingOther: { text: 'Something else' },
  leavingHelpHeading: { text: 'Where to get help' },
  leavingHelp: { text: '{practice} can help you get online, or answer your questions first.' },
  leavingSubmit: { text: 'Finish' },
  leavingDoneHeading: { text: 'Thank you' },
  leavingDone: { text: 'Thank you. You can come back to this guide at any time.' },

  // Languages, printing and downloading the checklist (added with Welsh).
  languageSwitchPrefix: { text: 'Read this guide in' },
  languageChanged: { text: 'This guide is now in English.' },
  languageLoadFailed: { text: 'Sorry, the guide could not be shown in {value}, so it is still in English. Check your internet connection and try again.' },
  printChecklist: { text: 'Print this checklist' },
  downloadChecklist: { text: 'Download this checklist' },
  downloadChecklistHint: { text: 'It saves as a text file you can keep, print or read on any device.' },
  checklistFileName: { text: 'next-steps' },
  checklistMadeOn: { text: 'Made on {value}.' },
  checklistPracticeCode: { text: 'Practice code (ODS code): {value}' },
  checklistRegistrationHours: { text: 'When to go in to register: {value}' },
  // Saved progress (widget/storage). Not facts about the NHS: how this guide keeps answers on the device.
  resumeHeading: { text: 'Do you want to continue where you left off?' },
  resumeReached: { text: 'You started this guide on this device before. You got as far as: {step}' },
  resumeContinue: { text: 'Continue where you left off' },
  resumeStartAgain: { text: 'Start again' },
  resumeStartAgainHint: { text: 'If you start again, the answers saved on this device are cleared.' },
  savedOnDevice: { text: 'Your answers are saved on this device for {days} days, so you can come back later. If other people use this device, clear your answers when you finish.' },
  savedOnDeviceOneDay: { text: 'Your answers are saved on this device for 1 day, so you can come back later. If other people use this device, clear your answers when you finish.' },
  clearAnswers: { text: 'Clear my answers' },
  answersCleared: { text: 'Your answers have been cleared from this device.' },
  progressNotSaved: { text: 'Your progress cannot be saved on this device. You can still use this guide, but if you leave or reload this page you will need to start again.' },
  progressDiscarded: { text: 'The answers saved on this device could not be read, so they have been removed. Please start again.' },
} satisfies Record<string, ContentString>;

export type ContentKey = keyof typeof enGB;
