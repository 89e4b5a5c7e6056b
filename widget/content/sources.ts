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
    title: 'Abbreviations commonly found in medical records',
    url: 'https://www.nhs.uk/nhs-app/help/health-records-in-the-nhs-app/abbreviations-commonly-found-in-medical-records/',
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
} satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
