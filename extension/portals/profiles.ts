/**
 * Profiles of known record portals: where they live, where their main content is, and CSS fixes for
 * their public markup. Each host is listed only where public information confirms it (see the
 * `source` of each); portals whose web address could not be confirmed are left out rather than guessed.
 */

export interface PortalProfile {
  id: string;
  /** Shown to the user; a product name, not translated. */
  name: string;
  /** Exact origins (scheme and host) of the portal's web pages. */
  origins: string[];
  /** Selector of the main content, where the reading ruler starts. */
  mainContent: string;
  /** Extra CSS while a colour theme is on, for things in the portal's markup the general theme cannot reach. */
  themeFixes?: string;
  /** Where the host was confirmed. */
  source: string;
}

/** Used when a site has no profile: the landmarks most sites have. */
export const DEFAULT_MAIN_CONTENT = 'main, [role="main"], #maincontent, #main-content';

export const PORTALS: readonly PortalProfile[] = [
  {
    id: 'nhs-app',
    name: 'NHS App (on the web)',
    origins: ['https://www.nhsapp.service.nhs.uk'],
    // Built on the NHS.UK frontend: the main wrapper carries id="maincontent" for its skip link.
    mainContent: '#maincontent, main',
    // NHS.UK frontend icons are inline SVGs whose fill is set by class; follow the theme's text colour instead.
    themeFixes: `
      :root .nhsuk-icon, :root .nhsuk-icon * { fill: currentColor !important; }
      :root .nhsuk-header__logo svg, :root .nhsuk-header__logo svg * { fill: currentColor !important; }`,
    source: 'NHS App terms of use (nhs.uk): the same services are offered in a web browser; web login at www.nhsapp.service.nhs.uk/login.',
  },
  {
    id: 'patient-access',
    name: 'Patient Access',
    origins: ['https://patient.emisaccess.co.uk'],
    mainContent: 'main, [role="main"]',
    source: 'Patient Access support centre, "How do I register?": registration at patient.emisaccess.co.uk/Register.',
  },
  {
    id: 'systmonline',
    name: 'SystmOnline',
    origins: ['https://systmonline.tpp-uk.com'],
    mainContent: 'main, [role="main"], #content',
    source: 'GP practice pages and TPP network requirements name systmonline.tpp-uk.com for SystmOnline.',
  },
  {
    id: 'patients-know-best',
    name: 'Patients Know Best',
    origins: ['https://my.patientsknowbest.com'],
    mainContent: 'main, [role="main"]',
    source: 'Patients Know Best manual, "Logging in and out": log in at my.patientsknowbest.com.',
  },
];

/** The profile for `origin`, if it is a known portal. */
export function portalFor(origin: string): PortalProfile | undefined {
  return PORTALS.find((portal) => portal.origins.includes(origin));
}

/** Host permission patterns for one portal, as permissions.request wants them. */
export function hostPatterns(portal: PortalProfile): string[] {
  return portal.origins.map((origin) => `${origin}/*`);
}
