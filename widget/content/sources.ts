import type { Source } from './types.js';

/** Public sources that patient-facing text rests on, each named once. */
export const SOURCES = {
  nhsGpOnlineServices: {
    publisher: 'NHS website (nhs.uk)',
    title: 'GP online services',
    url: 'https://www.nhs.uk/nhs-services/gps/gp-online-services/',
  },
} satisfies Record<string, Source>;
