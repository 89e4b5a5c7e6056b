import type { Source } from './types.js';

/** Public sources that patient-facing text rests on, each named once; content entries cite them by id. */
export const SOURCES = {
  nhsGpOnlineServices: {
    publisher: 'NHS website (nhs.uk)',
    title: 'GP online services',
    url: 'https://www.nhs.uk/nhs-services/gps/gp-online-services/',
  },
  nhsApp: {
    publisher: 'NHS website (nhs.uk)',
    title: 'NHS App',
    url: 'https://www.nhs.uk/nhs-app/',
  },
  nhsAppLongRead: {
    publisher: 'NHS England',
    title: 'Good practice guidelines for GP electronic patient records: NHS App (version 1.1, May 2023)',
    url: 'https://www.england.nhs.uk/long-read/nhs-app/',
  },
  nhsAppAgeRules: {
    publisher: 'NHS England (NHS App and NHS login help centre)',
    title: 'What are the age restrictions for the NHS App?',
    url: 'https://nhs-digital.zendesk.com/hc/en-gb/articles/9921874545553-What-are-the-age-restrictions-for-the-NHS-App',
  },
  prospectiveAccess: {
    publisher: 'NHS England',
    title: 'Online access to new GP health record information (long read)',
    url: 'https://www.england.nhs.uk/long-read/online-access-to-new-gp-health-record-information/',
  },
  prospectiveAccessNews: {
    publisher: 'NHS England',
    title: 'Millions more people given access to their GP records online (December 2023)',
    url: 'https://www.england.nhs.uk/2023/12/millions-more-people-given-access-to-their-gp-records-online/',
  },
  identityVerification: {
    publisher: 'NHS England',
    title: 'Good practice guidelines for GP electronic patient records: identity verification',
    url: 'https://www.england.nhs.uk/digital-gp-good-practice-guidance/theme-d/identity-verification/',
  },
  photoIdCheck: {
    publisher: 'NHS England Digital',
    title: 'Guide for volunteers: helping someone set up their NHS App, verifying identity with photo ID',
    url: 'https://digital.nhs.uk/services/nhs-app/toolkit/help-your-community-use-the-nhs-app/volunteers-guide-help-someone-set-up-their-nhs-app/verifying-identity-with-photo-id',
  },
  noPhotoIdCheck: {
    publisher: 'NHS England Digital',
    title: 'Guide for volunteers: helping someone set up their NHS App, verifying identity without photo ID',
    url: 'https://digital.nhs.uk/services/nhs-app/toolkit/help-your-community-use-the-nhs-app/volunteers-guide-help-someone-set-up-their-nhs-app/verifying-identity-without-photo-id',
  },
  proxyInNhsApp: {
    publisher: 'NHS England Digital',
    title: 'Manage health services for someone else in the NHS App',
    url: 'https://digital.nhs.uk/services/nhs-app/nhs-app-features/manage-health-services-for-someone-else-in-the-nhs-app',
  },
  proxyAgeReviews: {
    publisher: 'NHS England Digital',
    title: 'DAPB3051 Authorisation use case: proxy, 7.2 Age and development based reviews of access',
    url: 'https://digital.nhs.uk/services/national-proxy-service/dapb3051-authorisation-use-case-proxy/7.2-age-and-development-based-reviews-of-access',
  },
  familyCarerAccessAdults: {
    publisher: 'NHS website (nhs.uk)',
    title: 'How to get family and carer access for adults',
    url: 'https://www.nhs.uk/nhs-services/gps/health-services-for-someone-else-family-carer-access/how-to-get-family-carer-access-adults/',
  },
  proxyEvidence: {
    publisher: 'NHS England Digital',
    title: 'DAPB3051 Authorisation use case: proxy, Appendix A: ways to evidence a basis for access',
    url: 'https://digital.nhs.uk/services/national-proxy-service/dapb3051-authorisation-use-case-proxy/appendix-a-ways-to-evidence-a-basis-for-access-if-the-patient-is-not-capable-of-providing-informed-consent',
  },
  nhsAbbreviations: {
    publisher: 'NHS website (nhs.uk)',
    title: 'Abbreviations commonly found in medical records (moved from /nhs-app/help/ in 2026)',
    url: 'https://www.nhs.uk/nhs-app/nhs-app-help-and-support/health-records-in-the-nhs-app/abbreviations-commonly-found-in-medical-records/',
  },
  protectingRecord: {
    publisher: 'NHS England',
    title: 'Protecting your GP online record (patient leaflet)',
    url: 'https://www.england.nhs.uk/wp-content/uploads/2016/11/pat-guid-protecting-your-records.pdf',
  },
  amendingRecords: {
    publisher: 'NHS England (Transformation Directorate)',
    title: 'Amending patient and service user records',
    url: 'https://transform.england.nhs.uk/information-governance/guidance/amending-patient-and-service-user-records/',
  },
  accessibleInformation: {
    publisher: 'NHS England',
    title: 'Accessible Information Standard (DAPB1605)',
    url: 'https://www.standards.nhs.uk/published-standards/accessible-information',
  },
  // Added in the 2026 review (facts gathered in the team's CONTENT-FACTS.md, "2026 review"). Written without
  // internet access: the URLs of nhsLoginSetup, proxyUnder16, proxyLimits, switchingOff, complaints and
  // aisScope are as found in stored copies or reconstructed from their titles; check them before release.
  nhsAccount: {
    publisher: 'NHS website (nhs.uk)',
    title: 'Linked profiles in the NHS App (says "NHS account"; NHS login is how you sign in)',
    url: 'https://www.nhs.uk/nhs-app/nhs-app-help-and-support/linked-profiles-in-the-nhs-app/',
  },
  nhsLoginSetup: {
    publisher: 'NHS England Digital',
    title: 'Getting patients started with NHS login (an email address and a phone number, mobile or landline)',
    url: 'https://digital.nhs.uk/services/nhs-login/nhs-login-for-health-and-care/getting-patients-started-with-nhs-login',
  },
  onlineCoreHours: {
    publisher: 'Pulse',
    title: 'GP practices to be required to keep online consultations open during core hours (from 1 October 2025, 8am to 6.30pm)',
    url: 'https://pulsetoday.co.uk/news/technology/gp-practices-to-be-required-keep-online-consultations-open-during-core-hours',
  },
  proxyUnder16: {
    publisher: 'NHS England Digital',
    title: 'Set up proxy access in your clinical system with our service ("aged 15 and under ... parental responsibility"; 16 and over: consent)',
    url: 'https://digital.nhs.uk/services/national-proxy-service/set-up-proxy-access-in-your-clinical-system-with-our-service',
  },
  applyForProxy: {
    publisher: 'NHS website (nhs.uk)',
    title: 'Apply for access to your child’s NHS services (pilot in the NHS App; not every practice takes part; reviewed July 2026)',
    url: 'https://www.nhs.uk/apply-for-child-proxy/',
  },
  proxyLimits: {
    publisher: 'NHS website (nhs.uk)',
    title: 'Manage health services for others in the NHS App (what a proxy cannot do; different practices)',
    url: 'https://www.nhs.uk/nhs-app/nhs-app-help-and-support/manage-health-services-for-others/',
  },
  movingPractice: {
    publisher: 'Royal College of General Practitioners',
    title: 'GP online services toolkit: patients who move practice',
    url: 'https://elearning.rcgp.org.uk/mod/book/view.php?chapterid=769&id=13455',
  },
  historicRecords: {
    publisher: 'NHS England (Transformation Directorate)',
    title: 'Access to patient records through the NHS App (older records; subject access requests, free, within one month)',
    url: 'https://transform.england.nhs.uk/information-governance/guidance/access-to-patient-records-through-the-nhs-app/',
  },
  switchingOff: {
    publisher: 'NHS England Digital',
    title: 'NHS App guidance for GP practices: safeguarding and managing inappropriate use (deleting the account does not stop access)',
    url: 'https://digital.nhs.uk/services/nhs-app/nhs-app-guidance-for-gp-practices/guidance-on-nhs-app-features/safeguarding-and-managing-inappropriate-use',
  },
  nhs111: {
    publisher: 'NHS website (nhs.uk)',
    title: 'When to use 111',
    url: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-use-111/',
  },
  complaints: {
    publisher: 'NHS website (nhs.uk)',
    title: 'How to complain to the NHS (to the practice or the commissioner, usually within 12 months)',
    url: 'https://www.nhs.uk/using-the-nhs/about-the-nhs/how-to-complain-to-the-nhs/',
  },
  icoRectification: {
    publisher: 'Information Commissioner’s Office',
    title: 'Your right to get your data corrected; how to complain',
    url: 'https://ico.org.uk/for-the-public/your-right-to-get-your-data-corrected/',
  },
  aisScope: {
    publisher: 'NHS England',
    title: 'Accessible Information Standard: how to meet the standard (needs from a disability, impairment or sensory loss)',
    url: 'https://www.england.nhs.uk/about/equality/equality-hub/patient-equalities-programme/equality-frameworks-and-information-standards/accessibleinfo/',
  },
  findGp: {
    publisher: 'NHS website (nhs.uk)',
    title: 'Find a GP (each practice’s address and phone number)',
    url: 'https://www.nhs.uk/service-search/find-a-gp',
  },
} satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
