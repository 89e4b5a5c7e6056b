/**
 * English (UK) text for the guide. Plain words, short sentences (aim: reading age 9 to 11).
 * Every sentence that states a fact names its public source.
 */
import { SOURCES } from './sources.js';
import type { ContentString } from './types.js';

export const enGB = {
  startHeading: { text: 'Use your GP practice online' },
  startIntro: {
    text: 'GP online services let you order repeat prescriptions, book appointments and see your GP health record, at any time of day.',
    source: SOURCES.nhsGpOnlineServices,
  },
  startFree: {
    text: 'They are free, and everyone registered with a GP practice in England can ask to use them.',
    source: SOURCES.nhsGpOnlineServices,
  },
  startHelp: { text: 'If you need help, contact {practice}.' },
  defaultPracticeName: { text: 'your GP practice' },
} satisfies Record<string, ContentString>;

export type ContentKey = keyof typeof enGB;
