/**
 * How to reach the practice, as lines of words with their addresses: on the checklist, on the leaving step,
 * and in the fallback shown when no step can be drawn (fallback-view.ts), which is why this is in the main
 * script while the rest of the checklist comes with the later steps (later-steps.ts). Pure: no DOM.
 */
import type { PracticeConfig } from '../config/config.js';
import { settingEntries, type ContactKey } from '../config/settings.js';
import type { TextLookup } from '../content/text.js';

/** Public NHS addresses the checklist links to (sources: nhsApp, findGp). */
export const NHS_LINKS = {
  appStore: 'https://apps.apple.com/gb/app/nhs-app/id1388411277',
  googlePlay: 'https://play.google.com/store/apps/details?id=com.nhs.online.nhsonline',
  nhsAppWeb: 'https://www.nhsapp.service.nhs.uk/',
  appHelp: 'https://www.nhs.uk/nhs-app/nhs-app-help-and-support/',
  findGp: 'https://www.nhs.uk/service-search/find-a-gp',
} as const;

/** One way to reach the practice, or a link: its words, and the address when it is a link. */
export interface ContactLine {
  text: string;
  url?: string;
}

/** A phone number as a tel: or sms: address: digits and a leading + only. */
function dial(scheme: 'tel' | 'sms', number: string): string {
  return `${scheme}:${number.replace(/[^\d+]/g, '')}`;
}

/** The practice's contact routes as links (tel:, mailto:, sms:, https:), in the order settings.ts declares them, or how to find them. */
export function practiceContacts(t: TextLookup, config: PracticeConfig, practice: string): { lines: ContactLine[]; missing: boolean } {
  const lines: ContactLine[] = [];
  for (const [, setting] of settingEntries()) {
    if (setting.type !== 'text' || !setting.contact) continue;
    const value = config.contact[setting.path.slice(8) as ContactKey];
    if (!value) continue;
    const { label, link } = setting.contact;
    const url = link === 'tel' || link === 'sms' ? dial(link, value) : link === 'mailto' ? `mailto:${value}` : value;
    lines.push({ text: t(label, { value }), url });
  }
  if (lines.length > 0) return { lines, missing: false };
  return { lines: [{ text: t('contactFind', { practice }) }, { text: t('contactFindLink'), url: NHS_LINKS.findGp }], missing: true };
}
